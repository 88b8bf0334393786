// Node side: read a .docx from disk into the document model, with file errors as DocxError.
import { readFile } from "node:fs/promises";
import type { DocumentModel } from "../analysis/model";
import { DocxError } from "./errors";
import { DocxPackage } from "./package";
import { readDocx, readPackage } from "./read";

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

/** The model and the package, for readers that need other parts too (the review). */
export async function openDocxFile(file: string): Promise<{ model: DocumentModel; pkg: DocxPackage }> {
  const pkg = DocxPackage.open(await readDocxBytes(file), file);
  return { model: readPackage(pkg), pkg };
}
