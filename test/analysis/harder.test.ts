// Proposals written for these tests, with headings and phrasings the corpus does not use.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { buildDocx, type HeadingForm } from "../helpers/build-docx";

const HEAD = `= Beslut om skolskjutsar i Norrbyn
# Sammanfattning
Regionen föreslår att linjetrafiken för skolskjutsar i Norrbyn läggs om från augusti 2027.
# Förslag till beslut
Nämnden beslutar att lägga om skolskjutstrafiken enligt förslaget.
`;
const TAIL = `# Beslutsunderlag
Trafikutredning 2026.
`;

function check(body: string, form: HeadingForm = "english") {
  const report = analyze(readDocx(buildDocx(HEAD + body + TAIL, form), "t.docx"), defaultPack());
  const s = report.sections[0];
  return { status: s.status, heading: s.heading, form: s.form, met: Object.keys(s.criteria).filter((k) => s.criteria[k]).sort(), report };
}

describe("finding the section in other forms", () => {
  it("a heading 'Jämställdhetsperspektiv' with a reasoned exemption is justified", () => {
    const r = check(`# Jämställdhetsperspektiv\nFörslaget bedöms inte påverka jämställdheten eftersom det enbart gäller byte av servrar i regionens datahall.\n`);
    expect(r).toMatchObject({ status: "justified", heading: "Jämställdhetsperspektiv", met: [] });
  });

  it("a Heading 3 under a consequences heading, ending at the next Heading 3", () => {
    const r = check(`# Konsekvenser\n## Konsekvensanalys\n### Konsekvenser för kvinnor och män\nAv de 2 300 eleverna som åker skolskjuts är 1 200 flickor och 1 100 pojkar.\n### Miljö\nOmläggningen minskar utsläppen, vilket påverkar alla invånare och följs upp årligen.\n`);
    expect(r).toMatchObject({ status: "weak", heading: "Konsekvenser för kvinnor och män", met: ["sex-disaggregated-data", "target-groups"] });
  });

  it("a bold lead-in inside a consequences paragraph", () => {
    const r = check(`# Konsekvenser\nEkonomi: Kostnaden ryms i budget.\nJämställdhet: Ej aktuellt.\nMiljö: Utsläppen minskar.\n`);
    expect(r).toMatchObject({ status: "dismissed", form: "lead-in", heading: "Jämställdhet" });
  });

  it("a consequences table with a row for equality", () => {
    const r = check(`# Konsekvensbeskrivning\n| Område | Bedömning |\n| Ekonomi | Ryms i budget. |\n| Jämställdhet | Flickor åker oftare buss än pojkar, 58 procent av resenärerna är flickor. Omläggningen ger flickorna längre restid, och därför föreslås att turtätheten följs upp per kön. |\n| Miljö | Ingen påverkan. |\n`);
    expect(r.form).toBe("table-cell");
    expect(r.status).toBe("adequate");
    expect(r.met).toEqual(expect.arrayContaining(["target-groups", "sex-disaggregated-data", "impact", "measures"]));
  });

  it("a template content control titled for the section, with the officer's text inside", () => {
    const r = check(`# Konsekvenser\n[cc tag=jamstalldhetsanalys title=Jämställdhetsanalys]\nOmläggningen påverkar flickor mer än pojkar eftersom flickor oftare åker buss till fritidsaktiviteter.\n[/cc]\n`);
    expect(r).toMatchObject({ form: "control", status: "weak", met: ["impact", "target-groups"] });
  });

  it.each(["english", "swedish", "outline", "based-on"] as HeadingForm[])("a title that names equality is not the section (%s)", (form) => {
    const report = analyze(
      readDocx(buildDocx(`= Strategi för jämställdhet 2027–2030\n# Sammanfattning\nStrategin ska antas.\n# Beslutsunderlag\nStrategin.\n`, form), "t.docx"),
      defaultPack(),
    );
    expect(report.sections[0].status).toBe("missing");
  });
});

describe("judging the text", () => {
  it.each([
    ["Ej relevant.", "dismissed"],
    ["Ärendet har ingen påverkan på jämställdhet.", "dismissed"],
    ["Inga konsekvenser för jämställdheten.", "dismissed"],
    ["Förslaget är könsneutralt och gäller alla elever oavsett kön.", "dismissed"],
    ["Beslutet berör inte jämställdheten mellan kvinnor och män.", "dismissed"],
    ["Ärendet har analyserats ur ett jämställdhetsperspektiv. Förslaget bedöms inte påverka kvinnor och män olika.", "dismissed"],
    ["Skolskjutsarna erbjuds både flickor och pojkar på samma villkor.", "dismissed"],
    ["Klicka eller tryck här för att ange text.", "template"],
    ["[Beskriv hur förslaget påverkar kvinnor och män.]", "template"],
    ["Vilka grupper berörs av förslaget? Finns det skillnader mellan flickor och pojkar?", "template"],
    ["Jämställdhet påverkas inte då beslutet endast avser ett tekniskt byte av biljettsystemets server och inga resenärer berörs.", "justified"],
  ])("%s → %s", (text, status) => {
    expect(check(`# Jämställdhet\n${text}\n`).status).toBe(status);
  });

  it("an analysis phrased in words the corpus does not use is adequate", () => {
    const r = check(
      `# Jämställdhetsanalys\nAv de 2 300 eleverna som åker skolskjuts är 52 procent flickor. Förändringen innebär att flickor, som oftare deltar i kvällsaktiviteter, får längre väntetider, vilket missgynnar dem.\nFör att motverka detta föreslås en extra avgång kl. 21, och resandet ska redovisas uppdelat på kön från 2028.\n`,
    );
    expect(r.status).toBe("adequate");
    expect(r.met).toEqual(expect.arrayContaining(["target-groups", "sex-disaggregated-data", "impact", "measures"]));
  });

  it("'both sexes' with a difference is analysis, not a gender-blind claim", () => {
    // A cost shared equally, tied to no group, is no distribution of resources by sex.
    const r = check(`# Jämställdhet\nOmläggningen gynnar båda könen, men mest pojkar som bor i byarna. Kostnaden för busskort fördelas lika.\n`);
    expect(r.status).toBe("weak");
    expect(r.met).toEqual(["impact", "target-groups"]);
  });

  it("the officer's text beside left-over template questions is judged, and the questions reported", () => {
    const r = check(`# Jämställdhet\nVilka berörs av förslaget?\nAv eleverna är 52 procent flickor och 48 procent pojkar. Omläggningen påverkar flickor mer eftersom de oftare åker på kvällen.\n`);
    expect(r.status).toBe("adequate");
    expect(r.report.findings.map((f) => f.kind)).toContain("template-left");
  });

  it("an empty heading followed directly by a sub-heading is empty", () => {
    expect(check(`# Jämställdhet\n# Övrigt\nInget.\n`).status).toBe("empty");
  });

  it("reports mentions of women and men outside a missing section", () => {
    const r = check(`# Bakgrund\nAv resenärerna är 60 procent kvinnor.\n`);
    expect(r.status).toBe("missing");
    expect(r.report.mentions.map((m) => m.text)).toContain("kvinnor");
    expect(r.report.findings[0].actions).toEqual([{ kind: "insert-section", section: "equality" }]);
  });

  it("gives one finding per unmet criterion with why it matters in both languages", () => {
    const r = check(`# Jämställdhet\nPsykisk ohälsa är vanligare bland flickor än bland pojkar.\n`);
    expect(r.status).toBe("weak");
    const ids = r.report.findings.filter((f) => f.kind === "criterion").map((f) => f.criterion);
    expect(ids).toEqual(["sex-disaggregated-data", "impact", "resources", "measures", "discrimination-grounds", "child-rights", "minorities"]);
    for (const f of r.report.findings) {
      expect(f.message.sv && f.message.en && f.why.sv && f.why.en).toBeTruthy();
      expect(f.actions.length).toBeGreaterThan(0);
    }
  });
});

describe("more ways officers write it", () => {
  it.each([
    ["Ärendet bedöms sakna betydelse för jämställdheten.", "dismissed"],
    ["Förslaget har inte bedömts ha någon jämställdhetspåverkan.", "dismissed"],
    ["Inga jämställdhetsaspekter har identifierats.", "dismissed"],
    ["Förslaget påverkar kvinnor och män på samma sätt.", "dismissed"],
    ["Beslutet är neutralt ur jämställdhetssynpunkt.", "dismissed"],
    ["Ej bedömt.", "dismissed"],
    ["Förslaget gäller alla kommuninvånare och bedöms därför inte påverka jämställdheten.", "dismissed"],
    ["Ärendet rör intern administration av regionens arkiv och påverkar inte invånare eller medarbetare.", "justified"],
    ["Ej aktuellt då ärendet enbart avser revisionsberättelsen för 2025.", "justified"],
    ["Kvinnor står för två tredjedelar av resorna. Förslaget riskerar att göra det svårare för kvinnor utan bil att ta sig till jobbet, och därför föreslås en särskild satsning på kvällsturer.", "adequate"],
  ])("%s → %s", (text, status) => {
    expect(check(`# Jämställdhet\n${text}\n`).status).toBe(status);
  });

  it.each(["Jämställdhetskonsekvenser", "Analys av jämställdhet", "Jämställdhets- och jämlikhetsanalys", "Konsekvenser för jämställdhet och barn", "Genusperspektiv"])(
    "finds a section headed %s",
    (heading) => {
      expect(check(`# ${heading}\nEj aktuellt.\n`)).toMatchObject({ heading, status: "dismissed" });
    },
  );
});

describe("dismissals and reasons worded in other ways", () => {
  it.each([
    ["Bedömningen är att förslaget inte får några konsekvenser för jämställdheten.", "dismissed"],
    ["Ingen jämställdhetsanalys har gjorts.", "dismissed"],
    ["Ärendet bedöms vara jämställdhetsneutralt.", "dismissed"],
    ["Beslutet gäller lika för kvinnor och män.", "dismissed"],
    ["Förslaget påverkar därmed inte kvinnor och män olika.", "dismissed"],
    ["Beslutet rör enbart teknisk infrastruktur och berör därför inte jämställdhet mellan kvinnor och män.", "justified"],
    ["Ärendet bedöms inte påverka jämställdheten eftersom det avser en intern organisationsförändring utan påverkan på personal eller invånare.", "justified"],
    ["Här beskrivs hur förslaget påverkar kvinnor och män.", "template"],
    ["Förslaget påverkar män mer än kvinnor eftersom 70 procent av brukarna är män, men det påverkar inte barn. Utfallet följs upp per kön.", "adequate"],
  ])("%s → %s", (text, status) => {
    expect(check(`# Jämställdhet\n${text}\n`).status).toBe(status);
  });
});

describe("words that do not count when the sentence says they are missing", () => {
  it("'statistik saknas' is no statistics, 'inga åtgärder' no measures", () => {
    const r = check(`# Jämställdhet\nKönsuppdelad statistik saknas för målgruppen. Förslaget påverkar främst kvinnor, men inga åtgärder föreslås.\n`);
    expect(r.status).toBe("weak");
    expect(r.met).toEqual(["impact", "target-groups"]);
  });

  it("a realistic adequate analysis with pension and income as resources", () => {
    const r = check(
      `# Jämställdhetsanalys\nFörslaget berör främst äldre personer i behov av hemtjänst, där kvinnor är i majoritet (68 procent). Kvinnor lever längre och har i genomsnitt lägre pension än män, vilket gör avgiftshöjningen mer kännbar för dem. Förvaltningen föreslår därför att avgiftstaket behålls för personer med låg inkomst.\n`,
    );
    expect(r.status).toBe("adequate");
    // Older people are a ground of their own; a fee cap for low incomes, tied to no sex, is no measure against a difference between women and men.
    expect(r.met).toEqual(["discrimination-grounds", "impact", "resources", "sex-disaggregated-data", "target-groups"]);
  });
});

it("an age range is not an analysis of age as a ground of discrimination", () => {
  const r = check(`# Jämställdhet\nSatsningen riktar sig till unga i åldern 16–20 år. Av deltagarna är 60 procent pojkar, och förslaget påverkar därför pojkar mest.\n`);
  expect(r.met).not.toContain("discrimination-grounds");
  expect(r.status).toBe("adequate");
});

describe("instructions and claims worded yet another way", () => {
  it.each([
    ["Analysen ska beskriva hur kvinnor och män påverkas.", "template"],
    ["Exempel: Av brukarna är 60 procent kvinnor.", "template"],
    ["Ärendet saknar jämställdhetsaspekter.", "dismissed"],
    ["Beslutet innebär ingen skillnad för kvinnor och män.", "dismissed"],
    ["Det finns ingen skillnad mellan könen i andelen sökande, men kvinnor får oftare avslag: 40 procent mot 25 procent för män. Handläggningen ska därför ses över.", "adequate"],
  ])("%s → %s", (text, status) => {
    expect(check(`# Jämställdhet\n${text}\n`).status).toBe(status);
  });
});

it("a dismissal followed by 'men …' without a comma is judged clause by clause", () => {
  const r = check(`# Jämställdhet\nFörslaget har ingen direkt påverkan på jämställdheten men kan indirekt påverka kvinnor som oftare använder kollektivtrafik.\n`);
  expect(r.status).toBe("weak");
  expect(r.met).toEqual(["impact", "target-groups"]);
});
