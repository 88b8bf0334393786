// Splits a section's text into units the rules judge one at a time: sentences of paragraphs and
// list items, and each table row read together with the table's header row.
import { isReviewerComment, type Block } from "./model";
import type { BlockRange } from "./report";

export interface Unit {
  block: number;
  /** Offset of the unit in the block's text; -1 for a table row assembled from several cells. */
  start: number;
  text: string;
}

/** A table row of the section, by the blocks of its cells. */
export interface TableRow {
  table: number;
  row: number;
  cells: number[];
}

// A sentence ends at . ! ? (perhaps inside a closing bracket or quote) followed by space and a
// capital or digit, after a closing placeholder bracket followed by a capital, or at a line break
// (Word reports Shift+Enter as U+000B).
const SENTENCE_END = /(?<=[.!?][\]»)"”']?)\s+(?=[\p{Lu}\d"“”'(–[«-])|(?<=\])\s+(?=\p{Lu})|[\n\v]+/gu;
/** "fr.o.m. 2027", "ca. 50", "kl. 17": an abbreviation before a number does not end the sentence. */
const ABBREVIATION_BEFORE = /(?:^|\s)(?:\p{Ll}{1,3}\.|\p{L}+\.\p{L}+(?:\.\p{L}+)*\.)$/u;

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
    const next = text[m.index + m[0].length] ?? "";
    if (/\d/.test(next) && ABBREVIATION_BEFORE.test(text.slice(Math.max(last, m.index - 12), m.index))) continue;
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

/** The sentences of the section's blocks (reviewer comments left out) and its table rows. */
export function sectionUnits(blocks: readonly Block[], body: BlockRange, leadOffset: number): { units: Unit[]; rows: TableRow[] } {
  const units: Unit[] = [];
  const rows = new Map<string, TableRow>();
  for (let i = body.start; i <= body.end; i++) {
    const b = blocks[i];
    if (isReviewerComment(b)) continue;
    const from = i === body.start ? leadOffset : 0;
    for (const s of splitSentences(b.text.slice(from), from)) units.push({ block: i, start: s.start, text: s.text });
    if (b.table) {
      const key = `${b.table.table}:${b.table.row}`;
      const row = rows.get(key) ?? { table: b.table.table, row: b.table.row, cells: [] };
      row.cells.push(i);
      rows.set(key, row);
    }
  }
  return { units, rows: [...rows.values()] };
}

/** Cells stay apart: words of neighbouring cells never read as one phrase. */
const CELL_SEPARATOR = " | ";

/**
 * Figures in a table sit in other cells than the words "Kvinnor" and "Män" of its header row: each
 * row is also read as one unit, every cell after its column's header cell ("Kvinnor 612 Män 298").
 * `usable` says which cells hold officer text (not questions or placeholders).
 */
export function rowUnits(blocks: readonly Block[], rows: readonly TableRow[], usable: (block: number) => boolean): Unit[] {
  const headers = new Map<number, TableRow>();
  for (const r of rows) if (!headers.has(r.table)) headers.set(r.table, r);
  const out: Unit[] = [];
  for (const r of rows) {
    const header = headers.get(r.table)!;
    if (header === r) continue;
    const cells = r.cells.filter(usable);
    if (cells.length === 0) continue;
    const headerOf = (cell: number): string => {
      const column = blocks[cell].table?.cell;
      const h = header.cells.find((i) => blocks[i].table?.cell === column);
      return h !== undefined && usable(h) ? blocks[h].text : "";
    };
    const text = cells.map((i) => `${headerOf(i)} ${blocks[i].text}`.trim()).join(CELL_SEPARATOR);
    if (text.trim()) out.push({ block: r.cells[0], start: -1, text });
  }
  return out;
}
