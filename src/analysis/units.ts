// Splits a section's text into units the rules judge one at a time: sentences of paragraphs,
// list items, and each table row read together with the table's header row.
import { isReviewerComment, type Block } from "./model";
import type { BlockRange } from "./report";

export interface Unit {
  block: number;
  /** Offset of the unit in the block's text; -1 for a table row assembled from several cells. */
  start: number;
  text: string;
}

// A sentence ends at . ! ? followed by space and a capital or digit, or at a line break.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d"“”'(–-])|\n+/gu;

export function splitSentences(text: string, offset = 0): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let last = 0;
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: offset + from + lead, text: t });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

export function sectionUnits(blocks: readonly Block[], body: BlockRange, leadOffset: number): Unit[] {
  const units: Unit[] = [];
  const tableRows = new Map<string, { first: number; cells: string[]; row: number; table: number }>();
  for (let i = body.start; i <= body.end; i++) {
    const b = blocks[i];
    if (isReviewerComment(b)) continue;
    const from = i === body.start ? leadOffset : 0;
    for (const s of splitSentences(b.text.slice(from), from)) units.push({ block: i, start: s.start, text: s.text });
    if (b.table) {
      const key = `${b.table.table}:${b.table.row}`;
      const row = tableRows.get(key) ?? { first: i, cells: [], row: b.table.row, table: b.table.table };
      row.cells.push(b.text);
      tableRows.set(key, row);
    }
  }
  // Figures in a table sit in other cells than the words "Kvinnor" and "Män" of its header row.
  const headers = new Map<number, string>();
  for (const r of tableRows.values()) if (!headers.has(r.table)) headers.set(r.table, r.cells.join(" "));
  for (const r of tableRows.values()) {
    const header = headers.get(r.table)!;
    const rowText = r.cells.join(" ");
    if (rowText !== header) units.push({ block: r.first, start: -1, text: `${header} ${rowText}` });
  }
  return units;
}
