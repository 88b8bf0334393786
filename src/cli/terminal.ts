// Text for a terminal. Document, pack and file-name text can hold control characters (clear the
// screen, set the window title, hide or overwrite text) and bidi controls (show "txt.exe" as
// "exe.txt", a name that is not what it seems): each becomes a visible \uXXXX escape. Newlines
// and tabs stay. Everything the command line prints goes through terminalIO.
import type { CliIO } from "./io";

// C0 controls but \t and \n, DEL, C1 controls, bidi marks, embeddings, overrides and isolates,
// and the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * The text with every unsafe character as \uXXXX. Inside a JSON string that is the same escape
 * JSON uses, so JSON output stays valid and means the same.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The one place the command line's output is made safe for a terminal. */
export function terminalIO(io: CliIO): CliIO {
  return {
    out: (text) => io.out(terminalText(text)),
    err: (text) => io.err(terminalText(text)),
  };
}
