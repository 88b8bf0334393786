// Opens a fixture in the Word host and wires the real src/word gateway to it.
import { readFileSync } from "node:fs";
import { WordGateway } from "../../src/word/gateway";
import { createWordHost, type WordHost } from "../../word-host";
import { fixture } from "./corpus";

export const API_LEVELS = ["1.3", "1.9"] as const;

export function openInWord(bytesOrFixture: Uint8Array | string, wordApi: string): { host: WordHost; gateway: WordGateway } {
  const bytes = typeof bytesOrFixture === "string" ? new Uint8Array(readFileSync(fixture(bytesOrFixture))) : bytesOrFixture;
  const host = createWordHost(bytes, { wordApi });
  host.install();
  const gateway = new WordGateway({
    run: (batch) => (globalThis as unknown as { Word: { run: typeof batch extends never ? never : (b: typeof batch) => ReturnType<typeof batch> } }).Word.run(batch),
    supports: (v) => Office.context.requirements.isSetSupported("WordApi", v),
  });
  return { host, gateway };
}
