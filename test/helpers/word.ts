// Opens a fixture in the Word host and wires the real src/word gateway to it.
import { readFileSync } from "node:fs";
import { WordGateway } from "../../src/word/gateway";
import { createWordHost, type CreateOptions, type WordHost } from "../../word-host";
import { fixture } from "./corpus";

export const API_LEVELS = ["1.3", "1.9"] as const;

/** A Word as officers have it: its WordApi level, whether annotations work (Microsoft 365), Track Changes. */
export interface WordSetup {
  name: string;
  wordApi: string;
  microsoft365: boolean;
  trackChanges: boolean;
}

const WORDS: Omit<WordSetup, "trackChanges" | "name">[] = [
  { wordApi: "1.3", microsoft365: true }, // Office LTSC 2021 volume licence
  { wordApi: "1.6", microsoft365: true }, // paragraph events, no annotations
  { wordApi: "1.7", microsoft365: false }, // retail Word 2021/2024: 1.7 claimed, annotations refused
  { wordApi: "1.8", microsoft365: false }, // exactly 1.8, no subscription: temporary highlight
  { wordApi: "1.9", microsoft365: true }, // Microsoft 365, Word on the web
];

/** Every Word in the matrix, with Track Changes off and on. */
export const WORD_MATRIX: WordSetup[] = WORDS.flatMap((w) =>
  [false, true].map((trackChanges) => ({ ...w, trackChanges, name: `WordApi ${w.wordApi}${w.microsoft365 ? "" : " without Microsoft 365"}, Track Changes ${trackChanges ? "on" : "off"}` })),
);

export function wordApiOf(host: WordHost): { run<T>(b: (c: Word.RequestContext) => Promise<T>): Promise<T>; runIn<T>(o: OfficeExtension.ClientObject, b: (c: Word.RequestContext) => Promise<T>): Promise<T>; supports(v: string): boolean } {
  void host;
  return {
    run: (batch) => Word.run(batch),
    runIn: (object, batch) => Word.run(object, batch),
    supports: (v) => Office.context.requirements.isSetSupported("WordApi", v),
  };
}

export function openInWord(bytesOrFixture: Uint8Array | string, wordApi: string | WordSetup, options: Omit<CreateOptions, "wordApi"> = {}): { host: WordHost; gateway: WordGateway } {
  const bytes = typeof bytesOrFixture === "string" ? new Uint8Array(readFileSync(fixture(bytesOrFixture))) : bytesOrFixture;
  const setup = typeof wordApi === "string" ? { wordApi } : { wordApi: wordApi.wordApi, microsoft365: wordApi.microsoft365, trackChanges: wordApi.trackChanges };
  const host = createWordHost(bytes, { ...options, ...setup });
  host.install();
  const gateway = new WordGateway(wordApiOf(host));
  return { host, gateway };
}
