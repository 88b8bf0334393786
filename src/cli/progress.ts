// Progress on stderr, only when it is a terminal (files done / total), at most ten times a second;
// the line is cleared when the work is done so the messages after it start clean.
export function terminalProgress(stream: { isTTY?: boolean; write(s: string): unknown }, text: (done: number, total: number) => string): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    stream.write(done < total ? `\r${text(done, total)}\x1b[K` : "\r\x1b[K");
  };
}
