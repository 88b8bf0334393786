// Analysis grows linearly with the proposal: ten times the paragraphs (each mentioning women and
// men) may take about ten times as long, not a hundred (the figures themselves are in npm run bench).
import { readFileSync } from "node:fs";
import { analyze } from "../../src/analysis/analyze";
import type { DocumentModel } from "../../src/analysis/model";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { fixture } from "../helpers/corpus";

const pack = defaultPack();
const perf = readDocx(readFileSync(fixture("perf/perf-long.docx")), "perf-long.docx");
const MENTION = "Kvinnor och män, flickor och pojkar, mödrar och fäder berörs: 60 procent kvinnor, 40 procent män.";
// Without an equality section (its heading renamed), so every paragraph is searched for mentions.
const scaled = (n: number): DocumentModel => ({
  blocks: Array.from({ length: n }, (_, i) => {
    const b = perf.blocks[i % perf.blocks.length];
    const text = i % 3 === 0 ? MENTION : b.kind === "heading" && /jämställd/i.test(b.text) ? "Övrigt" : b.text;
    return { ...b, index: i, text };
  }),
});
const fastest = (doc: DocumentModel, runs = 3): number => {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    analyze(doc, pack);
    best = Math.min(best, performance.now() - t);
  }
  return best;
};

it("is linear in the number of paragraphs and mentions of women and men", () => {
  analyze(perf, pack); // compile the patterns once
  const small = fastest(scaled(1_000));
  const large = fastest(scaled(10_000));
  expect(analyze(scaled(10_000), pack).mentions.length).toBeGreaterThan(10_000);
  expect(large / small).toBeLessThan(30);
});
