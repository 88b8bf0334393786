// src/word on the Word host, for every corpus proposal, in every Word of the matrix (WordApi 1.3,
// 1.6, 1.7 without Microsoft 365, 1.8, 1.9; Track Changes off and on): read → analyse → insert →
// read again.
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { readDocxFile } from "../../src/docx/file";
import { defaultPack } from "../../src/guidance/default-pack";
import { WordFailure } from "../../src/word/problems";
import { planSectionInsertion } from "../../src/word/plan";
import { MARK_TAG } from "../../src/word/read";
import { corpusLabels, fixture } from "../helpers/corpus";
import { openInWord, WORD_MATRIX } from "../helpers/word";

const pack = defaultPack();
const cases = corpusLabels().flatMap(([file, label]) => WORD_MATRIX.map((w) => [file, w.name, w, label.status] as const));

describe.each(WORD_MATRIX.map((w) => [w.name, w] as const))("%s", (_name, api) => {
  it.each(corpusLabels().map(([f]) => f))("reads %s into the same model as the .docx reader, in one sync", async (file) => {
    const { host, gateway } = openInWord(file, api);
    const fromFile = await readDocxFile(fixture(file));
    const before = host.syncCount;
    const { model } = await gateway.check(pack, { mark: false });
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    const shape = (m: typeof model) => m.blocks.map((b) => [b.kind, b.level, b.text, b.bold, b.table ?? null, b.controls.map((c) => c.tag)]);
    expect(shape(model)).toEqual(shape(fromFile));
  });
});

describe("check, insert, read again", () => {
  it.each(cases)("%s in %s", async (file, _name, api, status) => {
    const { host, gateway } = openInWord(file, api);
    const first = await gateway.check(pack);
    expect(first.report.sections[0].status).toBe(status);
    if (first.report.findings.some((f) => f.blocks)) expect(first.markingMode).toBe(api.microsoft365 && api.wordApi >= "1.7" ? "annotations" : api.wordApi >= "1.8" ? "highlight" : "list");
    const textBefore = host.doc.paragraphs.map((p) => p.text);

    if (status === "missing" || status === "empty") {
      const syncs = host.syncCount;
      const ins = await gateway.insertSection(pack, "equality");
      expect(host.syncCount - syncs).toBe(2); // one read, one insertion
      const again = await gateway.check(pack);
      const s = again.report.sections[0];
      expect(s.status).toBe("template");
      if (status === "missing") {
        expect(s.heading).toBe("Jämställdhet");
        // Where the pack says (after "Resurser och finansiering" … or before "Beslutsunderlag" …), as planned on the first read.
        const blocks = again.model.blocks;
        const plan = planSectionInsertion(first.model, pack.sections[0]);
        const at = plan.anchor === null ? blocks.length - ins.texts.length : plan.where === "After" ? plan.anchor + 1 : plan.anchor;
        expect(s.headingBlock).toBe(at);
        expect(blocks[s.headingBlock!].kind).toBe("heading");
      }
      expect(ins.texts.length).toBeGreaterThan(1);
    } else {
      const before = first.report.sections[0];
      await gateway.insertQuestions(pack, "equality", "impact");
      const again = await gateway.check(pack);
      const s = again.report.sections[0];
      const q = again.model.blocks.findIndex((b) => b.text.startsWith("Vilka konsekvenser får förslaget"));
      expect(q).toBeGreaterThan(s.headingBlock ?? -1);
      expect(q).toBeLessThanOrEqual(s.body!.end);
      // Questions are template text: they never change the judgement of the officer's text.
      expect(s.status).toBe(before.status === "template" ? "template" : before.status);
      // The officer's own paragraphs are all still there, in order.
      const now = host.doc.paragraphs.map((p) => p.text);
      expect(now.filter((t) => textBefore.includes(t))).toEqual(textBefore);
    }

    await gateway.clearMarks();
    expect(host.doc.annotations).toEqual([]);
    expect(host.doc.temporaryHighlights).toEqual([]);
    expect(host.doc.controls.filter((c) => c.tag === MARK_TAG)).toEqual([]);
    expect(host.doc.paragraphs.every((p) => p.highlight.every((h) => h === null))).toBe(true);

    // Saved to .docx, the file reads back with the same result.
    const saved = readDocx(host.save(), file);
    expect(analyze(saved, pack).sections[0].status).toBe((await gateway.check(pack, { mark: false })).report.sections[0].status);
  });
});

describe("Word errors", () => {
  it("a protected document: a clear problem, nothing inserted", async () => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.9");
    host.doc.protected = true;
    const before = host.doc.paragraphs.map((p) => p.text);
    const e = await gateway.insertSection(pack, "equality").catch((x) => x);
    expect(e).toBeInstanceOf(WordFailure);
    expect(e.problem.code).toBe("refused");
    expect(host.doc.paragraphs.map((p) => p.text)).toEqual(before);
    // A check still works and says what it found; marks are skipped.
    expect((await gateway.check(pack)).report.sections[0].status).toBe("missing");
  });

  it("Word failing half-way through an insertion leaves nothing half-inserted", async () => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.9");
    const before = host.doc.paragraphs.map((p) => p.text);
    host.runtime.fault = { onWrite: 5, code: "GeneralException", message: "Simulated failure" };
    const e = await gateway.insertSection(pack, "equality").catch((x) => x);
    expect(e).toBeInstanceOf(WordFailure);
    expect(host.doc.paragraphs.map((p) => p.text)).toEqual(before);
  });

  it("a missing requirement set is a clear problem", async () => {
    const { host, gateway } = openInWord("dev-04-parkeringshus.docx", "1.1");
    const e = await gateway.check(pack).catch((x) => x);
    expect(e).toBeInstanceOf(WordFailure);
    expect(e.problem.code).toBe("requirement");
    expect(host.doc.paragraphs.length).toBeGreaterThan(0);
  });

  it("go to selects the text, and refuses when the text has changed", async () => {
    const { host, gateway } = openInWord("dev-09-folkhalsa.docx", "1.3");
    const { report, model } = await gateway.check(pack);
    const s = report.sections[0];
    await gateway.goTo({ start: s.headingBlock!, end: s.headingBlock! }, { text: model.blocks[s.headingBlock!].text });
    expect(host.doc.rangeText(host.doc.selection!)).toBe("Jämställdhet");
    await gateway.goTo({ start: s.body!.start, end: s.body!.start }, { text: model.blocks[s.body!.start].text, phrase: "flickor" });
    expect(host.doc.rangeText(host.doc.selection!)).toBe("flickor");
    const e = await gateway.goTo({ start: 3, end: 3 }, { text: "Text som inte finns" }).catch((x) => x);
    expect(e.problem.code).toBe("changed");
  });

  it("an insertion can be undone while its text is unchanged", async () => {
    const { host, gateway } = openInWord("dev-02-fardtjanst.docx", "1.9");
    const before = host.doc.paragraphs.map((p) => p.text);
    const ins = await gateway.insertSection(pack, "equality");
    expect(await gateway.removeInsertion(ins)).toBe(true);
    expect(host.doc.paragraphs.map((p) => p.text)).toEqual(before);
  });
});
