// Recognises template text: words addressed to the writer, not analysis. A unit is template text
// when it lies inside a placeholder ([…], «…», <…>), opens with an instruction of the pack
// (`templateText`), only repeats the section's heading, or is close to one of the pack's own
// template paragraphs or checklist questions — an officer who changed one word of it has still
// not written anything.
import { findFirst, matchesAny } from "../guidance/patterns";
import type { GuidancePack, Section } from "../guidance/schema";
import { splitSentences, type Unit } from "./units";

/** Share of words a unit must have in common with a known template sentence to count as it. */
export const TEMPLATE_SIMILARITY = 0.75;
/** Shorter sentences must match exactly: a few common words say nothing. */
export const MIN_FUZZY_WORDS = 4;
/** A line that opens with the section's heading term, or names it in a few words, is the heading repeated. */
const MAX_HEADING_ECHO_WORDS = 12;
const MAX_SHORT_ECHO_WORDS = 4;

const PLACEHOLDER_PAIRS: readonly [string, string][] = [
  ["[", "]"],
  ["«", "»"],
  ["<", ">"],
];

export interface Span {
  start: number;
  end: number;
}

/** Spans of a block's text enclosed in placeholder brackets (outermost, unnested). */
export function placeholderSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const [open, close] of PLACEHOLDER_PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      // "[1]" or "<5" are references or comparisons, not placeholders.
      if (/\p{L}{2}/u.test(text.slice(s + 1, e))) out.push({ start: s, end: e + 1 });
      from = e + 1;
    }
  }
  return out;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A unit's text split into what lies inside placeholders and what the officer wrote around them. */
export function splitPlaceholders(unit: Unit, spans: readonly Span[]): { inside: string; outside: string } {
  if (unit.start < 0 || spans.length === 0) return { inside: "", outside: unit.text };
  let inside = "";
  let outside = "";
  for (let i = 0; i < unit.text.length; i++) {
    const at = unit.start + i;
    if (spans.some((s) => at >= s.start && at < s.end)) inside += unit.text[i];
    else outside += unit.text[i];
  }
  return { inside, outside };
}

export class TemplateTexts {
  private readonly sentences: string[][] = [];
  private readonly exact = new Set<string>();

  constructor(pack: GuidancePack, section: Section) {
    const add = (text: string): void => {
      for (const s of splitSentences(text)) {
        const w = words(s.text);
        if (w.length === 0) continue;
        this.exact.add(w.join(" "));
        if (w.length >= MIN_FUZZY_WORDS) this.sentences.push(w);
      }
    };
    section.template.forEach(add);
    for (const q of pack.checklist) {
      if (!section.criteria.includes(q.criterion)) continue;
      add(q.text.sv);
      if (q.text.en) add(q.text.en);
    }
  }

  /** The unit is one of the pack's template sentences or questions, at most lightly edited. */
  has(text: string): boolean {
    const w = words(text);
    if (w.length === 0) return false;
    if (this.exact.has(w.join(" "))) return true;
    if (w.length < MIN_FUZZY_WORDS) return false;
    return this.sentences.some((t) => similarity(w, t) >= TEMPLATE_SIMILARITY);
  }
}

/** Words in common (as multisets) over the longer sentence's length. */
function similarity(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/** The section's heading repeated as a line: "Jämställdhetsanalys", "Jämställdhetsanalys – projektet X". */
export function isHeadingEcho(text: string, section: Section): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > MAX_HEADING_ECHO_WORDS || /[.!?:]$/.test(text.trim())) return false;
  const m = findFirst(section.headingTerms, text);
  return m !== null && (m.start === 0 || w.length <= MAX_SHORT_ECHO_WORDS);
}

/**
 * Template text: an instruction of the pack or one of its own sentences, the heading repeated, or
 * a sentence with a slot left unfilled ("Av de berörda är [andel] kvinnor" is unfinished, not data).
 */
export function isTemplateText(unit: Unit, spans: readonly Span[], section: Section, known: TemplateTexts): boolean {
  const { inside, outside } = splitPlaceholders(unit, spans);
  const strip = (s: string): string => s.replace(/[[\]«»<>]/g, " ").trim();
  if (inside) {
    const bracketed = strip(inside);
    // A slot left in […] or «…» ("Av de [antal] berättigade är [antal] kvinnor") leaves the whole
    // sentence unfinished; <…> may be a comparison ("<65 år och >80 år"), so it must dominate.
    if (/[[«]/.test(inside) || words(inside).length >= words(outside).length) return true;
    if (known.has(bracketed) || matchesAny(section.templateText, bracketed)) return true;
  }
  const own = strip(outside);
  return known.has(unit.text) || known.has(own) || matchesAny(section.templateText, own) || isHeadingEcho(unit.text, section);
}
