// Issue 15, data loss: the pane never deletes what it did not understand, a write changes only the
// record it is about, two panes never overwrite each other, and sizes are checked before anything
// in the document changes.
import { addReply, newComment, withStatus, type ReviewComment } from "../../src/review/model";
import { REVIEW_NS, serializeReview } from "../../src/review/xml";
import { visibleText } from "../../src/review/visible";
import { ReviewGateway } from "../../src/word/comments";
import { WordFailure } from "../../src/word/problems";
import type { WordHost } from "../../word-host";
import { openInWord } from "../helpers/word";

const anna = { name: "Anna Berg", role: "granskare" as const };
const omar = { name: "Omar Said", role: "handläggare" as const };
const api = () => ({ run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b), supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v) });
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
const at = (h: number) => `2026-11-24T${String(h).padStart(2, "0")}:00:00.000Z`;

async function withTwoComments(): Promise<{ host: WordHost; review: ReviewGateway; a: ReviewComment; b: ReviewComment }> {
  const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
  const review = new ReviewGateway(api());
  const a = newComment({ id: uuid(), author: anna, criterion: null, text: "Första", quote: "", at: at(9) });
  const b = newComment({ id: uuid(), author: anna, criterion: null, text: "Andra", quote: "", at: at(9) });
  await review.add(a, visibleText(a, null), { kind: "end" });
  await review.add(b, visibleText(b, null), { kind: "end" });
  return { host, review, a, b };
}

const reviewPartsOf = (host: WordHost) => host.doc.customXmlParts.filter((p) => p.xml.includes(REVIEW_NS));
const vis = (c: ReviewComment) => visibleText(c, null);
const reply =
  (author = omar, text = "Svar", h = 10) =>
  (c: ReviewComment) =>
    addReply(c, { id: uuid(), author, at: at(h), text });
const resolve = (h: number) => (c: ReviewComment) => withStatus(c, "resolved", at(h), anna.name);

describe("a write never erases what the pane did not understand", () => {
  const damaged = `<comment id="dddddddd-0000-4000-8000-000000000000" status="open"><author role="granskare">Eva</author><text>Utan datum  &amp; kvar</text></comment>`;
  const foreign = `<x:extension xmlns:x="urn:example:other" note='kept'>data</x:extension>`;

  it("a damaged record and an unknown element stay byte for byte; other records are unchanged", async () => {
    const { host, review, a, b } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    part.xml = part.xml.replace("</review>", `${damaged}${foreign}</review>`);

    await review.update({ id: a.id }, reply(), vis);
    await review.update({ id: b.id }, resolve(11), vis);

    const [after] = reviewPartsOf(host);
    expect(after.xml).toContain(damaged);
    expect(after.xml).toContain(foreign);
    const listed = await review.list();
    expect(listed.problems).toEqual([expect.objectContaining({ kind: "malformed-record", id: "dddddddd-0000-4000-8000-000000000000" })]);
    expect(listed.comments.find((c) => c.id === a.id)!.comment.replies).toHaveLength(1);
    expect(listed.comments.find((c) => c.id === b.id)!.comment.status).toBe("resolved");
  });

  it("a reply leaves every other record exactly as it was stored", async () => {
    const { host, review, a, b } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    // Written by another tool: single quotes, an entity form and whitespace this serializer never writes.
    const otherB = `<comment  id='${b.id}' status='open' created='${at(9)}' updated='${at(9)}'>\n  <author role='granskare'>Anna Berg</author><text>Andra &#x26; sista</text><quote/>\n</comment>`;
    part.xml = part.xml.replace(/<comment id="[^"]+" status="open" created="[^"]+" updated="[^"]+">(?:(?!<\/comment>)[\s\S])*<\/comment>(?=<\/review>)/, otherB);
    expect(part.xml).toContain(otherB);
    await review.update({ id: a.id }, reply(), vis);
    expect(reviewPartsOf(host)[0].xml).toContain(otherB);
  });

  it.each([
    ["not well-formed", (xml: string) => xml.replace("</review>", "<comment")],
    ["holding U+001B", (xml: string) => xml.replace("Andra", "An\u001bdra")],
  ])("a review part that is %s is kept, byte for byte, and still reported", async (_kind, spoil) => {
    const { host, review, a, b } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    const spoiled = spoil(part.xml);
    part.xml = spoiled;
    const c = newComment({ id: uuid(), author: anna, criterion: null, text: "Tredje", quote: "", at: at(12) });
    await review.add(c, visibleText(c, null), { kind: "end" });
    await review.update({ id: c.id }, reply(), vis);
    await review.update({ id: c.id }, resolve(13), vis);
    await review.remove({ id: c.id });
    expect(host.doc.customXmlParts.map((p) => p.xml)).toContain(spoiled);
    const listed = await review.list();
    expect(listed.problems.map((p) => p.kind)).toContain("malformed-part");
    // The comments whose record is unreadable are still listed from their controls.
    expect(listed.comments.map((x) => x.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });
});

describe("two panes on one document", () => {
  it("a pane acting on a stale listing keeps the other pane's reply and status change", async () => {
    const { host, a } = await withTwoComments();
    const left = new ReviewGateway(api());
    const right = new ReviewGateway(api());
    const stale = (await left.list()).comments.find((c) => c.id === a.id)!;
    await right.update({ id: a.id }, reply(omar, "Svar från höger", 10), vis);
    // The left pane still shows the comment as open, without the reply; it answers and resolves.
    expect(stale.comment.replies).toEqual([]);
    await left.update({ id: stale.id, copy: stale.copy }, (s) => resolve(12)(reply({ name: "Lena Ek", role: "handläggare" }, "Svar från vänster", 11)(s)), vis);

    const record = (await left.list()).comments.find((c) => c.id === a.id)!.comment;
    expect(record.replies.map((r) => r.text)).toEqual(["Svar från höger", "Svar från vänster"]);
    expect(record.history.map((h) => h.status)).toEqual(["open", "answered", "resolved"]);
    expect(record.status).toBe("resolved");
    expect(reviewPartsOf(host)).toHaveLength(1);
  });

  it("two panes writing at the same moment keep both replies, in one part", async () => {
    const { host, a, b } = await withTwoComments();
    const left = new ReviewGateway(api());
    const right = new ReviewGateway(api());
    await Promise.all([left.update({ id: a.id }, reply(omar, "Ett", 10), vis), right.update({ id: b.id }, reply({ name: "Lena Ek", role: "handläggare" }, "Två", 10), vis)]);
    const listed = await left.list();
    expect(listed.comments.map((c) => c.comment.replies.map((r) => r.text))).toEqual([["Ett"], ["Två"]]);
    expect(reviewPartsOf(host)).toHaveLength(1);
    expect(listed.problems).toEqual([]);
  });

  it("two panes changing one comment at once: both replies kept, and its visible text shows the record as stored", async () => {
    const { host, a } = await withTwoComments();
    const left = new ReviewGateway(api());
    const right = new ReviewGateway(api());
    await Promise.all([left.update({ id: a.id }, reply(omar, "Vänster", 10), vis), right.update({ id: a.id }, (s) => resolve(11)(reply({ name: "Lena Ek", role: "handläggare" }, "Höger", 10)(s)), vis)]);
    const listed = await left.list();
    const record = listed.comments.find((c) => c.id === a.id)!.comment;
    expect(record.replies.map((r) => r.text).sort()).toEqual(["Höger", "Vänster"]);
    expect(record.status).toBe("resolved");
    expect(listed.problems).toEqual([]);
    expect(host.doc.paragraphs.find((p) => p.text.includes("Första"))!.text).toContain("(löst)");
  });

  it("a reply to a comment the other pane deleted is refused, and the comment is not brought back", async () => {
    const { host, a } = await withTwoComments();
    const left = new ReviewGateway(api());
    const right = new ReviewGateway(api());
    const stale = (await left.list()).comments.find((c) => c.id === a.id)!;
    await right.remove({ id: a.id });
    const e = await left.update({ id: stale.id, copy: stale.copy }, reply(), vis).catch((x) => x);
    expect(e).toBeInstanceOf(WordFailure);
    expect(e.problem.code).toBe("stale");
    expect((await left.list()).comments.map((c) => c.id)).not.toContain(a.id);
    expect(reviewPartsOf(host)[0].xml).not.toContain(a.id);
  });
});

describe("duplicates and sizes", () => {
  it("a reply to one copy of a duplicated record leaves the other copy as it was", async () => {
    const { host, review, a } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    const copy = { ...a, text: "Den andra versionen" };
    part.xml = part.xml.replace("</review>", serializeReview([copy]).replace(/^[\s\S]*?<comment /, "<comment "));
    const listed = await review.list();
    expect(listed.comments.filter((c) => c.id === a.id).map((c) => c.comment.text)).toEqual(["Första", "Den andra versionen"]);
    const first = listed.comments.find((c) => c.id === a.id)!;
    expect(first).toMatchObject({ duplicate: true, copy: 0 });
    await review.update({ id: a.id, copy: first.copy }, reply(), vis);
    const after = (await review.list()).comments.filter((c) => c.id === a.id).map((c) => [c.comment.text, c.comment.replies.length]);
    expect(after).toEqual([
      ["Första", 1],
      ["Den andra versionen", 0],
    ]);
  });

  it("deleting when the part is over 1 MB is refused before the control goes", async () => {
    const { host, review, a } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    const big = newComment({ id: uuid(), author: anna, criterion: null, text: "x".repeat(1100 * 1024), quote: "", at: at(9) });
    part.xml = part.xml.replace("</review>", serializeReview([big]).replace(/^[\s\S]*?<comment /, "<comment "));
    const e1 = await review.update({ id: a.id }, resolve(10), vis).catch((x) => x);
    expect(e1).toBeInstanceOf(WordFailure);
    expect(host.doc.paragraphs.some((p) => p.text.includes("(löst)"))).toBe(false);
    const e2 = await review.remove({ id: a.id }).catch((x) => x);
    expect(e2).toBeInstanceOf(WordFailure);
    expect(e2.problem.code).toBe("too-large");
    expect(host.doc.controls.filter((c) => c.tag === `jamkoll:comment:${a.id}`)).toHaveLength(1);
    expect((await review.list()).comments.find((c) => c.id === a.id)!.anchoring).toBe("anchored");
  });
});

describe("a review part written by another tool", () => {
  it("is found by its root's namespace however late it is declared, and a reply goes into it with that namespace", async () => {
    const { host, review, a } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    const records = part.xml.slice(part.xml.indexOf("<comment "), part.xml.indexOf("</review>")).replace(/<(\/?)(comment|author|text|quote|status|reply)\b/g, "<$1r:$2");
    part.xml = `<?xml version="1.0"?><!-- ${"Exporterad av ärendesystemet. ".repeat(20)} --><r:review xmlns:r="${REVIEW_NS}" version="1">${records}</r:review>`;
    const before = part.xml;
    expect((await review.list()).comments.map((c) => c.anchoring)).toEqual(["anchored", "anchored"]);
    await review.update({ id: a.id }, reply(), vis);
    const [after] = host.doc.customXmlParts;
    expect(host.doc.customXmlParts).toHaveLength(1);
    expect(after.xml.startsWith(before.slice(0, before.indexOf(`<r:comment id="${a.id}"`)))).toBe(true);
    expect((await review.list()).comments.find((c) => c.id === a.id)!.comment.replies).toHaveLength(1);
  });

  it("Word refuses a custom XML part that is not well-formed", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
    const added = await new Promise<{ status: string }>((resolve) => Office.context.document.customXmlParts.addAsync("<review xmlns='urn:jamkoll:review:1'><comment", (r) => resolve({ status: String(r.status) })));
    expect(added.status).toBe("failed");
    expect(host.doc.customXmlParts).toEqual([]);
  });
});

describe("a detached comment put back in the text", () => {
  it("gets a control at the selection; its record, written by another tool, is not touched", async () => {
    const { host, review, b } = await withTwoComments();
    const [part] = reviewPartsOf(host);
    const otherB = `<comment id='${b.id}' status='answered' created='${at(9)}' updated='${at(10)}'><author role='granskare'>Anna Berg</author><text>Andra</text><quote/><reply id='r9' at='${at(10)}'><author role='handläggare'>Omar Said</author><text>Ja</text></reply><status value='open' at='${at(9)}' by='Anna Berg'/><status value='answered' at='${at(10)}' by='Omar Said'/></comment>`;
    part.xml = part.xml.replace(/<comment id="[^"]+" status="open" created="[^"]+" updated="[^"]+">(?:(?!<\/comment>)[\s\S])*<\/comment>(?=<\/review>)/, otherB);
    host.doc.controls = host.doc.controls.filter((x) => x.tag !== `jamkoll:comment:${b.id}`);
    const before = part.xml;
    const detached = (await review.list()).comments.find((c) => c.id === b.id)!;
    expect(detached.anchoring).toBe("detached");
    host.runtime.moveCursor(2);
    await review.reattach({ id: b.id, copy: detached.copy }, vis);
    expect(reviewPartsOf(host).map((p) => p.xml)).toEqual([before]);
    const listed = await review.list();
    expect(listed.comments.find((c) => c.id === b.id)).toMatchObject({ anchoring: "anchored", comment: { status: "answered" } });
    expect(listed.problems).toEqual([]);
  });
});

