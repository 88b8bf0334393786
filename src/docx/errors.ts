// Errors a .docx can cause, as values with a message for the person holding the file.
export type DocxErrorCode =
  | "not-found"
  | "unreadable"
  | "not-zip"
  | "not-word"
  | "damaged"
  /** Over one of the caps in limits.ts: the message says "too large when unpacked". */
  | "too-large"
  /** XML nested deeper than the cap. */
  | "too-deep";

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "DocxError";
  }
}
