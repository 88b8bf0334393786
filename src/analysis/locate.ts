// Finds a pack section in the document model, in whichever form the template made it: a styled
// heading (at any level, e.g. a Heading 2 under "Konsekvenser"), a short bold line typed by hand,
// a content control titled or tagged for the section, a bold lead-in ("Jämställdhet: …") or a
// labelled table cell — and where the section's text ends.
import { matchesAny, findFirst } from "../guidance/patterns";
import type { Section } from "../guidance/schema";
import { isReviewerComment, type Block } from "./model";
import type { BlockRange, SectionForm } from "./report";

export const MAX_HEADING_WORDS = 12;
const MAX_LABEL_WORDS = 6;
/** A sentence introducing the section's table says little else. */
const MAX_INTRO_WORDS = 25;

export interface LocatedSection {
  form: SectionForm;
  heading: string;
  headingBlock: number | null;
  /** Blocks of the section's text (may be empty: start > end). */
  body: BlockRange;
  /** For a lead-in, the offset in the first body block where the text starts. */
  leadOffset: number;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A short, fully bold paragraph outside lists and tables reads as a heading. */
export function isBoldLine(b: Block): boolean {
  if (b.kind !== "paragraph" || !b.bold || !b.text) return false;
  const n = words(b.text);
  if (n > MAX_HEADING_WORDS) return false;
  return !/[.!?]$/.test(b.text) || n <= 3;
}

/** The outline level each block opens, or null: headings by style, bold lines one below the heading they follow. */
export function outlineLevels(blocks: readonly Block[]): (number | null)[] {
  let lastHeading = 0;
  return blocks.map((b) => {
    if (b.kind === "heading") {
      lastHeading = b.level;
      return b.level;
    }
    if (isBoldLine(b)) return Math.min(lastHeading + 1, 9);
    return null;
  });
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function labelOf(b: Block): string | null {
  const lead = b.boldLead?.replace(/[:\s–-]+$/, "");
  if (lead && words(lead) <= MAX_LABEL_WORDS) return lead;
  const m = /^([^.:!?\n]{2,60}):\s*\S/.exec(b.text);
  return m && words(m[1]) <= MAX_LABEL_WORDS ? m[1].trim() : null;
}

function extent(levels: readonly (number | null)[], from: number, level: number, blocks: readonly Block[]): BlockRange {
  let end = from;
  while (end + 1 < blocks.length) {
    const next = end + 1;
    const l = levels[next];
    if ((l !== null && l <= level) || blocks[next].kind === "title") break;
    end = next;
  }
  return { start: from + 1, end };
}

interface Candidate extends LocatedSection {
  score: number;
}

export function locateSection(blocks: readonly Block[], section: Section): LocatedSection | null {
  const terms = section.headingTerms;
  const levels = outlineLevels(blocks);
  const candidates: Candidate[] = [];
  // Prefer a heading that starts with the term and says little else ("Jämställdhet" over a long title).
  const matchScore = (text: string): number | null => {
    const m = findFirst(terms, text);
    if (!m) return null;
    return (m.start === 0 ? 10 : 0) - words(text);
  };

  // The document's first line is its title, whatever style it has: never the section.
  const first = blocks.findIndex((b) => b.text !== "");
  blocks.forEach((b, i) => {
    if (i === first || isReviewerComment(b)) return;
    const level = levels[i];
    if (level !== null || b.kind === "title") {
      if (words(b.text) > MAX_HEADING_WORDS) return;
      const s = matchScore(b.text);
      if (s === null) return;
      const form: SectionForm = b.kind === "heading" ? "heading" : b.kind === "title" ? "title" : "bold-line";
      const body = extent(levels, i, level ?? 9, blocks);
      const base = form === "heading" ? 100 : form === "bold-line" ? 90 : 10;
      candidates.push({ form, heading: b.text, headingBlock: i, body, leadOffset: 0, score: base + s });
      return;
    }
    // A label in a table's first column ("| Jämställdhet | … |"); an answer cell is not a label.
    if (b.kind === "tableCell" && b.table && b.table.cell === 0 && words(b.text) <= MAX_LABEL_WORDS) {
      const s = matchScore(b.text);
      if (s === null) return;
      const t = b.table;
      let end = i;
      while (end + 1 < blocks.length) {
        const n = blocks[end + 1].table;
        if (!n || n.table !== t.table || n.row !== t.row) break;
        end++;
      }
      candidates.push({ form: "table-cell", heading: b.text, headingBlock: i, body: { start: i + 1, end }, leadOffset: 0, score: 60 + s });
      return;
    }
    // A sentence that names the section and introduces a table ("Förslaget har prövats mot
    // checklistan för jämställd vård:"): the section is the table that follows.
    const next = blocks[i + 1];
    if (b.kind === "paragraph" && next?.table && /:\s*$/.test(b.text) && words(b.text) <= MAX_INTRO_WORDS) {
      const s = matchScore(b.text);
      if (s !== null) {
        let end = i + 1;
        while (end + 1 < blocks.length && blocks[end + 1].table?.table === next.table.table) end++;
        candidates.push({ form: "table-cell", heading: b.text.replace(/:\s*$/, ""), headingBlock: i, body: { start: i + 1, end }, leadOffset: 0, score: 65 + s });
        return;
      }
    }
    if (b.kind === "paragraph" || b.kind === "listItem") {
      const label = labelOf(b);
      if (!label) return;
      const s = matchScore(label);
      if (s === null) return;
      // The lead-in's text runs on in following paragraphs until the next heading or lead-in.
      let end = i;
      while (end + 1 < blocks.length && levels[end + 1] === null && blocks[end + 1].kind !== "title" && !labelOf(blocks[end + 1]) && !blocks[end + 1].table) end++;
      const offset = b.text.indexOf(label) + label.length;
      const leadOffset = offset + (/^[\s:–-]*/.exec(b.text.slice(offset))?.[0].length ?? 0);
      candidates.push({ form: "lead-in", heading: label, headingBlock: null, body: { start: i, end }, leadOffset, score: 70 + s });
    }
  });

  // A content control titled or tagged for the section, when no heading inside it names it.
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    for (const c of b.controls) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const name = c.title || c.tag;
      if (!name || !(matchesAny(terms, c.title) || matchesAny(terms, fold(c.tag)))) continue;
      let end = i;
      while (end + 1 < blocks.length && blocks[end + 1].controls.some((x) => x.id === c.id)) end++;
      if (candidates.some((k) => k.headingBlock !== null && k.headingBlock >= i && k.headingBlock <= end)) continue;
      candidates.push({ form: "control", heading: c.title || c.tag, headingBlock: null, body: { start: i, end }, leadOffset: 0, score: 80 });
    }
  });

  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score || (a.headingBlock ?? a.body.start) - (b.headingBlock ?? b.body.start));
  const { score: _score, ...best } = candidates[0];
  return best;
}
