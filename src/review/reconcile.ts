// Puts the two halves of the review together: the controls in the text and the records in the
// XML part. Nothing is dropped: a control without a record is listed from its visible text, a
// record without a control is listed as detached, duplicates and damaged records are reported.
import { idOfTag, type CommentStatus, type ReviewComment } from "./model";
import { crossCheck, neutraliseNames, type CheckedField } from "./identity";
import { parseVisible } from "./visible";
import { readPart, type RecordProblem } from "./xml";

export interface CommentControl {
  tag: string;
  text: string;
}

export type Anchoring = "anchored" | "orphaned" | "detached";

export interface ListedComment {
  id: string;
  /** anchored: control and record; orphaned: control only (record lost); detached: record only (control lost). */
  anchoring: Anchoring;
  comment: ReviewComment;
  /** Set when two records share this id. */
  duplicate?: boolean;
  /** Which of the records sharing this id (0-based, in document order): what a write targets. */
  copy?: number;
  /** The record sits in a damaged part: shown and kept as it is, never changed. */
  locked?: boolean;
  /** What the record and the visible text (or the record's history) disagree on: one was edited by hand. */
  disagrees?: CheckedField[];
  /** A control without a record says this status; it is listed as open, since nothing bears it out. */
  claimedStatus?: CommentStatus;
  /** A name held characters that reorder text (e.g. U+202E); it is shown without them. */
  bidi?: boolean;
}

export interface ReviewState {
  comments: ListedComment[];
  problems: RecordProblem[];
}

export function reconcile(controls: readonly CommentControl[], partXmls: readonly string[]): ReviewState {
  const problems: RecordProblem[] = [];
  const records: ReviewComment[] = [];
  const locked = new Set<ReviewComment>();
  for (const xml of partXmls) {
    const parsed = readPart(xml);
    records.push(...parsed.records);
    if (!parsed.layout) parsed.records.forEach((r) => locked.add(r));
    problems.push(...parsed.problems);
  }
  const flags = (r: ReviewComment, copy: number, copies: number) => ({ ...(copies > 1 ? { duplicate: true, copy } : {}), ...(locked.has(r) ? { locked: true } : {}) });
  if (partXmls.length > 1) problems.push({ kind: "several-parts", id: null, detail: `the document holds ${partXmls.length} review parts; the comments of all are listed` });
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  const controlIds = new Set<string>();
  const comments: ListedComment[] = [];
  const list = (item: ListedComment, controlText: string | null): void => {
    const { comment, bidi } = neutraliseNames(item.comment);
    const out: ListedComment = { ...item, comment, ...(bidi ? { bidi } : {}) };
    if (item.anchoring !== "orphaned") {
      const { fields, status } = crossCheck(item.comment, controlText);
      if (fields.length) {
        out.disagrees = fields;
        out.comment = { ...comment, status };
        problems.push({ kind: "disagreement", id: item.id, detail: `the record of comment ${item.id} and the comment's text in the document (or its own history) disagree on: ${fields.join(", ")}` });
      }
    }
    comments.push(out);
  };
  for (const c of controls) {
    const id = idOfTag(c.tag);
    if (!id || controlIds.has(id)) continue;
    controlIds.add(id);
    const mine = records.filter((r) => r.id === id);
    if (mine.length) {
      mine.forEach((r, i) => list({ id, anchoring: "anchored", comment: r, ...flags(r, i, mine.length) }, c.text));
      continue;
    }
    const v = parseVisible(c.text);
    const at = v.date ? `${v.date}T00:00:00.000Z` : "";
    list(
      {
        id,
        anchoring: "orphaned",
        comment: { id, author: { name: v.author ?? "?", role: v.role ?? "annan" }, criterion: null, text: v.text, quote: "", status: "open", createdAt: at, updatedAt: at, replies: [], history: [] },
        ...(v.status && v.status !== "open" ? { claimedStatus: v.status } : {}),
      },
      c.text,
    );
  }
  const copies = new Map<string, number>();
  for (const r of records) {
    const copy = copies.get(r.id) ?? 0;
    copies.set(r.id, copy + 1);
    if (controlIds.has(r.id)) continue;
    list({ id: r.id, anchoring: "detached", comment: r, ...flags(r, copy, counts.get(r.id) ?? 0) }, null);
  }
  return { comments, problems };
}
