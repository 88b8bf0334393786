// Reviewer comments: who said what about which criterion, the replies, and the status history.
// Pure: the same in the pane, the CLI and tests.
export const ROLES = ["granskare", "handläggare", "annan"] as const;
export type Role = (typeof ROLES)[number];
export const COMMENT_STATUSES = ["open", "answered", "resolved"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export interface Person {
  name: string;
  role: Role;
}

export interface Reply {
  id: string;
  author: Person;
  at: string;
  text: string;
}

export interface StatusChange {
  status: CommentStatus;
  at: string;
  by: string;
}

export interface ReviewComment {
  id: string;
  author: Person;
  /** A criterion id of the guidance pack, or null for a general comment. */
  criterion: string | null;
  text: string;
  /** The words the comment is about, as they stood when it was written. */
  quote: string;
  status: CommentStatus;
  createdAt: string;
  updatedAt: string;
  replies: Reply[];
  history: StatusChange[];
}

export { COMMENT_TAG_PREFIX as TAG_PREFIX } from "../analysis/model";
import { COMMENT_TAG_PREFIX as TAG_PREFIX } from "../analysis/model";
export const tagOf = (id: string): string => `${TAG_PREFIX}${id}`;
export const idOfTag = (tag: string): string | null => (tag.startsWith(TAG_PREFIX) ? tag.slice(TAG_PREFIX.length) : null);

export function newComment(input: { id: string; author: Person; criterion: string | null; text: string; quote: string; at: string }): ReviewComment {
  return {
    id: input.id,
    author: input.author,
    criterion: input.criterion,
    text: input.text.trim(),
    quote: input.quote.trim().slice(0, 300),
    status: "open",
    createdAt: input.at,
    updatedAt: input.at,
    replies: [],
    history: [{ status: "open", at: input.at, by: input.author.name }],
  };
}

/** A reply by someone other than the author answers an open comment. */
export function addReply(c: ReviewComment, reply: Reply): ReviewComment {
  const answers = c.status === "open" && reply.author.name !== c.author.name;
  const next: ReviewComment = { ...c, replies: [...c.replies, { ...reply, text: reply.text.trim() }], updatedAt: reply.at };
  return answers ? withStatus(next, "answered", reply.at, reply.author.name) : next;
}

/** open → answered → resolved, and a resolved or answered comment can be reopened. */
export function withStatus(c: ReviewComment, status: CommentStatus, at: string, by: string): ReviewComment {
  if (status === c.status) return c;
  return { ...c, status, updatedAt: at, history: [...c.history, { status, at, by }] };
}

export function countByStatus(comments: readonly { status: CommentStatus }[]): Record<CommentStatus, number> {
  const out: Record<CommentStatus, number> = { open: 0, answered: 0, resolved: 0 };
  for (const c of comments) out[c.status]++;
  return out;
}
