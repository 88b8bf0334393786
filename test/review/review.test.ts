import { addReply, countByStatus, newComment, withStatus, type ReviewComment } from "../../src/review/model";
import { reconcile } from "../../src/review/reconcile";
import { parseVisible, visibleText } from "../../src/review/visible";
import { parseReview, REVIEW_NS, serializeReview } from "../../src/review/xml";

const anna = { name: "Anna Berg", role: "granskare" as const };
const omar = { name: "Omar Said", role: "handläggare" as const };
const c1 = newComment({ id: "11111111-1111-4111-8111-111111111111", author: anna, criterion: "impact", text: "Beskriv konsekvenserna för <kvinnor> & män.", quote: "Jämställdhet", at: "2026-11-24T09:00:00.000Z" });

describe("the review model", () => {
  it("open → answered by a reply → resolved → reopened, with history", () => {
    let c: ReviewComment = addReply(c1, { id: "r1", author: omar, at: "2026-11-24T10:00:00.000Z", text: "Tillagt i stycke 2." });
    expect(c.status).toBe("answered");
    c = withStatus(c, "resolved", "2026-11-24T11:00:00.000Z", anna.name);
    c = withStatus(c, "open", "2026-11-25T08:00:00.000Z", anna.name);
    expect(c.history.map((h) => h.status)).toEqual(["open", "answered", "resolved", "open"]);
    expect(countByStatus([c, c1])).toEqual({ open: 2, answered: 0, resolved: 0 });
  });

  it("encodes to the urn:jamkoll:review:1 part and back, identically", () => {
    const c = addReply(c1, { id: "r1", author: omar, at: "2026-11-24T10:00:00.000Z", text: "Klart \"nu\"." });
    const xml = serializeReview([c]);
    expect(xml).toContain(`xmlns="${REVIEW_NS}"`);
    expect(parseReview(xml)).toEqual({ records: [c], problems: [] });
  });

  it("drops characters XML cannot hold, so a pasted control character cannot spoil the record", () => {
    const c = { ...c1, text: "Rad\u0001ett\u000bslut" };
    expect(parseReview(serializeReview([c])).records[0].text).toBe("Radettslut");
  });

  it("shows the comment as text any reader understands, and reads it back", () => {
    const text = visibleText(c1, "Konsekvenser för kvinnor och män");
    expect(text).toBe("⟦Jämkoll-kommentar (öppen) · Anna Berg, granskare, 2026-11-24 · Konsekvenser för kvinnor och män: Beskriv konsekvenserna för <kvinnor> & män.⟧");
    expect(parseVisible(text)).toEqual({ status: "open", author: "Anna Berg", role: "granskare", date: "2026-11-24", criterionLabel: "Konsekvenser för kvinnor och män", text: "Beskriv konsekvenserna för <kvinnor> & män." });
  });
});

describe("reconciling controls and records never drops a comment", () => {
  const control = { tag: `jamkoll:comment:${c1.id}`, text: visibleText(c1, "Konsekvenser") };
  const c2 = newComment({ id: "22222222-2222-4222-8222-222222222222", author: anna, criterion: null, text: "Allmänt.", quote: "", at: "2026-11-24T09:30:00.000Z" });

  it("control and record: anchored", () => {
    expect(reconcile([control], [serializeReview([c1])]).comments).toEqual([{ id: c1.id, anchoring: "anchored", comment: c1 }]);
  });

  it("the part removed: listed from the control's visible text", () => {
    const s = reconcile([control], []);
    expect(s.comments[0]).toMatchObject({ anchoring: "orphaned", comment: { text: c1.text, status: "open", author: { name: "Anna Berg", role: "granskare" } } });
  });

  it("the control removed: the record is listed as detached", () => {
    expect(reconcile([], [serializeReview([c1, c2])]).comments.map((c) => [c.id, c.anchoring])).toEqual([
      [c1.id, "detached"],
      [c2.id, "detached"],
    ]);
  });

  it("two records with one id are both listed and reported", () => {
    const s = reconcile([control], [serializeReview([c1, { ...c1, text: "Annan version" }])]);
    expect(s.comments.map((c) => [c.comment.text, c.duplicate])).toEqual([
      [c1.text, true],
      ["Annan version", true],
    ]);
    expect(s.problems).toEqual([expect.objectContaining({ kind: "duplicate-record", id: c1.id })]);
  });

  it("a damaged part or record is reported, and the controls still listed", () => {
    const bad = reconcile([control], ["<review xmlns='urn:jamkoll:review:1'><comment"]);
    expect(bad.problems[0].kind).toBe("malformed-part");
    expect(bad.comments).toHaveLength(1);
    const half = reconcile([], [`<review xmlns="${REVIEW_NS}"><comment id="x" status="open"/></review>`]);
    expect(half.problems).toEqual([expect.objectContaining({ kind: "malformed-record", id: "x" })]);
  });
});

describe("a document with more than one review part", () => {
  it("says so as its own kind of problem, not as a duplicate record", () => {
    const c2 = newComment({ id: "22222222-2222-4222-8222-222222222222", author: anna, criterion: null, text: "Allmänt.", quote: "", at: "2026-11-24T09:30:00.000Z" });
    const s = reconcile([], [serializeReview([c1]), serializeReview([c2])]);
    expect(s.problems).toEqual([expect.objectContaining({ kind: "several-parts", id: null })]);
    expect(s.comments).toHaveLength(2);
  });
});
