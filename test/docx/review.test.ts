// Issue 15 item 5: the command line finds every review part however it is written, and every
// comment control however its ids are numbered.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { newComment } from "../../src/review/model";
import { REVIEW_NS, serializeComment } from "../../src/review/xml";
import { visibleText } from "../../src/review/visible";
import { buildDocx } from "../helpers/build-docx";
import { cli } from "../helpers/cli";

const anna = { name: "Anna Berg", role: "granskare" as const };
const c1 = newComment({ id: "11111111-1111-4111-8111-111111111111", author: anna, criterion: null, text: "Första", quote: "", at: "2026-11-24T09:00:00.000Z" });
const c2 = newComment({ id: "22222222-2222-4222-8222-222222222222", author: anna, criterion: null, text: "Andra", quote: "", at: "2026-11-24T09:00:00.000Z" });

function docx(parts: Record<string, Uint8Array>, controls = [c1, c2]): string {
  const source = ["= Förslag", "# Jämställdhet", "Text.", ...controls.flatMap((c) => [`[cc tag=jamkoll:comment:${c.id} title=Jämkoll-kommentar]`, visibleText(c, null), "[/cc]"])].join("\n");
  const files = unzipSync(buildDocx(source));
  const dir = mkdtempSync(join(tmpdir(), "jk-review-"));
  const file = join(dir, "p.docx");
  writeFileSync(file, zipSync({ ...files, ...parts }));
  return file;
}

async function listed(file: string): Promise<{ comments: { id: string; anchoring: string; text: string }[]; problems: unknown[] }> {
  const r = await cli("review", "--json", file);
  expect(r.err).toBe("");
  return JSON.parse(r.out)[0];
}

const records = `${serializeComment(c1)}${serializeComment(c2)}`;

describe("jamkoll review reads the part, it does not sniff it", () => {
  it("finds a review part whose namespace is declared after the first 500 characters", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${"Exported by the case-management system. ".repeat(20)} -->\n<r:review version="1" xmlns:x="urn:example:other" xmlns:r="${REVIEW_NS}">${records.replace(/<(\/?)comment/g, "<$1r:comment").replace(/<(\/?)(author|text|quote|status|reply)\b/g, "<$1r:$2")}</r:review>`;
    expect(xml.indexOf(REVIEW_NS)).toBeGreaterThan(500);
    const out = await listed(docx({ "customXml/item1.xml": strToU8(xml) }));
    expect(out.comments.map((c) => [c.text, c.anchoring])).toEqual([
      ["Första", "anchored"],
      ["Andra", "anchored"],
    ]);
  });

  it.each([
    ["little-endian with a byte-order mark", true, true],
    ["big-endian without one", false, false],
  ])("reads a review part stored as UTF-16, %s", async (_form, little, bom) => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><review xmlns="${REVIEW_NS}" version="1">${records}</review>`;
    const start = bom ? 2 : 0;
    const bytes = new Uint8Array(start + xml.length * 2);
    if (bom) bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < xml.length; i++) {
      bytes[start + i * 2 + (little ? 0 : 1)] = xml.charCodeAt(i) & 0xff;
      bytes[start + i * 2 + (little ? 1 : 0)] = xml.charCodeAt(i) >> 8;
    }
    const out = await listed(docx({ "customXml/item1.xml": bytes }));
    expect(out.comments.map((c) => [c.text, c.anchoring])).toEqual([
      ["Första", "anchored"],
      ["Andra", "anchored"],
    ]);
    expect(out.problems).toEqual([]);
  });

  it("does not take a part that only mentions the namespace for a review", async () => {
    const other = `<?xml version="1.0"?><notes xmlns="urn:example:notes"><note>See ${REVIEW_NS}</note></notes>`;
    const out = await listed(docx({ "customXml/item1.xml": strToU8(`<?xml version="1.0"?><review xmlns="${REVIEW_NS}">${records}</review>`), "customXml/item2.xml": strToU8(other) }));
    expect(out.problems).toEqual([]);
    expect(out.comments).toHaveLength(2);
  });

  it("keeps two comment controls apart when they share a w:id", async () => {
    const file = docx({ "customXml/item1.xml": strToU8(`<?xml version="1.0"?><review xmlns="${REVIEW_NS}">${records}</review>`) });
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const doc = new TextDecoder().decode(files["word/document.xml"]).replace(/<w:id w:val="\d+"\/>/g, '<w:id w:val="7"/>');
    writeFileSync(file, zipSync({ ...files, "word/document.xml": strToU8(doc) }));
    const out = await listed(file);
    expect(out.comments.map((c) => [c.id, c.anchoring, c.text])).toEqual([
      [c1.id, "anchored", "Första"],
      [c2.id, "anchored", "Andra"],
    ]);
  });
});

describe("jamkoll review says what the document does not bear out", () => {
  it("an edited record, a hand-made resolved control and a name with bidi controls are flagged", async () => {
    const handMade = "33333333-3333-4333-8333-333333333333";
    const spoofed = { ...c2, author: { name: "Anna \u202Egreb\u202C", role: "granskare" as const } };
    const file = docx({ "customXml/item1.xml": strToU8(`<?xml version="1.0"?><review xmlns="${REVIEW_NS}">${serializeComment({ ...c1, author: { name: "Chefen", role: "granskare" } })}${serializeComment(spoofed)}</review>`) }, [c1, spoofed]);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const extra = `<w:sdt><w:sdtPr><w:tag w:val="jamkoll:comment:${handMade}"/><w:id w:val="999"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>⟦Jämkoll-kommentar (löst) · Anna Berg, granskare, 2026-11-24: Klart.⟧</w:t></w:r></w:p></w:sdtContent></w:sdt>`;
    writeFileSync(file, zipSync({ ...files, "word/document.xml": strToU8(new TextDecoder().decode(files["word/document.xml"]).replace("<w:sectPr/>", `${extra}<w:sectPr/>`)) }));
    const out = JSON.parse((await cli("review", "--json", file)).out)[0];
    expect(out.counts).toEqual({ open: 3, answered: 0, resolved: 0 });
    expect(out.comments.map((c: { id: string; disagrees?: string[]; claimedStatus?: string; bidi?: boolean; author: { name: string } }) => [c.id, c.disagrees, c.claimedStatus, c.bidi, c.author.name])).toEqual([
      [c1.id, ["author"], undefined, undefined, "Chefen"],
      [c2.id, undefined, undefined, true, "Anna greb"],
      [handMade, undefined, "resolved", undefined, "Anna Berg"],
    ]);
    const text = (await cli("review", file)).out;
    expect(text).toContain("record and visible text disagree on author");
    expect(text).toContain("text claims resolved");
    expect(text).not.toMatch(/[\u202A-\u202E]/);
  });
});
