// The full review record in the document: a custom XML part with namespace urn:jamkoll:review:1,
// one <comment> per uuid with its replies and status history.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import { layoutOf, type PartLayout, type Span } from "./layout";
import { COMMENT_STATUSES, ROLES, type CommentStatus, type Person, type ReviewComment, type Role } from "./model";

export const REVIEW_NS = "urn:jamkoll:review:1";
/** Word on the web rejects a custom XML part larger than this. */
export const MAX_PART_BYTES = 1024 * 1024;

export interface RecordProblem {
  kind: "malformed-part" | "malformed-record" | "duplicate-record" | "several-parts" | "disagreement";
  id: string | null;
  detail: string;
}

export interface ParsedPart {
  records: ReviewComment[];
  problems: RecordProblem[];
}

// XML 1.0 cannot hold most control characters: a pasted one must not make the record unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** The text without characters XML 1.0 cannot hold (the saved document would not open). */
export const dropForbidden = (s: string): string => s.replace(INVALID_XML, "");
const esc = (s: string): string => dropForbidden(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function person(tag: string, p: Person): string {
  return `<${tag} role="${esc(p.role)}">${esc(p.name)}</${tag}>`;
}

/** One <comment> element; `declareNs` when it goes into a part whose root uses a prefix. */
export function serializeComment(c: ReviewComment, declareNs = false): string {
  return (
    `<comment${declareNs ? ` xmlns="${REVIEW_NS}"` : ""} id="${esc(c.id)}" status="${c.status}" created="${esc(c.createdAt)}" updated="${esc(c.updatedAt)}"${c.criterion ? ` criterion="${esc(c.criterion)}"` : ""}>` +
    person("author", c.author) +
    `<text>${esc(c.text)}</text><quote>${esc(c.quote)}</quote>` +
    c.replies.map((r) => `<reply id="${esc(r.id)}" at="${esc(r.at)}">${person("author", r.author)}<text>${esc(r.text)}</text></reply>`).join("") +
    c.history.map((h) => `<status value="${h.status}" at="${esc(h.at)}" by="${esc(h.by)}"/>`).join("") +
    `</comment>`
  );
}

export function serializeReview(comments: readonly ReviewComment[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><review xmlns="${REVIEW_NS}" version="1">${comments.map((c) => serializeComment(c)).join("")}</review>`;
}

export function partBytes(xml: string): number {
  return new TextEncoder().encode(xml).length;
}

/** The little of the DOM the reader needs; both the browser's DOM and @xmldom/xmldom provide it. */
interface XmlElement {
  localName: string | null;
  prefix: string | null;
  namespaceURI: string | null;
  nodeType: number;
  textContent: string | null;
  firstChild: XmlElement | null;
  nextSibling: XmlElement | null;
  getAttribute(name: string): string | null;
}

/**
 * Parses with the browser's own DOMParser in the pane (so the bundle carries no XML library; the
 * pane's build maps @xmldom/xmldom to nothing) and with @xmldom/xmldom in Node.
 */
function parseDocument(xml: string): XmlElement | null {
  interface NativeDocument {
    documentElement: unknown;
    getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
  }
  const g = globalThis as { DOMParser?: new () => { parseFromString(s: string, t: string): NativeDocument }; window?: unknown };
  const Native = g.DOMParser;
  if (Native && g.window !== undefined) {
    const doc = new Native().parseFromString(xml, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) throw new Error(error.textContent?.trim().split("\n")[0] ?? "not well-formed");
    return doc.documentElement as unknown as XmlElement;
  }
  const doc = new XmlDomParser({
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(msg);
    },
  }).parseFromString(xml, "application/xml");
  return doc.documentElement as unknown as XmlElement;
}

const kids = (el: XmlElement, name: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.localName === name) out.push(n);
  return out;
};
const textOf = (el: XmlElement | undefined): string => el?.textContent ?? "";

function readPerson(el: XmlElement | undefined): Person | null {
  if (!el) return null;
  const role = el.getAttribute("role") ?? "";
  return { name: textOf(el), role: ((ROLES as readonly string[]).includes(role) ? role : "annan") as Role };
}

/** A <comment> element of a part: where it sits and what it says (`record` null when damaged). */
export interface StoredRecord {
  /** Null when the part cannot be edited record by record. */
  span: Span | null;
  id: string | null;
  record: ReviewComment | null;
}

export interface PartRead extends ParsedPart {
  entries: StoredRecord[];
  /** Set when the part can be changed one record at a time; null keeps it exactly as it is. */
  layout: PartLayout | null;
  /** The root element has a prefix, so a new record must declare the namespace itself. */
  prefixed: boolean;
}

// Not global, to report the first one.
// eslint-disable-next-line no-control-regex
const FIRST_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const codePoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

function readRecord(el: XmlElement, problems: RecordProblem[]): StoredRecord {
  const id = el.getAttribute("id");
  const author = readPerson(kids(el, "author")[0]);
  const status = el.getAttribute("status") as CommentStatus;
  const created = el.getAttribute("created");
  if (!id || !author || !COMMENT_STATUSES.includes(status) || !created) {
    problems.push({ kind: "malformed-record", id, detail: `a comment record lacks ${!id ? "its id" : !author ? "its author" : !created ? "its date" : "a valid status"}; it is kept as it is` });
    return { span: null, id, record: null };
  }
  const record: ReviewComment = {
    id,
    author,
    criterion: el.getAttribute("criterion") || null,
    text: textOf(kids(el, "text")[0]),
    quote: textOf(kids(el, "quote")[0]),
    status,
    createdAt: created,
    updatedAt: el.getAttribute("updated") ?? created,
    replies: kids(el, "reply").map((r) => ({ id: r.getAttribute("id") ?? "", at: r.getAttribute("at") ?? "", author: readPerson(kids(r, "author")[0]) ?? { name: "?", role: "annan" }, text: textOf(kids(r, "text")[0]) })),
    history: kids(el, "status").map((h) => ({ status: h.getAttribute("value") as CommentStatus, at: h.getAttribute("at") ?? "", by: h.getAttribute("by") ?? "" })),
  };
  return { span: null, id, record };
}

/**
 * Reads a review part: its records, what is wrong with it, and — when it is well-formed and
 * plain — where each record sits, so a write can change one record and keep every other byte.
 * A part holding characters XML does not allow is read without them, to show its comments, but
 * is never edited.
 */
export function readPart(xml: string): PartRead {
  const problems: RecordProblem[] = [];
  const none = (detail: string): PartRead => ({ records: [], problems: [{ kind: "malformed-part", id: null, detail }], entries: [], layout: null, prefixed: false });
  if (/<!DOCTYPE/i.test(xml)) return none("the review record declares a document type, which Jämkoll does not read; it is kept as it is");
  const bad = FIRST_INVALID.exec(xml);
  if (bad) problems.push({ kind: "malformed-part", id: null, detail: `the review record holds a character XML does not allow (${codePoint(bad[0])}); its comments are shown, and kept as they are, but cannot be changed` });
  let root: XmlElement | null = null;
  try {
    root = parseDocument(bad ? xml.replace(INVALID_XML, "") : xml);
  } catch (e) {
    return none(`the review record is not valid XML (${(e as Error).message}); it is kept as it is`);
  }
  if (!root || root.localName !== "review" || root.namespaceURI !== REVIEW_NS) return none(`the part is not a ${REVIEW_NS} review`);
  const layout = bad ? null : layoutOf(xml);
  const elements: XmlElement[] = [];
  for (let n = root.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) elements.push(n);
  const spans = layout && layout.children.length === elements.length ? layout.children : null;
  const entries: StoredRecord[] = [];
  const records: ReviewComment[] = [];
  const seen = new Set<string>();
  elements.forEach((el, i) => {
    if (el.localName !== "comment" || el.namespaceURI !== REVIEW_NS) return;
    const entry = { ...readRecord(el, problems), span: spans?.[i] ?? null };
    entries.push(entry);
    if (!entry.record) return;
    if (seen.has(entry.record.id)) problems.push({ kind: "duplicate-record", id: entry.record.id, detail: `two records share the id ${entry.record.id}; both are listed` });
    seen.add(entry.record.id);
    records.push(entry.record);
  });
  return { records, problems, entries, layout: spans ? layout : null, prefixed: Boolean(root.prefix) };
}

export function parseReview(xml: string): ParsedPart {
  const { records, problems } = readPart(xml);
  return { records, problems };
}
