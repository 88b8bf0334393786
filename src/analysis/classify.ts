// Sorts the units of a section: unedited template text, a dismissal ("ej aktuellt"), a
// gender-blind claim ("gäller alla", "både kvinnor och män") or text that can carry analysis.
import { findFirst, matchesAny } from "../guidance/patterns";
import type { GuidancePack, Section } from "../guidance/schema";
import type { Unit } from "./units";

export type UnitKind = "template" | "dismissal" | "gender-blind" | "substantive";

export interface ClassifiedUnit extends Unit {
  kind: UnitKind;
  /** For a dismissal: the unit without the dismissing words, where a reason may stand. */
  rest?: string;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/^[\s[\]]+|[\s[\].]+$/g, "");

/** The pack's own template paragraphs and checklist questions, to recognise them once inserted. */
export function knownTemplateTexts(pack: GuidancePack, section: Section): Set<string> {
  const set = new Set<string>();
  for (const t of section.template) set.add(normalise(t));
  for (const q of pack.checklist) {
    if (section.criteria.includes(q.criterion)) {
      set.add(normalise(q.text.sv));
      if (q.text.en) set.add(normalise(q.text.en));
    }
  }
  return set;
}

// A contrasting clause ("…, men det påverkar inte barn") can dismiss one thing while the rest of
// the sentence analyses another: such sentences are judged clause by clause.
const CLAUSE_BREAK = /,\s+(?=(?:men|medan|dock|samtidigt som)\s)|\s+(?=men\s)|;\s+/giu;

function clauses(unit: Unit): Unit[] {
  const out: Unit[] = [];
  let last = 0;
  for (const m of unit.text.matchAll(CLAUSE_BREAK)) {
    out.push({ ...unit, start: unit.start < 0 ? -1 : unit.start + last, text: unit.text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ ...unit, start: unit.start < 0 ? -1 : unit.start + last, text: unit.text.slice(last) });
  return out.filter((u) => u.text.trim() !== "");
}

export function classifyUnits(units: readonly Unit[], section: Section, known: Set<string>): ClassifiedUnit[] {
  return units.flatMap((u) => {
    const whole = classifyUnit(u, section, known);
    if (whole.kind !== "dismissal") return [whole];
    const parts = clauses(u);
    return parts.length > 1 ? parts.map((p) => classifyUnit(p, section, known)) : [whole];
  });
}

export function classifyUnit(unit: Unit, section: Section, known: Set<string>): ClassifiedUnit {
  const t = unit.text;
  if (known.has(normalise(t)) || matchesAny(section.templateText, t)) return { ...unit, kind: "template" };
  const dismissal = findFirst(section.dismissal, t);
  if (dismissal) return { ...unit, kind: "dismissal", rest: `${t.slice(0, dismissal.start)} ${t.slice(dismissal.end)}` };
  if (matchesAny(section.genderBlind, t) && !matchesAny(section.contrast, t)) return { ...unit, kind: "gender-blind" };
  return { ...unit, kind: "substantive" };
}
