// Issue 15 item 4: a Word document cannot hold most control characters (XML 1.0 forbids them), so
// a pack carrying one is refused with the field named — and text is cleaned before any insert.
import { defaultPack } from "../../src/guidance/default-pack";
import { validatePack, validatePackText } from "../../src/guidance/validate";

const base = () => JSON.parse(JSON.stringify(defaultPack()));

describe("pack text with characters a Word document cannot hold", () => {
  it.each([
    ["\u0001", "U+0001"],
    ["\u001b", "U+001B"],
    ["\uffff", "U+FFFF"],
  ])("%j in template text is refused, naming the field and the character", (ch, code) => {
    const p = base();
    p.sections[0].template[1] = `Beskriv ${ch}konsekvenserna.`;
    p.criteria[2].question.sv = `Fråga${ch}`;
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: "sections[0].template[1]", problem: { code: "controlCharacter", args: [code] } },
        { path: "criteria[2].question.sv", problem: { code: "controlCharacter", args: [code] } },
      ]),
    );
  });

  it("tab, line feed and carriage return are allowed, and so is the pack as published", () => {
    const p = base();
    p.sections[0].template[1] = "Rad ett\tmed tabb\nrad två\r\n";
    expect(validatePack(p).ok).toBe(true);
    expect(validatePackText(JSON.stringify(defaultPack())).ok).toBe(true);
  });

  it("a JSON escape (\\u001b) is the same character and is refused too", () => {
    const text = JSON.stringify(base()).replace('"Jämställdhet"', '"Jäm\\u001bställdhet"');
    const r = validatePackText(text);
    expect(r.ok).toBe(false);
  });
});
