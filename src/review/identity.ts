// Who wrote a comment and how far it has come, as far as the document bears it out: the record
// is cross-checked against the visible text (which any reader sees, and which an edit of the
// record alone does not change) and against its own status history; names lose the characters
// that reorder the text around them (U+202E would make "Anna ‮grebmoL‬" read as another name).
import { COMMENT_STATUSES, type CommentStatus, type ReviewComment } from "./model";
import { parseVisible, visibleHeader } from "./visible";

export type CheckedField = "status" | "author" | "role" | "date";

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** A name as the reviewer typed it, without bidi controls: what the pane stores. */
export const plainName = (name: string): string => name.replace(BIDI, "").trim();

/** The comment with bidi controls taken out of every name; `bidi` when there were any. */
export function neutraliseNames(c: ReviewComment): { comment: ReviewComment; bidi: boolean } {
  let bidi = false;
  const clean = (s: string): string => {
    const out = s.replace(BIDI, "");
    if (out !== s) bidi = true;
    return out;
  };
  const comment: ReviewComment = {
    ...c,
    author: { ...c.author, name: clean(c.author.name) },
    replies: c.replies.map((r) => ({ ...r, author: { ...r.author, name: clean(r.author.name) } })),
    history: c.history.map((h) => ({ ...h, by: clean(h.by) })),
  };
  return { comment, bidi };
}

/** The less finished of two statuses: nothing counts as further along than every source says. */
export const leastFinished = (a: CommentStatus, b: CommentStatus): CommentStatus => (COMMENT_STATUSES.indexOf(a) <= COMMENT_STATUSES.indexOf(b) ? a : b);

/**
 * Where the record and the control's visible text (or the record's own history) disagree, and
 * the status both bear out. Visible text written by Jämkoll opens exactly with visibleHeader().
 */
export function crossCheck(record: ReviewComment, controlText: string | null): { fields: CheckedField[]; status: CommentStatus } {
  const fields = new Set<CheckedField>();
  let status = record.status;
  const last = record.history[record.history.length - 1]?.status;
  if (last && (COMMENT_STATUSES as readonly string[]).includes(last) && last !== record.status) {
    fields.add("status");
    status = leastFinished(status, last);
  }
  if (controlText !== null && !controlText.trim().startsWith(visibleHeader(record))) {
    const v = parseVisible(controlText);
    if (v.status && v.status !== record.status) {
      fields.add("status");
      status = leastFinished(status, v.status);
    }
    if (v.author !== null && v.author !== record.author.name) fields.add("author");
    if (v.author !== null && v.role !== record.author.role) fields.add("role");
    if (v.date !== null && v.date !== record.createdAt.slice(0, 10)) fields.add("date");
  }
  return { fields: [...fields], status };
}
