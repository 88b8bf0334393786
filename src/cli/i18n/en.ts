// What the command line says, in English (--lang en, or an English LANG / LC_ALL).
import type { CliStrings } from "./sv";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en: CliStrings = {
  docxError: {
    "not-found": "no such file.",
    unreadable: "cannot be read.",
    "not-zip": "is not a Word document (.docx).",
    "not-word": "is a zip archive but not a Word document (it has no word/document.xml).",
    damaged: "the Word document is damaged.",
    encrypted: "is password-protected (encrypted) or in the older .doc format. Save it as .docx without a password.",
  },
  report: {
    noFiles: "Found no .docx files to read.",
    noSuchPath: (p) => `${p}: no such file or folder.`,
    nothingRead: "No proposal could be read, so the report says nothing. See the reasons above.",
    badGroupBy: (v) => `--group-by must be folder, month or property:NAME (got "${v}").`,
    badDate: (opt, v) => `${opt} must be a date such as 2026-03-01, a month such as 2026-03 or a year (got "${v}").`,
    progress: (done, total) => `Reading ${done} of ${total} files …`,
    written: (file) => `The report is saved in ${file}.`,
    csvWritten: (file) => `The CSV file is saved in ${file}.`,
    jsonWritten: (file) => `The JSON file is saved in ${file}.`,
    cannotWrite: (file, why) => `${file}: cannot be written (${why}).`,
    unreadableCount: (count) => `${n(count, "file", "files")} could not be read and ${count === 1 ? "is" : "are"} listed in the report.`,
  },
};
