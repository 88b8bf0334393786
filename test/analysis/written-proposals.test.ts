// Proposals written for this project in other voices (test/corpus-written, test/corpus-fresh, test/corpus-fresh-2…6),
// labelled by DESIGN.md's rules by their writer and blind by a second reader before the analyser
// saw them. The held-out set (test/holdout) is never tuned on: only the trust floor is asserted
// here; `npm run accuracy` prints its score.
import { join } from "node:path";
import { analyze } from "../../src/analysis/analyze";
import { defaultPack } from "../../src/guidance/default-pack";
import { labelledProposals } from "../../bench/labelled";
import { score, type Judged } from "../../bench/scoring";

const pack = defaultPack();
const root = join(__dirname, "..");

function judgeAll(dir: string) {
  const proposals = labelledProposals(join(root, dir));
  const judged = new Map<string, Judged>();
  for (const p of proposals) {
    const s = analyze(p.read(), pack).sections[0];
    judged.set(p.file, { file: p.file, status: s.status, criteria: Object.keys(s.criteria).filter((k) => s.criteria[k]) });
  }
  return { proposals, judged, scores: score(proposals, judged, pack.criteria.map((c) => c.id)) };
}

describe.each(["corpus-written", "corpus-fresh", "corpus-fresh-2", "corpus-fresh-3", "corpus-fresh-4", "corpus-fresh-5", "corpus-fresh-6"])("proposals in %s", (dir) => {
  const { proposals, judged, scores } = judgeAll(dir);
  it("has proposals of (nearly) every status a section can have", () => {
    expect(new Set(proposals.map((p) => p.status)).size).toBeGreaterThanOrEqual(6);
  });
  it.each(proposals.map((p) => [p.file, p.status] as const))("%s is %s", (file, status) => {
    expect(judged.get(file)?.status).toBe(status);
  });
  it("meets the criteria a reviewer found (F1 ≥ 0.95)", () => {
    expect(scores.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the held-out proposals", () => {
  it("never get adequate for a section without analysis", () => {
    const { scores } = judgeAll("holdout");
    expect(scores.n).toBe(10);
    expect(scores.falseAdequate).toBe(0);
  });
});
