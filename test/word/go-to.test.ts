// Gå till selects exactly the words the check found, in the text as Word reports it: a soft line
// break is U+000B, a non-breaking space stays one, search has ^ codes and a 255-character limit.
import { defaultPack } from "../../src/guidance/default-pack";
import { newComment } from "../../src/review/model";
import { ReviewGateway } from "../../src/word/comments";
import { occurrenceAt, searchText } from "../../src/word/select";
import { paragraphText } from "../../src/word/read";
import { p, rawDocx } from "../helpers/raw-docx";
import { openInWord, wordApiOf } from "../helpers/word";

const pack = defaultPack();
const LONG = "Regionen följer upp antalet besök per kön varje kvartal och redovisar det i årsrapporten. ".repeat(4).trim();
const doc = rawDocx(
  [
    p("Ny simhall", "Title"),
    p("Jämställdhet", "Heading1"),
    `<w:p><w:r><w:t xml:space="preserve">Kvinnor och män</w:t><w:br/><w:t xml:space="preserve">simmar lika ofta; flickor\u00a0och pojkar likaså.</w:t></w:r></w:p>`,
    p("Män och kvinnor, män och kvinnor, män ^ kvinnor."),
    p(LONG),
    p("Beslutsunderlag", "Heading1"),
  ].join(""),
);

describe.each(["1.3", "1.9"])("at WordApi %s", (wordApi) => {
  it("Word reports a soft line break as U+000B and a non-breaking space as itself; the model reads both as the .docx reader does", async () => {
    const { host, gateway } = openInWord(doc, wordApi);
    expect(host.doc.paragraphs[2].text).toBe("Kvinnor och män\vsimmar lika ofta; flickor\u00a0och pojkar likaså.");
    const { model } = await gateway.check(pack, { mark: false });
    expect(model.blocks[2].text).toBe("Kvinnor och män\nsimmar lika ofta; flickor och pojkar likaså.");
  });

  it("goes to a paragraph with a soft line break, and to a phrase across a non-breaking space", async () => {
    const { host, gateway } = openInWord(doc, wordApi);
    const { model } = await gateway.check(pack, { mark: false });
    await gateway.goTo({ start: 2, end: 2 }, { text: model.blocks[2].text });
    expect(host.doc.rangeText(host.doc.selection!)).toBe(host.doc.paragraphs[2].text);
    await gateway.goTo({ start: 2, end: 2 }, { text: model.blocks[2].text, phrase: "flickor och pojkar" });
    expect(host.doc.rangeText(host.doc.selection!)).toBe("flickor\u00a0och pojkar");
    await gateway.goTo({ start: 2, end: 2 }, { text: model.blocks[2].text, phrase: "män\nsimmar" });
    expect(host.doc.rangeText(host.doc.selection!)).toBe("män\vsimmar");
  });

  it("selects the span by its offsets: the second of two equal phrases, one with a caret, one longer than search allows", async () => {
    const { host, gateway } = openInWord(doc, wordApi);
    const { model } = await gateway.check(pack, { mark: false });
    const text = model.blocks[3].text;
    const second = text.indexOf("män och kvinnor", 5);
    await gateway.goTo({ start: 3, end: 3 }, { text, start: second, end: second + "män och kvinnor".length });
    expect(host.doc.selection!.start.offset).toBe(second);
    expect(host.doc.rangeText(host.doc.selection!)).toBe("män och kvinnor");
    const caret = text.indexOf("män ^");
    await gateway.goTo({ start: 3, end: 3 }, { text, start: caret, end: caret + 5 });
    expect(host.doc.rangeText(host.doc.selection!)).toBe("män ^");
    await gateway.goTo({ start: 4, end: 4 }, { text: model.blocks[4].text, start: 10, end: LONG.length - 3 });
    expect(host.doc.rangeText(host.doc.selection!)).toBe(LONG.slice(10, LONG.length - 3));
  });

  it("a reviewer comments on a paragraph with a soft line break", async () => {
    const { host, gateway } = openInWord(doc, wordApi);
    const { model } = await gateway.check(pack, { mark: false });
    const review = new ReviewGateway(wordApiOf(host));
    const c = newComment({ id: "00000000-0000-4000-8000-000000000001", author: { name: "Anna", role: "granskare" }, criterion: null, text: "Källa?", quote: "", at: "2026-11-25T09:00:00.000Z" });
    await review.add(c, "⟦Jämkoll-kommentar⟧ Källa?", { kind: "block", block: 2, text: model.blocks[2].text });
    expect(host.doc.paragraphs[3].text).toContain("Källa?");
  });
});

describe("search text and counting", () => {
  it("escapes Word's ^ codes and counts matches as Word finds them", () => {
    expect(searchText("a^b\vc\td\u00a0e")).toBe("a^^b^lc^td^se");
    expect(occurrenceAt("aaaa", "aa", 2)).toBe(1);
    expect(occurrenceAt("aaaa", "aa", 1)).toBe(-1);
  });

  it("maps model offsets back to Word's text", () => {
    const { text, map } = paragraphText("  a\u00a0b\vc  ", ["b"]);
    expect(text).toBe("a \nc");
    expect(map).toEqual([2, 3, 5, 6, 7]);
  });
});
