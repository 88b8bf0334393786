import data from "../../src/guidance/default-pack.json";
import { sayPackProblem } from "../../src/guidance/i18n";
import { isSafeRegex } from "../../src/guidance/regex-safety";
import { validatePack } from "../../src/guidance/validate";

describe("the built-in guidance pack", () => {
  it("is valid, with no catastrophic patterns and a question for every criterion", () => {
    const r = validatePack(data, { isSafeRegex });
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${sayPackProblem(e.problem, "en")}`).join("\n"));
    expect(r.warnings).toEqual([]);
    expect(r.pack.sections.map((s) => s.id)).toEqual(["equality"]);
    expect(r.pack.criteria.map((c) => c.id)).toEqual([
      "target-groups", "sex-disaggregated-data", "impact", "resources", "measures", "discrimination-grounds", "child-rights", "minorities",
    ]);
  });

  it("has no Swedish in the engine: every shown text comes from the pack in both languages", () => {
    const r = validatePack(data);
    if (!r.ok) throw new Error("invalid");
    for (const c of r.pack.criteria) for (const t of [c.label, c.question, c.help]) expect(t.en).toBeTruthy();
    for (const m of Object.values(r.pack.sections[0].messages)) expect(m.message.en && m.why.en).toBeTruthy();
  });
});

describe("the catastrophic-pattern check", () => {
  it("rejects nested unbounded repetition and accepts bounded word gaps", () => {
    expect(isSafeRegex("(a+)+$")).toBe(false);
    expect(isSafeRegex("^(\\w+\\s?)*$")).toBe(false);
    expect(isSafeRegex("\\bska(?: \\p{L}+){0,3} (?:redovisa|införa)")).toBe(true);
    expect(isSafeRegex("(?:ingen|inga)(?: \\p{L}+)? \\p{L}*(?:påverkan)")).toBe(true);
  });
});
