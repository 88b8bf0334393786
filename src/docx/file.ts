// Node side: read a .docx from disk into the document model, with file errors as DocxError.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { DocumentModel } from "../analysis/model";
import { DocxError } from "./errors";
import { DEFAULT_LIMITS } from "./limits";
import { nodeInflateRaw } from "./node-inflate";
import { DocxPackage } from "./package";
import { readPackage } from "./read";

function fileError(e: unknown, file: string): DocxError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new DocxError("not-found", file, "no such file.");
  if (code === "EISDIR") return new DocxError("unreadable", file, "is a folder, not a .docx file.");
  if (code === "EACCES") return new DocxError("unreadable", file, "cannot be read: permission denied.");
  return new DocxError("unreadable", file, `cannot be read (${code ?? (e as Error).message}).`);
}

export async function readDocxBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    throw fileError(e, file);
  }
}

/** For a thread that does nothing else (a report worker): a small file read without waiting on the event loop. */
export function readDocxBytesSync(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw fileError(e, file);
  }
}

/** A .docx's bytes opened as a package, its parts unpacked with Node's zlib. */
export function openDocxBytes(bytes: Uint8Array, file: string): DocxPackage {
  return DocxPackage.open(bytes, file, DEFAULT_LIMITS, nodeInflateRaw);
}

export async function readDocxFile(file: string): Promise<DocumentModel> {
  return readPackage(openDocxBytes(await readDocxBytes(file), file));
}

/** The model and the package, for readers that need other parts too (the review). */
export async function openDocxFile(file: string): Promise<{ model: DocumentModel; pkg: DocxPackage }> {
  const pkg = openDocxBytes(await readDocxBytes(file), file);
  return { model: readPackage(pkg), pkg };
}
