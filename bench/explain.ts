// npm run explain -- FILE(.docx|.md) [CRITERION]: the section's status and the sentence behind each criterion — for tuning the pack.
import { readFileSync } from "node:fs";
import { analyzeSection } from "../src/analysis/analyze";
import { readDocx } from "../src/docx/read";
import { defaultPack } from "../src/guidance/default-pack";
import { buildDocx } from "../test/helpers/build-docx";

const [file, only] = process.argv.slice(2);
const data = readFileSync(file);
const doc = file.endsWith(".md") ? readDocx(buildDocx(data.toString("utf8")), file) : readDocx(data, file);
const pack = defaultPack();
const { report, units } = analyzeSection(doc, pack, pack.sections[0]);
console.log(`${report.status}  [${Object.keys(report.criteria).filter((k) => report.criteria[k]).join(", ")}]`);
for (const u of units) console.log(`  ${u.kind.padEnd(12)} b${u.block} ${u.text}`);
for (const e of report.evidence) if (!only || e.criterion === only) console.log(`${e.criterion.padEnd(24)} ${JSON.stringify(e.text)}  | ${e.sentence}`);
