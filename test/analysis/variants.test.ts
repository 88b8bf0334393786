// The corpus proposals rewritten with the heading styles other templates use: Swedish Word's
// Rubrik1 ids, case-management styles that carry only an outline level, and styles based on the
// built-in headings. Each must get the same status and criteria as the original.
import { readFileSync } from "node:fs";
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { buildDocx, type HeadingForm } from "../helpers/build-docx";
import { corpusLabels, fixture } from "../helpers/corpus";

const forms: HeadingForm[] = ["english", "swedish", "outline", "based-on"];
const cases = corpusLabels()
  .filter(([f]) => !f.startsWith("perf/"))
  .flatMap(([file, label]) => forms.map((form) => [file, form, label] as const));

describe("corpus proposals in other heading forms", () => {
  const pack = defaultPack();
  it.each(cases)("%s as %s headings", (file, form, label) => {
    const source = readFileSync(fixture(`src/${file.replace(/\.docx$/, ".md")}`), "utf8");
    const report = analyze(readDocx(buildDocx(source, form), file), pack);
    const s = report.sections[0];
    const met = Object.entries(s.criteria).filter(([, v]) => v).map(([k]) => k).sort();
    expect({ status: s.status, criteria: met }).toEqual({ status: label.status, criteria: [...label.criteria].sort() });
  });
});
