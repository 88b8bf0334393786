// Puts the two halves of the review together: the controls in the text and the records in the
// XML part. Nothing is dropped: a control without a record is listed from its visible text, a
// record without a control is listed as detached, duplicates and damaged records are reported.
import { idOfTag, type CommentStatus, type ReviewComment } from "./model";
import { parseVisible } from "./visible";
import { parseReview, type RecordProblem } from "./xml";

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
}

export interface ReviewState {
  comments: ListedComment[];
  problems: RecordProblem[];
}

export function reconcile(controls: readonly CommentControl[], partXmls: readonly string[]): ReviewState {
  const problems: RecordProblem[] = [];
  const records: ReviewComment[] = [];
  for (const xml of partXmls) {
    const parsed = parseReview(xml);
    records.push(...parsed.records);
    problems.push(...parsed.problems);
  }
  if (partXmls.length > 1) problems.push({ kind: "duplicate-record", id: null, detail: `the document holds ${partXmls.length} review parts; their records are merged` });
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  const controlIds = new Set<string>();
  const comments: ListedComment[] = [];
  for (const c of controls) {
    const id = idOfTag(c.tag);
    if (!id || controlIds.has(id)) continue;
    controlIds.add(id);
    const mine = records.filter((r) => r.id === id);
    if (mine.length) {
      mine.forEach((r, i) => comments.push({ id, anchoring: "anchored", comment: r, ...(i > 0 || mine.length > 1 ? { duplicate: true } : {}) }));
      continue;
    }
    const v = parseVisible(c.text);
    const status: CommentStatus = v.status ?? "open";
    const at = v.date ? `${v.date}T00:00:00.000Z` : "";
    comments.push({
      id,
      anchoring: "orphaned",
      comment: { id, author: { name: v.author ?? "?", role: v.role ?? "annan" }, criterion: null, text: v.text, quote: "", status, createdAt: at, updatedAt: at, replies: [], history: [] },
    });
  }
  for (const r of records) {
    if (controlIds.has(r.id)) continue;
    comments.push({ id: r.id, anchoring: "detached", comment: r, ...((counts.get(r.id) ?? 0) > 1 ? { duplicate: true } : {}) });
  }
  return { comments, problems };
}
