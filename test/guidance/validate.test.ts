import { defaultPack } from "../../src/guidance/default-pack";
import { isSafeRegex } from "../../src/guidance/regex-safety";
import { sayPackProblem } from "../../src/guidance/i18n";
import { MAX_PACK_BYTES, validatePack, validatePackText, type PackResult } from "../../src/guidance/validate";

const base = () => JSON.parse(JSON.stringify(defaultPack()));
const said = (r: PackResult, language: "sv" | "en" = "en") => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${sayPackProblem(e.problem, language)}`));
const errors = (data: unknown, language: "sv" | "en" = "en") => said(validatePack(data, { isSafeRegex }), language);

describe("guidance pack validation names the field and what is wrong", () => {
  it("a missing criterion label", () => {
    const p = base();
    delete p.criteria[2].label;
    expect(errors(p)).toEqual([expect.stringMatching(/^criteria\[2\]\.label: /)]);
  });

  it("an empty Swedish text", () => {
    const p = base();
    p.criteria[0].help.sv = "  ";
    expect(errors(p)).toEqual(["criteria[0].help.sv: must not be empty"]);
  });

  it("a pattern that is not a valid regular expression", () => {
    const p = base();
    p.criteria[1].patterns[0] = "(kvinn";
    expect(errors(p)).toEqual([expect.stringMatching(/^criteria\[1\]\.patterns\[0\]: is not a valid regular expression/)]);
  });

  it("a pattern that could take catastrophic time", () => {
    const p = base();
    p.sections[0].dismissal.push("(\\w+\\s?)*$");
    expect(errors(p)).toEqual([expect.stringMatching(/^sections\[0\]\.dismissal\[\d+\]: could take catastrophic time/)]);
  });

  it("a checklist question for an unknown criterion", () => {
    const p = base();
    p.checklist[0].criterion = "gender-budget";
    expect(errors(p)).toEqual(['checklist[0].criterion: names the unknown criterion "gender-budget"']);
  });

  it("a duplicate id", () => {
    const p = base();
    p.criteria.push({ ...p.criteria[0] });
    expect(errors(p)).toEqual([`criteria[${p.criteria.length - 1}].id: duplicates the id "target-groups" of criteria[0]`]);
  });

  it("a status rule that cannot be met and a section naming an unknown criterion", () => {
    const p = base();
    p.sections[0].rule.atLeast.count = 9;
    p.sections[0].criteria.push("nope");
    expect(errors(p)).toEqual(['sections[0].criteria[8]: names the unknown criterion "nope"', "sections[0].rule.atLeast.count: asks for 9 of only 4 criteria"]);
  });

  it("a bad version, date and URL", () => {
    const p = base();
    p.version = "v2";
    p.publishedAt = "yesterday";
    p.links[0].url = "skr.se";
    expect(errors(p).map((e) => e.split(":")[0]).sort()).toEqual(["links[0].url", "publishedAt", "version"]);
  });

  it("a file too large or not JSON", () => {
    expect(said(validatePackText(" ".repeat(MAX_PACK_BYTES + 1)))).toEqual([expect.stringMatching(/^\(file\): .*at most 512 KB/)]);
    expect(said(validatePackText("{ nope"))).toEqual([expect.stringMatching(/^\(file\): is not valid JSON/)]);
  });
});

describe("guidance pack validation speaks the administrator's language (Swedish by default)", () => {
  it("says in Swedish what is missing, of the wrong kind, too long or not one of the choices", () => {
    const p = base();
    delete p.criteria[2].label;
    p.publisher = 42;
    p.language = "de";
    p.sections[0].dismissal.push("x".repeat(401));
    p.criteria[0].patterns.push({ near: ["a"], within: 3 });
    expect(errors(p, "sv")).toEqual([
      "publisher: ska vara text",
      "language: ska vara ett av: sv, en",
      "criteria[0].patterns[13]: ska vara ett mönster (text) eller { near: [mönster, mönster], within: antal ord }",
      "criteria[2].label: saknas",
      `sections[0].dismissal[${p.sections[0].dismissal.length - 1}]: är längre än 400 tecken`,
    ]);
  });

  it("names the schema's own checks and the validator's in Swedish, and in English on request", () => {
    const p = base();
    p.criteria[0].help.sv = "  ";
    p.version = "v2";
    p.checklist[0].criterion = "gender-budget";
    p.criteria.push({ ...p.criteria[1] });
    const sv = errors(p, "sv");
    expect(sv).toEqual(
      expect.arrayContaining([
        "criteria[0].help.sv: får inte vara tom",
        "version: ska vara ett versionsnummer som 1.4.0",
      ]),
    );
    const fixed = base();
    fixed.checklist[0].criterion = "gender-budget";
    fixed.criteria.push({ ...fixed.criteria[1] });
    expect(errors(fixed, "sv")).toEqual([
      `criteria[${fixed.criteria.length - 1}].id: upprepar id:t "sex-disaggregated-data" från criteria[1]`,
      'checklist[0].criterion: nämner kriteriet "gender-budget", som inte finns',
    ]);
    expect(errors(fixed, "en")).toEqual([
      `criteria[${fixed.criteria.length - 1}].id: duplicates the id "sex-disaggregated-data" of criteria[1]`,
      'checklist[0].criterion: names the unknown criterion "gender-budget"',
    ]);
  });

  it("returns problems as data (a catalogue code and its arguments), said only where shown", () => {
    const bad = validatePackText("{ nope");
    expect(bad.ok ? null : bad.errors[0]).toEqual({ path: "(file)", problem: { code: "notJson", args: [expect.any(String)] } });
    expect(said(bad, "sv")).toEqual([expect.stringMatching(/^\(file\): är inte giltig JSON: /)]);
  });
});
