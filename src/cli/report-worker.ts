// A worker thread of `jamkoll report`: reads its share of the files and posts each result back,
// so that reading uses every core. Started by readAll in report.ts (compiled JavaScript only).
import { parentPort, workerData } from "node:worker_threads";
import type { GuidancePack } from "../guidance/schema";
import type { Language } from "../i18n/language";
import { cliStrings } from "./i18n";
import { readProposal, unreadableReason, type FoundFile } from "./report";

export interface WorkerInput {
  files: FoundFile[];
  pack: GuidancePack;
  language: Language;
}

async function main(): Promise<void> {
  const { files, pack, language } = workerData as WorkerInput;
  for (const f of files) {
    try {
      parentPort!.postMessage({ record: await readProposal(f, pack) });
    } catch (e) {
      parentPort!.postMessage({ unreadable: { file: f.rel, reason: unreadableReason(e, cliStrings[language]) } });
    }
  }
}

if (parentPort && workerData) void main();
