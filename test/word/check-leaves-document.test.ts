// A check never changes the officer's document, in every Word officers have: marks are only
// what Word keeps outside the file (annotations, temporary highlight) or nothing (the list), no
// revision under Track Changes, the officer's own highlight exactly as it was.
import { strFromU8, unzipSync } from "fflate";
import { defaultPack } from "../../src/guidance/default-pack";
import { blocksToMark } from "../../src/word/marks";
import { MARK_TAG } from "../../src/word/read";
import { openInWord, WORD_MATRIX, type WordSetup } from "../helpers/word";
import { p, rawDocx } from "../helpers/raw-docx";

const pack = defaultPack();
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);

// A weak section whose heading and text the officer highlighted in part, one colour by name Word
// reports as such (darkYellow), a soft line break and a non-breaking space.
const HIGHLIGHTED = rawDocx(
  [
    p("Ny simhall", "Title"),
    p("Ärendet", "Heading1"),
    p("Regionen bygger en ny simhall."),
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:highlight w:val="green"/></w:rPr><w:t>Jäm</w:t></w:r><w:r><w:t>ställdhet</w:t></w:r></w:p>`,
    `<w:p><w:r><w:rPr><w:highlight w:val="darkYellow"/></w:rPr><w:t xml:space="preserve">Kvinnor och män </w:t></w:r><w:r><w:t xml:space="preserve">simmar lika ofta.</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Flickor\u00a0och pojkar får lika många timmar.</w:t></w:r></w:p>`,
    p("Beslutsunderlag", "Heading1"),
    p("Utredning."),
  ].join(""),
);

const expectedMode = (w: WordSetup) => (w.microsoft365 && w.wordApi >= "1.7" ? "annotations" : w.wordApi >= "1.8" ? "highlight" : "list");

describe.each(WORD_MATRIX.map((w) => [w.name, w] as const))("%s", (_name, setup) => {
  it.each([["dev-09-folkhalsa.docx"], ["dev-02-fardtjanst.docx"], ["dev-10-nattbussar.docx"], ["highlighted"]])("checking %s twice, going to a finding and clearing leaves the file as it was", async (file) => {
    const { host, gateway } = openInWord(file === "highlighted" ? HIGHLIGHTED : file, setup);
    const before = documentXml(host.save());
    const highlights = host.doc.paragraphs.map((x) => [...x.highlight]);

    const first = await gateway.check(pack);
    // Word's refusal of a mode shows only when there is something to mark.
    if (blocksToMark(first.report).length) {
      expect(first.markingMode).toBe(expectedMode(setup));
      if (first.markingMode === "annotations") expect(host.doc.annotations.length).toBeGreaterThan(0);
      if (first.markingMode === "highlight") expect(host.doc.temporaryHighlights.length).toBeGreaterThan(0);
    }
    const second = await gateway.check(pack);
    expect(second.report).toEqual(first.report);
    const target = second.report.findings.find((f) => f.blocks)?.blocks;
    if (target) await gateway.goTo(target, { text: second.model.blocks[target.start].text });
    await gateway.check(pack, { mark: false });
    await gateway.clearMarks();

    expect(host.doc.annotations).toEqual([]);
    expect(host.doc.temporaryHighlights).toEqual([]);
    expect(host.doc.formatRevisions).toEqual([]);
    expect(host.doc.controls.filter((c) => c.tag === MARK_TAG)).toEqual([]);
    expect(host.doc.paragraphs.map((x) => x.highlight)).toEqual(highlights);
    expect(documentXml(host.save())).toBe(before);
  });
});

describe("marks that Word refuses", () => {
  it("annotations without Microsoft 365 (WordApi 1.7 claimed): the check stands, in list mode", async () => {
    const { host, gateway } = openInWord("dev-09-folkhalsa.docx", { name: "", wordApi: "1.7", microsoft365: false, trackChanges: false });
    const r = await gateway.check(pack);
    expect(r.report.sections[0].status).toBe("weak");
    expect(r.markingMode).toBe("list");
    expect(host.doc.annotations).toEqual([]);
  });

  it("annotations without Microsoft 365 at WordApi 1.8: temporary highlight instead", async () => {
    const { host, gateway } = openInWord("dev-09-folkhalsa.docx", { name: "", wordApi: "1.8", microsoft365: false, trackChanges: false });
    const r = await gateway.check(pack);
    expect(r.markingMode).toBe("highlight");
    expect(host.doc.temporaryHighlights.length).toBeGreaterThan(0);
  });

  it("a document open for viewing: the check works and marks nothing; an insertion is refused, named as such", async () => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.9");
    host.doc.protected = true;
    const before = documentXml(host.save());
    const r = await gateway.check(pack);
    expect(r.report.sections[0].status).toBe("missing");
    expect(host.doc.annotations).toEqual([]);
    const e = await gateway.insertSection(pack, "equality").catch((x) => x);
    expect(e.problem.code).toBe("refused");
    expect(documentXml(host.save())).toBe(before);
  });
});

describe("Track Changes", () => {
  it.each(["1.3", "1.9"])("at WordApi %s an insertion is the officer's tracked insertion, and undoing it leaves no revision", async (wordApi) => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", { name: "", wordApi, microsoft365: true, trackChanges: true });
    const before = documentXml(host.save());
    const ins = await gateway.insertSection(pack, "equality");
    const added = host.doc.paragraphs.filter((x) => ins.texts.includes(x.text));
    expect(added).toHaveLength(ins.texts.length);
    expect(added.every((x) => x.inserted.every(Boolean))).toBe(true);
    expect(host.doc.formatRevisions).toEqual([]);
    expect(documentXml(host.save())).toContain("<w:ins ");
    await gateway.check(pack);
    expect(await gateway.removeInsertion(ins)).toBe(true);
    expect(host.doc.formatRevisions).toEqual([]);
    expect(documentXml(host.save())).toBe(before);
  });

  it("text the officer deleted under Track Changes (kept in the text by Word on the web) is not judged", async () => {
    const doc = rawDocx(
      [
        p("Ny simhall", "Title"),
        p("Jämställdhet", "Heading1"),
        `<w:p><w:r><w:t xml:space="preserve">Förslaget bedöms inte påverka kvinnor och män olika. </w:t></w:r><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Av 420 besökare var 250 kvinnor och 170 män; kvinnor simmar oftare och får därför mer av de nya tiderna, och vi följer upp per kön.</w:delText></w:r></w:del></w:p>`,
        p("Beslutsunderlag", "Heading1"),
      ].join(""),
    );
    const at19 = openInWord(doc, "1.9");
    const web = await at19.gateway.check(pack, { mark: false });
    expect(web.model.blocks[2].text).toBe("Förslaget bedöms inte påverka kvinnor och män olika.");
    expect(web.report.sections[0].status).toBe("dismissed");
  });
});

describe("annotations mark the words", () => {
  it("a dismissal is marked on the words that set the finding off, not the whole paragraph", async () => {
    const doc = rawDocx([p("Ny simhall", "Title"), p("Ärendet", "Heading1"), p("Regionen bygger en simhall."), p("Jämställdhet", "Heading1"), `<w:p><w:r><w:t xml:space="preserve">Ej\u00a0aktuellt.</w:t><w:br/><w:t>Se bilaga.</w:t></w:r></w:p>`, p("Beslutsunderlag", "Heading1")].join(""));
    const { host, gateway } = openInWord(doc, "1.9");
    const { report } = await gateway.check(pack);
    const words = report.findings.flatMap((f) => f.triggers ?? []).filter((t) => t.start !== undefined);
    expect(words.length).toBeGreaterThan(0);
    const marked = host.doc.annotations.map((a) => host.doc.para(a.para).text.slice(a.start, a.start + a.length).replace(/\u00a0/g, " ").replace(/\v/g, "\n"));
    for (const t of words) expect(marked).toContain(t.text);
    expect(marked).not.toContain(host.doc.paragraphs[4].text);
  });
});
