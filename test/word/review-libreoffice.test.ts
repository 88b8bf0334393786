// A commented proposal through LibreOffice (.docx → .docx) keeps the controls' tags and the
// review XML part, and the CLI still lists every comment.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxPackage } from "../../src/docx/package";
import { reviewParts } from "../../src/docx/review";
import { addReply, newComment } from "../../src/review/model";
import { visibleText } from "../../src/review/visible";
import { ReviewGateway } from "../../src/word/comments";
import { cli } from "../helpers/cli";
import { convert, hasLibreOffice } from "../helpers/libreoffice";
import { describeWithTool } from "../helpers/system-tool";
import { openInWord } from "../helpers/word";

describeWithTool("LibreOffice (soffice)", hasLibreOffice(), "a commented proposal through LibreOffice", () => {
  it("keeps every comment", async () => {
    const { host } = openInWord("dev-12-tandvard.docx", "1.3");
    const review = new ReviewGateway({ run: (b) => Word.run(b), supports: (v) => Office.context.requirements.isSetSupported("WordApi", v) });
    const a = newComment({ id: "aaaaaaaa-0000-4000-8000-000000000001", author: { name: "Anna Berg", role: "granskare" }, criterion: "resources", text: "Hur fördelas kostnaden?", quote: "", at: "2026-11-24T09:00:00.000Z" });
    const b = newComment({ id: "aaaaaaaa-0000-4000-8000-000000000002", author: { name: "Anna Berg", role: "granskare" }, criterion: null, text: "Tydligt.", quote: "", at: "2026-11-24T09:10:00.000Z" });
    await review.add(a, visibleText(a, "Fördelning av resurser"), { kind: "block", block: 3, text: "Jämställdhet och jämlikhet" });
    // The visible text is made from the record as stored (answered, with its reply), or the two disagree.
    const answered = addReply(b, { id: "r", author: { name: "Omar", role: "handläggare" }, at: "2026-11-24T10:00:00.000Z", text: "Tack" });
    await review.add(answered, visibleText(answered, null), { kind: "end" });

    const roundTrip = convert(host.save(), "docx", "tandvard");
    expect(reviewParts(DocxPackage.open(roundTrip, "rt.docx"))).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), "jk-lo-rev-"));
    writeFileSync(join(dir, "rt.docx"), roundTrip);
    const out = JSON.parse((await cli("review", "--json", join(dir, "rt.docx"))).out)[0];
    expect(out.problems).toEqual([]);
    expect(out.comments.map((c: { id: string; anchoring: string }) => [c.id, c.anchoring])).toEqual([
      [a.id, "anchored"],
      [b.id, "anchored"],
    ]);
  }, 180000);
});
