// Sorts the units of a section: template text (instructions, placeholders, the pack's own
// sentences), a dismissal ("ej aktuellt"), a gender-blind claim ("gäller alla", "både kvinnor
// och män"), the reason given for a dismissal, or text that can carry analysis.
import { findFirst, findAll } from "../guidance/patterns";
import type { Section } from "../guidance/schema";
import type { Block } from "./model";
import { isTemplateText, placeholderSpans, type Span, type TemplateTexts } from "./template";
import { rowUnits, type TableRow, type Unit } from "./units";

export type UnitKind = "template" | "dismissal" | "gender-blind" | "reason" | "substantive";

export interface ClassifiedUnit extends Unit {
  kind: UnitKind;
  /** For a dismissal: the unit without the dismissing words, where a reason may stand. */
  rest?: string;
  /** The words that made the unit a dismissal or a gender-blind claim, as offsets in `text`. */
  trigger?: Span;
}

/** Clauses of a sentence: split at ; and : and at the pack's contrast breaks ("…, men …"). */
export function clauseSpans(text: string, breaks: readonly string[]): Span[] {
  const cuts: Span[] = [];
  for (const m of text.matchAll(/[;:]\s+/g)) cuts.push({ start: m.index, end: m.index + m[0].length });
  for (const src of breaks) for (const m of findAll(src, text)) cuts.push(m);
  cuts.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let last = 0;
  for (const c of cuts) {
    if (c.start < last) continue;
    if (text.slice(last, c.start).trim()) out.push({ start: last, end: c.start });
    last = c.end;
  }
  if (text.slice(last).trim()) out.push({ start: last, end: text.length });
  return out;
}

function clauses(unit: Unit, breaks: readonly string[]): Unit[] {
  return clauseSpans(unit.text, breaks).map((s) => ({ ...unit, start: unit.start < 0 ? -1 : unit.start + s.start, text: unit.text.slice(s.start, s.end).trim() }));
}

export function classifyUnit(unit: Unit, section: Section, known: TemplateTexts, spans: readonly Span[] = []): ClassifiedUnit {
  const t = unit.text;
  if (isTemplateText(unit, spans, section, known)) return { ...unit, kind: "template" };
  const dismissal = findFirst(section.dismissal, t);
  if (dismissal) return { ...unit, kind: "dismissal", rest: `${t.slice(0, dismissal.start)} ${t.slice(dismissal.end)}`, trigger: dismissal };
  const blind = findFirst(section.genderBlind, t);
  if (blind && !findFirst(section.contrast, t)) return { ...unit, kind: "gender-blind", trigger: blind };
  return { ...unit, kind: "substantive" };
}

/** Classifies each sentence; a sentence with a dismissal is judged clause by clause, as "…, men det påverkar inte barn" dismisses one thing and analyses another. */
export function classifyUnits(blocks: readonly Block[], units: readonly Unit[], rows: readonly TableRow[], section: Section, known: TemplateTexts): ClassifiedUnit[] {
  const spans = new Map<number, Span[]>();
  const spansOf = (block: number): Span[] => {
    let s = spans.get(block);
    if (!s) spans.set(block, (s = placeholderSpans(blocks[block].text)));
    return s;
  };
  const out = units.flatMap((u) => {
    const whole = classifyUnit(u, section, known, spansOf(u.block));
    if (whole.kind !== "dismissal") return [whole];
    const parts = clauses(u, section.clauseBreaks);
    return parts.length > 1 ? parts.map((p) => classifyUnit(p, section, known, spansOf(p.block))) : [whole];
  });
  // A table row counts only with the cells the officer filled in.
  const templateCells = new Set<number>();
  const officerCells = new Set<number>();
  for (const u of out) (u.kind === "template" ? templateCells : officerCells).add(u.block);
  const usable = (b: number): boolean => officerCells.has(b) || (!templateCells.has(b) && blocks[b].text.trim() !== "");
  for (const r of rowUnits(blocks, rows, usable)) out.push({ ...r, kind: "substantive" });
  return out;
}

/**
 * Links sentences to their neighbours. A dismissal that points back ("därför", "mot denna
 * bakgrund") takes the sentences before it as its reason, and sentences after a dismissal that
 * give a reason ("Beslutet gäller enbart …") are its reason too: neither is analysis. A sentence
 * that analyses (`analyses`: figures or consequences for women and men) is never taken as a reason.
 */
export function linkReasons(units: ClassifiedUnit[], section: Section, analyses: (u: ClassifiedUnit, index: number) => boolean): ClassifiedUnit[] {
  const out = units.map((u) => ({ ...u }));
  out.forEach((u, i) => {
    if (u.kind !== "dismissal") return;
    if (findFirst(section.backReference, u.text)) {
      for (let j = i - 1; j >= 0; j--) {
        const p = out[j];
        if (p.kind === "template" || p.kind === "dismissal" || p.kind === "reason") continue;
        if (p.kind !== "substantive" || analyses(p, j)) break;
        p.kind = "reason";
      }
    }
    for (let j = i + 1; j < out.length; j++) {
      const n = out[j];
      if (n.kind !== "substantive" || analyses(n, j) || !findFirst(section.reason, n.text)) break;
      n.kind = "reason";
    }
  });
  return out;
}

/**
 * A paragraph that opens with an instruction is the template's paragraph: its other sentences
 * ("Stöd finns i regionens vägledning.") are template too, unless they analyse.
 */
export function absorbInstructionTails(units: ClassifiedUnit[], analyses: (u: ClassifiedUnit, index: number) => boolean): ClassifiedUnit[] {
  const opened = new Set<number>();
  const seen = new Set<number>();
  return units.map((u, i) => {
    if (u.start >= 0 && !seen.has(u.block)) {
      seen.add(u.block);
      if (u.kind === "template") opened.add(u.block);
      return u;
    }
    if (u.start >= 0 && u.kind === "substantive" && opened.has(u.block) && !analyses(u, i)) return { ...u, kind: "template" };
    return u;
  });
}
