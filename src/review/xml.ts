// The full review record in the document: a custom XML part with namespace urn:jamkoll:review:1,
// one <comment> per uuid with its replies and status history.
import { DOMParser as XmlDomParser } from "@xmldom/xmldom";
import { COMMENT_STATUSES, ROLES, type CommentStatus, type Person, type ReviewComment, type Role } from "./model";

export const REVIEW_NS = "urn:jamkoll:review:1";
/** Word on the web rejects a custom XML part larger than this. */
export const MAX_PART_BYTES = 1024 * 1024;

export interface RecordProblem {
  kind: "malformed-part" | "malformed-record" | "duplicate-record";
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
const esc = (s: string): string => s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function person(tag: string, p: Person): string {
  return `<${tag} role="${esc(p.role)}">${esc(p.name)}</${tag}>`;
}

export function serializeReview(comments: readonly ReviewComment[]): string {
  const body = comments
    .map(
      (c) =>
        `<comment id="${esc(c.id)}" status="${c.status}" created="${esc(c.createdAt)}" updated="${esc(c.updatedAt)}"${c.criterion ? ` criterion="${esc(c.criterion)}"` : ""}>` +
        person("author", c.author) +
        `<text>${esc(c.text)}</text><quote>${esc(c.quote)}</quote>` +
        c.replies.map((r) => `<reply id="${esc(r.id)}" at="${esc(r.at)}">${person("author", r.author)}<text>${esc(r.text)}</text></reply>`).join("") +
        c.history.map((h) => `<status value="${h.status}" at="${esc(h.at)}" by="${esc(h.by)}"/>`).join("") +
        `</comment>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><review xmlns="${REVIEW_NS}" version="1">${body}</review>`;
}

export function partBytes(xml: string): number {
  return new TextEncoder().encode(xml).length;
}

/** The little of the DOM the reader needs; both the browser's DOM and @xmldom/xmldom provide it. */
interface XmlElement {
  localName: string | null;
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

export function parseReview(xml: string): ParsedPart {
  const problems: RecordProblem[] = [];
  let root: XmlElement | null = null;
  try {
    root = parseDocument(xml);
  } catch (e) {
    return { records: [], problems: [{ kind: "malformed-part", id: null, detail: `the review record is not valid XML: ${(e as Error).message}` }] };
  }
  if (!root || root.localName !== "review" || root.namespaceURI !== REVIEW_NS) {
    return { records: [], problems: [{ kind: "malformed-part", id: null, detail: `the part is not a ${REVIEW_NS} review` }] };
  }
  const records: ReviewComment[] = [];
  const seen = new Set<string>();
  for (const el of kids(root, "comment")) {
    const id = el.getAttribute("id");
    const author = readPerson(kids(el, "author")[0]);
    const status = el.getAttribute("status") as CommentStatus;
    const created = el.getAttribute("created");
    if (!id || !author || !COMMENT_STATUSES.includes(status) || !created) {
      problems.push({ kind: "malformed-record", id, detail: `a comment record lacks ${!id ? "its id" : !author ? "its author" : !created ? "its date" : "a valid status"}` });
      continue;
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
    if (seen.has(id)) problems.push({ kind: "duplicate-record", id, detail: `two records share the id ${id}; both are listed` });
    seen.add(id);
    records.push(record);
  }
  return { records, problems };
}

