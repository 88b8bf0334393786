// Errors a .docx can cause, as values with a message for the person holding the file.

export type DocxErrorCode = "not-found" | "unreadable" | "not-zip" | "not-word" | "damaged";

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
