// Issue 15 item 13: who wrote a comment and how far it has come are cross-checked between the
// record and the text any reader sees; a disagreement is flagged, a comment without a record
// never counts as done, and names cannot reorder the text around them.
import { countByStatus, newComment, withStatus, addReply, type ReviewComment } from "../../src/review/model";
import { reconcile } from "../../src/review/reconcile";
import { visibleText } from "../../src/review/visible";
import { serializeReview } from "../../src/review/xml";

const anna = { name: "Anna Berg", role: "granskare" as const };
const c1 = newComment({ id: "11111111-1111-4111-8111-111111111111", author: anna, criterion: null, text: "Beskriv konsekvenserna.", quote: "", at: "2026-11-24T09:00:00.000Z" });
const control = (c: ReviewComment) => ({ tag: `jamkoll:comment:${c.id}`, text: visibleText(c, null) });

describe("record and visible text are cross-checked", () => {
  it("a record whose author was edited is flagged", () => {
    const forged = { ...c1, author: { name: "Förvaltningschefen", role: "granskare" as const } };
    const s = reconcile([control(c1)], [serializeReview([forged])]);
    expect(s.comments[0].disagrees).toEqual(["author"]);
    expect(s.problems).toEqual([expect.objectContaining({ kind: "disagreement", id: c1.id })]);
  });

  it("a record edited to resolved while the text says open is flagged and not counted as resolved", () => {
    const forged: ReviewComment = { ...c1, status: "resolved" };
    const s = reconcile([control(c1)], [serializeReview([forged])]);
    expect(s.comments[0].disagrees).toEqual(["status"]);
    expect(countByStatus(s.comments.map((c) => c.comment))).toEqual({ open: 1, answered: 0, resolved: 0 });
  });

  it("a status the history does not bear out is flagged", () => {
    const forged: ReviewComment = { ...c1, status: "resolved" };
    const s = reconcile([{ tag: control(c1).tag, text: visibleText(forged, null) }], [serializeReview([forged])]);
    expect(s.comments[0].disagrees).toEqual(["status"]);
    expect(s.comments[0].comment.status).toBe("open");
  });

  it("comments written by Jämkoll raise no flag, whatever their history", () => {
    let c = addReply(c1, { id: "r1", author: { name: "Omar Said", role: "handläggare" }, at: "2026-11-24T10:00:00.000Z", text: "Klart, se stycke 3." });
    c = withStatus(c, "resolved", "2026-11-24T11:00:00.000Z", anna.name);
    const odd = newComment({ id: "22222222-2222-4222-8222-222222222222", author: { name: "Berg, Anna", role: "annan" }, criterion: "impact", text: "Med komma, och: kolon.", quote: "", at: "2026-11-24T09:00:00.000Z" });
    const s = reconcile([{ tag: control(c).tag, text: visibleText(c, "Konsekvenser") }, control(odd)], [serializeReview([c, odd])]);
    expect(s.problems).toEqual([]);
    expect(s.comments.map((x) => x.disagrees)).toEqual([undefined, undefined]);
    expect(s.comments[0].comment.status).toBe("resolved");
  });

  it("a hand-made control without a record does not count as resolved", () => {
    const handMade = { tag: "jamkoll:comment:33333333-3333-4333-8333-333333333333", text: "⟦Jämkoll-kommentar (löst) · Anna Berg, granskare, 2026-11-24: Allt klart.⟧" };
    const s = reconcile([handMade], []);
    expect(s.comments[0]).toMatchObject({ anchoring: "orphaned", claimedStatus: "resolved", comment: { status: "open" } });
    expect(countByStatus(s.comments.map((c) => c.comment)).resolved).toBe(0);
  });
});

describe("names cannot reorder the text around them", () => {
  it("bidi controls in an author's or a replier's name are taken out and flagged", () => {
    const spoof = { name: "Anna \u202Enrevö\u202C Berg", role: "granskare" as const };
    const c = addReply(newComment({ ...c1, author: spoof, quote: "", at: c1.createdAt }), { id: "r1", author: { name: "\u2067Omar\u2069", role: "handläggare" }, at: "2026-11-24T10:00:00.000Z", text: "Ja" });
    const s = reconcile([{ tag: control(c).tag, text: visibleText(c, null) }], [serializeReview([c])]);
    expect(s.comments[0].comment.author.name).toBe("Anna nrevö Berg");
    expect(s.comments[0].comment.replies[0].author.name).toBe("Omar");
    expect(s.comments[0].bidi).toBe(true);
    expect(s.comments[0].disagrees).toBeUndefined();
  });
});

describe("a name entered in the pane", () => {
  it("is stored without bidi controls", async () => {
    const { plainName } = await import("../../src/review/identity");
    expect(plainName(" Anna \u202Egreb\u202C ")).toBe("Anna greb");
  });
});
