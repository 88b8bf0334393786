// npm run accuracy [-- DIR…]: how the analyser's judgements agree with labelled proposals.
// Without DIR: the corpus in test/fixtures, the proposals written for this project and the
// held-out set that is never tuned on.
import { join } from "node:path";
import { analyze } from "../src/analysis/analyze";
import { defaultPack } from "../src/guidance/default-pack";
import { labelledProposals } from "./labelled";
import { formatScores, score, type Judged } from "./scoring";

const root = join(__dirname, "..", "..", "..");
const dirs = process.argv.slice(2);
const targets = dirs.length ? dirs : ["test/fixtures", "test/corpus-written", "test/corpus-fresh", "test/corpus-fresh-2", "test/corpus-fresh-3", "test/corpus-fresh-4", "test/corpus-fresh-5", "test/corpus-fresh-6", "test/holdout"].map((d) => join(root, d));
const pack = defaultPack();
let failed = false;
for (const dir of targets) {
  let proposals;
  try {
    proposals = labelledProposals(dir);
  } catch (e) {
    console.error(`${dir}: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const judged = new Map<string, Judged>();
  for (const p of proposals) {
    try {
      const s = analyze(p.read(), pack).sections[0];
      judged.set(p.file, { file: p.file, status: s.status, criteria: Object.keys(s.criteria).filter((k) => s.criteria[k]) });
    } catch (e) {
      console.error(`${p.file}: ${(e as Error).message}`);
    }
  }
  console.log(formatScores(dir, score(proposals, judged, pack.criteria.map((c) => c.id))), "\n");
}
process.exitCode = failed ? 2 : 0;
