// Where the command line writes: the process by default, a buffer in tests.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
};

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
