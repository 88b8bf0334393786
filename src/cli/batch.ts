// A command over many files: each file's result is printed as soon as that file is done, so a
// slow or broken file neither hides nor holds back the others; a file that cannot be read is
// named on stderr with the reason, and the batch goes on.
import { DocxError } from "../docx/errors";
import { cliLanguageNow, cliText, type CliStrings } from "./i18n";
import { errorMessage, type CliIO } from "./io";

/** Why a .docx could not be read, without the file's name: the catalogue's words, and where it is damaged. */
export function docxReason(e: DocxError, t: CliStrings): string {
  const said = t.docxError[e.code];
  if (!said) return e.message.slice(e.file.length + 2);
  const p = e.place;
  if (e.code !== "damaged" || !p) return said;
  const where = p.encrypted ? t.damagedPlace.encrypted(p.part) : p.noBody ? t.damagedPlace.noBody : p.detail ? t.damagedPlace.detail(p.part, p.detail) : t.damagedPlace.part(p.part);
  return `${said} ${where}`;
}

/** Why the file could not be read; always starts with the file's name. */
export function fileErrorMessage(file: string, e: unknown): string {
  const t = cliText();
  if (e instanceof DocxError) {
    // English keeps the reader's own message, which says the same with every figure.
    return cliLanguageNow() === "en" ? e.message : `${e.file}: ${docxReason(e, t)}`;
  }
  return t.cannotRead(file, errorMessage(e));
}

/**
 * Reads the files one after another and hands each result to `print` at once.
 * Returns false when any file could not be read.
 */
export async function eachFile<T>(files: readonly string[], io: CliIO, read: (file: string) => Promise<T>, print: (result: T) => void): Promise<boolean> {
  let allRead = true;
  for (const file of files) {
    let result: T;
    try {
      result = await read(file);
    } catch (e) {
      io.err(`jamkoll: ${fileErrorMessage(file, e)}`);
      allRead = false;
      continue;
    }
    print(result);
  }
  return allRead;
}

/** A JSON array printed one element at a time; valid JSON once `end` is called. */
export function jsonArray(io: CliIO): { item(value: unknown): void; end(): void } {
  let count = 0;
  io.out("[");
  return {
    item(value) {
      const text = JSON.stringify(value, null, 2).replace(/^/gm, "  ");
      // The comma leads the next element: the previous one is already printed.
      io.out(count++ === 0 ? text : `, ${text.slice(2)}`);
    },
    end() {
      io.out("]");
    },
  };
}
