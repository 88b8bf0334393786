import { analyze } from "../../src/analysis/analyze";
import { readDocxFile } from "../../src/docx/file";
import { defaultPack } from "../../src/guidance/default-pack";
import { corpusLabels, fixture } from "../helpers/corpus";

describe("every corpus proposal gets exactly its labelled status and criteria", () => {
  const pack = defaultPack();
  it.each(corpusLabels())("%s", async (file, label) => {
    const report = analyze(await readDocxFile(fixture(file)), pack);
    const equality = report.sections[0];
    const met = Object.entries(equality.criteria).filter(([, v]) => v).map(([k]) => k).sort();
    expect({ status: equality.status, criteria: met }).toEqual({ status: label.status, criteria: [...label.criteria].sort() });
  });
});
