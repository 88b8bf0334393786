// Inline SVG charts: stacked status bars and simple coverage bars. They are pictures for the eye;
// the numbers are always beside them as real tables (screen readers, printing).
import { STATUSES } from "../analysis/report";
import { escapeHtml } from "./escape";
import { BAR_FILL } from "./look";
import type { StatusCounts } from "./summary";

const WIDTH = 720;
const LABEL = 250;
const BAR = 400;
const ROW = 26;

/** Long labels lose their middle: the start names the board, the end the meeting or month. */
function clip(s: string, max = 34): string {
  return s.length > max ? `${s.slice(0, max - 11)}…${s.slice(-10)}` : s;
}

/** One horizontal bar per row, each status a segment in STATUSES order, the total after it. */
export function stackedBars(rows: readonly { label: string; counts: StatusCounts; total: number }[], labelledBy: string): string {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = rows.length * ROW + 4;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * ROW + 2;
    parts.push(`<text x="${LABEL - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(clip(r.label))}</text>`);
    let x = LABEL;
    for (const s of STATUSES) {
      const n = r.counts[s];
      if (!n) continue;
      const w = (n / max) * BAR;
      parts.push(`<rect x="${x.toFixed(2)}" y="${y + 3}" width="${w.toFixed(2)}" height="${ROW - 8}" fill="${BAR_FILL[s]}"/>`);
      x += w;
    }
    parts.push(`<text x="${(x + 6).toFixed(2)}" y="${y + 17}">${r.total}</text>`);
  });
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${labelledBy}">${parts.join("")}</svg>`;
}

/** One bar per criterion: the share of analysed sections that meet it. */
export function shareBars(rows: readonly { label: string; share: number; text: string }[], labelledBy: string): string {
  const height = rows.length * ROW + 4;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * ROW + 2;
    parts.push(`<text x="${LABEL - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(clip(r.label))}</text>`);
    parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${BAR}" height="${ROW - 8}" fill="#f0f0f0" stroke="#8a8886" stroke-width="1"/>`);
    const w = Math.max(0, Math.min(1, r.share)) * BAR;
    if (w > 0) parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${w.toFixed(2)}" height="${ROW - 8}" fill="#0f6cbd"/>`);
    parts.push(`<text x="${LABEL + BAR + 6}" y="${y + 17}">${escapeHtml(r.text)}</text>`);
  });
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${labelledBy}">${parts.join("")}</svg>`;
}
