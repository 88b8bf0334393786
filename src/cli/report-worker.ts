// A worker thread of `jamkoll report`: reads its share of the files and posts each result back,
// so that reading uses every core. Started by readAll in report.ts (compiled JavaScript only).
import { parentPort, workerData } from "node:worker_threads";
import type { GuidancePack } from "../guidance/schema";
import type { Language } from "../i18n/language";
import { cliStrings } from "./i18n";
import { readDocxBytesSync } from "../docx/file";
import { proposalRecord, unreadableReason, type FoundFile } from "./report";

export interface WorkerInput {
  files: FoundFile[];
  pack: GuidancePack;
  language: Language;
}

function main(): void {
  const { files, pack, language } = workerData as WorkerInput;
  for (const f of files) {
    try {
      // This thread does nothing else: reading synchronously saves a trip through the event loop per file.
      parentPort!.postMessage({ record: proposalRecord(f, readDocxBytesSync(f.path), pack) });
    } catch (e) {
      parentPort!.postMessage({ unreadable: { file: f.rel, reason: unreadableReason(e, cliStrings[language]) } });
    }
  }
}

if (parentPort && workerData) main();
