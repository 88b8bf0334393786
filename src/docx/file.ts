// Node side: read a .docx from disk into the document model, with file errors as DocxError.
import { readFile } from "node:fs/promises";
import type { DocumentModel } from "../analysis/model";
import { DocxError } from "./errors";
import { readDocx } from "./read";

export async function readDocxBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new DocxError("not-found", file, "no such file.");
    if (code === "EISDIR") throw new DocxError("unreadable", file, "is a folder, not a .docx file.");
    if (code === "EACCES") throw new DocxError("unreadable", file, "cannot be read: permission denied.");
    throw new DocxError("unreadable", file, `cannot be read (${code ?? (e as Error).message}).`);
  }
}

export async function readDocxFile(file: string): Promise<DocumentModel> {
  return readDocx(await readDocxBytes(file), file);
}
