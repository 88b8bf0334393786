// The comment as any reader sees it in the document, without the add-in: status, author, role,
// date, criterion and text — and read back from that text when the record is gone.
import type { CommentStatus, ReviewComment, Role } from "./model";
import { ROLES } from "./model";
import { dropForbidden } from "./xml";

const STATUS_SV: Record<CommentStatus, string> = { open: "öppen", answered: "besvarad", resolved: "löst" };
const OPEN = "⟦Jämkoll-kommentar";
const CLOSE = "⟧";

/** How the visible text opens: status, author, role and date — what a reader takes on trust. */
export function visibleHeader(c: ReviewComment): string {
  return dropForbidden(`${OPEN} (${STATUS_SV[c.status]}) · ${c.author.name}, ${c.author.role}, ${c.createdAt.slice(0, 10)}`);
}

export function visibleText(c: ReviewComment, criterionLabel: string | null): string {
  const about = criterionLabel ? ` · ${criterionLabel}` : "";
  const replies = c.replies.length ? ` · ${c.replies.length === 1 ? "1 svar" : `${c.replies.length} svar`}, senast ${c.replies[c.replies.length - 1].author.name}: ${c.replies[c.replies.length - 1].text}` : "";
  return `${visibleHeader(c)}${dropForbidden(`${about}: ${c.text}${replies}${CLOSE}`)}`;
}

export interface VisibleParts {
  status: CommentStatus | null;
  author: string | null;
  role: Role | null;
  date: string | null;
  criterionLabel: string | null;
  text: string;
}

/** Reads what a control's visible text says (for a control whose record was lost). */
export function parseVisible(text: string): VisibleParts {
  const m = /^⟦Jämkoll-kommentar \((öppen|besvarad|löst)\) · ([^,]+), ([^,]+), (\d{4}-\d{2}-\d{2})(?: · ([^:]+))?: ([\s\S]*?)(?: · \d+ svar, senast [\s\S]*)?⟧?$/.exec(text.trim());
  if (!m) return { status: null, author: null, role: null, date: null, criterionLabel: null, text: text.trim() };
  const status = (Object.entries(STATUS_SV).find(([, v]) => v === m[1])?.[0] ?? null) as CommentStatus | null;
  const role = (ROLES as readonly string[]).includes(m[3]) ? (m[3] as Role) : null;
  return { status, author: m[2], role, date: m[4], criterionLabel: m[5] ?? null, text: m[6] };
}
