// What the command line says, in Swedish (the default). English in en.ts; chosen with the shared
// mechanism in src/i18n (--lang, else LC_ALL / LANG).
import type { Catalogue } from "../../i18n/language";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const sv = {
  docxError: {
    "not-found": "filen finns inte.",
    unreadable: "filen kan inte läsas.",
    "not-zip": "är inte ett Word-dokument (.docx).",
    "not-word": "är ett zip-arkiv men inte ett Word-dokument (word/document.xml saknas).",
    damaged: "Word-dokumentet är skadat.",
    encrypted: "är lösenordsskyddat (krypterat) eller i det äldre .doc-formatet. Spara det som .docx utan lösenord.",
  } as Record<string, string>,
  report: {
    noFiles: "Hittade inga .docx-filer att läsa.",
    noSuchPath: (p: string) => `${p}: finns inte.`,
    nothingRead: "Inget ärende kunde läsas, så rapporten säger ingenting. Se orsakerna ovan.",
    badGroupBy: (v: string) => `--group-by ska vara folder, month eller property:NAMN (fick ”${v}”).`,
    badDate: (opt: string, v: string) => `${opt} ska vara ett datum som 2026-03-01, en månad som 2026-03 eller ett år (fick ”${v}”).`,
    progress: (done: number, total: number) => `Läser ${done} av ${total} filer …`,
    written: (file: string) => `Rapporten är sparad i ${file}.`,
    csvWritten: (file: string) => `CSV-filen är sparad i ${file}.`,
    jsonWritten: (file: string) => `JSON-filen är sparad i ${file}.`,
    cannotWrite: (file: string, why: string) => `${file}: kan inte skrivas (${why}).`,
    unreadableCount: (count: number) => `${n(count, "fil", "filer")} kunde inte läsas och står ${count === 1 ? "listad" : "listade"} i rapporten.`,
  },
};

export type CliStrings = Catalogue<typeof sv>;
