import { defaultPack } from "../../src/guidance/default-pack";
import { isSafeRegex } from "../../src/guidance/regex-safety";
import { MAX_PACK_BYTES, validatePack, validatePackText } from "../../src/guidance/validate";

const base = () => JSON.parse(JSON.stringify(defaultPack()));
const errors = (data: unknown) => {
  const r = validatePack(data, { isSafeRegex });
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

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
    const big = validatePackText(" ".repeat(MAX_PACK_BYTES + 1));
    expect(big.ok ? [] : big.errors[0].message).toMatch(/at most 512 KB/);
    const bad = validatePackText("{ nope");
    expect(bad.ok ? [] : bad.errors[0]).toMatchObject({ path: "(file)", message: expect.stringMatching(/not valid JSON/) });
  });
});
