// Reviewer comments on the Word host: add, reply, resolve, reopen, delete; save, reopen, the CLI
// reads the same; faults never lose a comment.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/analysis/analyze";
import { readDocx } from "../../src/docx/read";
import { defaultPack } from "../../src/guidance/default-pack";
import { addReply, newComment, withStatus, type ReviewComment } from "../../src/review/model";
import { visibleText } from "../../src/review/visible";
import { ReviewGateway } from "../../src/word/comments";
import { WordFailure } from "../../src/word/problems";
import { createWordHost } from "../../word-host";
import { cli } from "../helpers/cli";
import { API_LEVELS, openInWord } from "../helpers/word";

const anna = { name: "Anna Berg", role: "granskare" as const };
const omar = { name: "Omar Said", role: "handläggare" as const };
const api = () => ({ run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b), supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v) });
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

describe.each(API_LEVELS)("comments at WordApi %s", (level) => {
  it("add, reply, resolve, reopen, delete — and the save holds everything", async () => {
    const { host } = openInWord("dev-09-folkhalsa.docx", level);
    const review = new ReviewGateway(api());
    const textBefore = host.doc.paragraphs.map((p) => p.text);
    const section = analyze(readDocx(host.save(), "x"), defaultPack()).sections[0];
    const heading = section.headingBlock!;

    let c = newComment({ id: uuid(), author: anna, criterion: "sex-disaggregated-data", text: "Flytta siffrorna från Bakgrund hit.", quote: "", at: "2026-11-24T09:00:00.000Z" });
    c = await review.add(c, visibleText(c, "Könsuppdelad statistik"), { kind: "block", block: heading, text: "Jämställdhet" });
    const general = newComment({ id: uuid(), author: anna, criterion: null, text: "Bra förslag i övrigt.", quote: "", at: "2026-11-24T09:05:00.000Z" });
    await review.add(general, visibleText(general, null), { kind: "end" });

    // The officer's text is untouched; the comment sits right after the heading, locked.
    expect(host.doc.paragraphs.map((p) => p.text).filter((t) => !t.startsWith("⟦"))).toEqual(textBefore);
    expect(host.doc.paragraphs[heading + 1].text).toContain("Flytta siffrorna");
    const ctl = host.doc.controls.find((x) => x.tag === `jamkoll:comment:${c.id}`)!;
    expect(ctl).toMatchObject({ cannotEdit: true, cannotDelete: true });
    // A comment is not analysis: the status is what it was.
    expect(analyze(readDocx(host.save(), "x"), defaultPack()).sections[0].status).toBe("weak");

    const label = (x: ReviewComment) => visibleText(x, "Könsuppdelad statistik");
    c = await review.update({ id: c.id }, (s) => addReply(s, { id: uuid(), author: omar, at: "2026-11-24T10:00:00.000Z", text: "Flyttat." }), label);
    c = await review.update({ id: c.id }, (s) => withStatus(s, "resolved", "2026-11-24T11:00:00.000Z", anna.name), label);
    c = await review.update({ id: c.id }, (s) => withStatus(s, "open", "2026-11-24T12:00:00.000Z", anna.name), label);
    expect(host.doc.controls.find((x) => x.tag === `jamkoll:comment:${c.id}`)).toMatchObject({ cannotEdit: true });

    const listed = await review.list();
    expect(listed.problems).toEqual([]);
    expect(listed.comments.map((x) => [x.anchoring, x.comment.status, x.comment.replies.length])).toEqual([
      ["anchored", "open", 1],
      ["anchored", "open", 0],
    ]);
    expect(listed.comments[0].comment.history.map((h) => h.status)).toEqual(["open", "answered", "resolved", "open"]);

    // Saved and reopened: identical. The CLI reads the same comments from the file.
    const bytes = host.save();
    const again = createWordHost(bytes, { wordApi: level });
    again.install();
    expect(await new ReviewGateway(api()).list()).toEqual(listed);
    const dir = mkdtempSync(join(tmpdir(), "jk-rev-"));
    writeFileSync(join(dir, "p.docx"), bytes);
    const out = JSON.parse((await cli("review", "--json", join(dir, "p.docx"))).out);
    expect(out[0].comments.map((x: { id: string; status: string; text: string }) => [x.id, x.status, x.text])).toEqual(listed.comments.map((x) => [x.id, x.comment.status, x.comment.text]));
    expect(JSON.parse((await cli("check", "--json", join(dir, "p.docx"))).out)[0].comments).toEqual({ open: 2, answered: 0, resolved: 0 });

    // Delete the general one (resolved first, as the pane requires).
    await new ReviewGateway(api()).remove({ id: general.id });
    const after = await new ReviewGateway(api()).list();
    expect(after.comments.map((x) => x.id)).toEqual([c.id]);
    expect(again.doc.paragraphs.some((p) => p.text.includes("Bra förslag"))).toBe(false);
  });
});

describe("faults", () => {
  it("the XML part removed: comments are still listed from their controls", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
    const review = new ReviewGateway(api());
    const c = newComment({ id: uuid(), author: anna, criterion: "resources", text: "Vilka branscher?", quote: "", at: "2026-11-24T09:00:00.000Z" });
    await review.add(c, visibleText(c, "Fördelning av resurser"), { kind: "end" });
    host.doc.customXmlParts = [];
    const s = await review.list();
    expect(s.comments).toEqual([expect.objectContaining({ anchoring: "orphaned", comment: expect.objectContaining({ text: "Vilka branscher?", status: "open" }) })]);
  });

  it("a control removed (a paste on the web): its record is listed as detached", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
    const review = new ReviewGateway(api());
    const c = newComment({ id: uuid(), author: anna, criterion: null, text: "Kommentar", quote: "", at: "2026-11-24T09:00:00.000Z" });
    await review.add(c, visibleText(c, null), { kind: "end" });
    host.doc.controls = host.doc.controls.filter((x) => !x.tag.startsWith("jamkoll:comment:"));
    expect((await review.list()).comments).toEqual([expect.objectContaining({ id: c.id, anchoring: "detached" })]);
  });

  it("a review too large for Word on the web fails before the text changes", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
    const review = new ReviewGateway(api());
    const before = host.doc.paragraphs.length;
    const c = newComment({ id: uuid(), author: anna, criterion: null, text: "x".repeat(1100 * 1024), quote: "", at: "2026-11-24T09:00:00.000Z" });
    const e = await review.add(c, visibleText(c, null), { kind: "end" }).catch((x) => x);
    expect(e).toBeInstanceOf(WordFailure);
    expect(e.problem.code).toBe("too-large");
    expect(host.doc.paragraphs.length).toBe(before);
  });

  it("Word rejecting the part takes the new control away again", async () => {
    const { host } = openInWord("dev-03-foretagsstod.docx", "1.9");
    (host.runtime.options as { maxCustomXmlBytes?: number }).maxCustomXmlBytes = 10;
    const review = new ReviewGateway(api());
    const c = newComment({ id: uuid(), author: anna, criterion: null, text: "Kort", quote: "", at: "2026-11-24T09:00:00.000Z" });
    await expect(review.add(c, visibleText(c, null), { kind: "end" })).rejects.toBeInstanceOf(WordFailure);
    expect(host.doc.controls.filter((x) => x.tag.startsWith("jamkoll:comment:"))).toEqual([]);
  });
});
