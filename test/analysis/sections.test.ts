// A pack may define more sections than `equality`: each is found and judged on its own.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { validatePack } from "../../src/guidance/validate";
import { buildDocx } from "../helpers/build-docx";

it("judges an organisation's own child-rights section beside the equality section", () => {
  const base = defaultPack();
  const eq = base.sections[0];
  const child = {
    ...eq,
    id: "child-rights",
    label: { sv: "Barnrättsperspektiv", en: "Child rights" },
    headingTerms: ["\\bbarn(?:rätt|konsekvens|perspektiv)\\p{L}*"],
    criteria: ["child-rights", "target-groups"],
    rule: { required: ["child-rights"], atLeast: { count: 0, of: [] } },
    mentions: undefined,
  };
  const r = validatePack({ ...base, sections: [eq, child] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = readDocx(
    buildDocx("= Förslag\n# Sammanfattning\nX.\n# Jämställdhet\nEj aktuellt.\n# Barnkonsekvensanalys\nBarnets bästa har beaktats genom samtal med elever i årskurs 8.\n# Beslutsunderlag\nY.\n"),
    "p.docx",
  );
  const report = analyze(doc, r.pack);
  expect(report.sections.map((s) => [s.id, s.status, s.heading])).toEqual([
    ["equality", "dismissed", "Jämställdhet"],
    ["child-rights", "adequate", "Barnkonsekvensanalys"],
  ]);
  expect(report.findings.some((f) => f.section === "child-rights" && f.kind === "criterion")).toBe(true);
});
