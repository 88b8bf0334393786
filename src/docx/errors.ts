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

/** Where in the package a damaged file is damaged, for a message in the reader's language. */
export interface DocxErrorPlace {
  part: string;
  /** The unpacker's or XML parser's own words (technical, as they come). */
  detail?: string;
  /** The part is encrypted (a zip entry with a password). */
  encrypted?: boolean;
  /** word/document.xml has no w:body. */
  noBody?: boolean;
}

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly file: string,
    message: string,
    readonly place: DocxErrorPlace | null = null,
  ) {
    super(`${file}: ${message}`);
    this.name = "DocxError";
  }
}
