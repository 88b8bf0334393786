// No template, placeholder, dismissed or empty section is ever judged adequate: every template
// paragraph and checklist question of the pack, alone, together, bracketed, lightly edited, in a
// content control or a checklist table, is template text.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { buildDocx } from "../helpers/build-docx";

const pack = defaultPack();
const section = pack.sections[0];
const questions = pack.checklist.filter((q) => section.criteria.includes(q.criterion)).map((q) => q.text.sv);
const unbracket = (t: string): string => t.replace(/^\[|\]$/g, "");

function judge(body: string) {
  const doc = readDocx(buildDocx(`= Ny taxa för bygglov\n# Ärendet\nNämnden föreslås anta en ny taxa.\n${body}\n# Beslutsunderlag\nTjänsteskrivelse.\n`), "t.docx");
  const s = analyze(doc, pack).sections[0];
  return { status: s.status, met: Object.keys(s.criteria).filter((k) => s.criteria[k]) };
}

describe("template text is never analysis", () => {
  const variants: [string, string][] = [
    ["the whole template", section.template.join("\n")],
    ["the template without brackets", section.template.map(unbracket).join("\n")],
    ["every checklist question", questions.join("\n")],
    ["the questions in one paragraph", questions.join(" ")],
    ["questions with placeholder answers in a table", `| Fråga | Svar |\n${questions.map((q) => `| ${q} | [Ange svar] |`).join("\n")}`],
    ["questions with empty answers in a table", `| Fråga | Svar |\n${questions.map((q) => `| ${q} | |`).join("\n")}`],
    ["the template in a content control", `[cc tag=jamstalldhet title=Jämställdhetsanalys]\n${section.template.join("\n")}\n[/cc]`],
    ["one word edited in each paragraph", section.template.map((t) => t.replace("förslaget", "taxeförslaget").replace("kvinnor", "kvinnorna")).join("\n")],
    ["a bracketed instruction full of criterion words", "[Ange vilka kvinnor och män som berörs och vad könsuppdelad statistik visar om konsekvenserna, resurserna och åtgärderna för flickor och pojkar.]"],
    ["an instruction addressed to the writer", "Här ska du beskriva hur förslaget påverkar kvinnor och män. Redogör för könsuppdelad statistik och föreslå åtgärder mot skillnader i resursfördelningen."],
    ["a conditional instruction", "Om förslaget bedöms sakna betydelse för jämställdheten ska bedömningen motiveras. Tänk på att kvinnor och män kan påverkas olika."],
    ["an example given by the template", "Exempel: 60 procent av brukarna är kvinnor, och förslaget gynnar dem genom kortare väntetider."],
    ["a placeholder for the figure", "Av de berörda är [ange andel] procent kvinnor och [ange andel] procent män."],
  ];
  it.each(variants)("%s", (_name, body) => {
    for (const level of ["# Jämställdhet", "## Jämställdhetsanalys"]) {
      const r = judge(`${level}\n${body}`);
      expect(r.status).toBe("template");
      expect(r.met).toEqual([]);
    }
  });

  it.each(section.template.map((t, i) => [i, t] as const))("template paragraph %i alone, with and without brackets", (_i, t) => {
    for (const text of [t, unbracket(t), `«${unbracket(t)}»`]) expect(judge(`# Jämställdhet\n${text}`).status).toBe("template");
  });

  it.each(questions.map((q) => [q]))("the question %s", (q) => {
    expect(judge(`# Jämställdhet\n${q}`).status).toBe("template");
  });

  it("template text beside the officer's own words is judged on the officer's words", () => {
    const r = judge(`# Jämställdhet\n${section.template[0]}\nAv de sökande 2025 var 62 procent kvinnor. Den nya taxan gör bygglov dyrare för de mindre företag som oftare drivs av kvinnor, och nämnden följer upp avgifterna per kön.`);
    expect(r.status).toBe("adequate");
    expect(r.met.sort()).toEqual(["impact", "measures", "sex-disaggregated-data", "target-groups"]);
  });

  it("no dismissed, justified or empty section is adequate", () => {
    expect(judge("# Jämställdhet\nEj aktuellt.").status).toBe("dismissed");
    expect(judge("# Jämställdhet\nTaxan gäller alla sökande oavsett kön.").status).toBe("dismissed");
    expect(judge("# Jämställdhet\n# Miljö\nIngen påverkan.").status).toBe("empty");
  });
});
