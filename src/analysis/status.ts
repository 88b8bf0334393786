// Decides a section's status from its classified units and the criteria they meet.
import { findFirst } from "../guidance/patterns";
import type { Section } from "../guidance/schema";
import type { ClassifiedUnit } from "./classify";
import type { SectionStatus } from "./report";

/** Officer text shorter than this ("Fråga", "Svar", "Se ovan") beside template text is a label, not an attempt at analysis. */
export const MIN_OFFICER_WORDS = 3;

/** A reason needs at least this many words of its own ("Ej aktuellt, teknisk." is no reason). */
export const MIN_REASON_WORDS = 3;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A dismissal is justified when it says why: a reason in its own words, or sentences linked to it as its reason. */
export function givesReason(units: readonly ClassifiedUnit[], section: Section): boolean {
  const reasons = units.filter((u) => u.kind === "reason" && !findFirst(section.nonReason, u.text));
  if (reasons.some((u) => findFirst(section.reason, u.text)) || wordCount(reasons.map((u) => u.text).join(" ")) >= MIN_REASON_WORDS * 2) return true;
  return units.some((u) => {
    if (findFirst(section.nonReason, u.text)) return false;
    if (u.kind === "substantive") return findFirst(section.reason, u.text) !== null;
    if (u.kind === "dismissal" && u.rest) {
      const rest = u.rest.trim();
      return wordCount(rest) >= MIN_REASON_WORDS && findFirst(section.reason, rest) !== null && findFirst(section.genderBlind, rest) === null;
    }
    return false;
  });
}

export function meetsRule(section: Section, met: Record<string, boolean>): boolean {
  const { required, atLeast } = section.rule;
  return required.every((id) => met[id]) && atLeast.of.filter((id) => met[id]).length >= atLeast.count;
}

/**
 * missing and empty are decided before; here: only template text → template; a dismissal or a
 * gender-blind claim with no criterion met beside it → justified (with a reason) or dismissed;
 * otherwise the text is analysis, adequate when it meets the section's rule.
 */
export function decideStatus(units: readonly ClassifiedUnit[], section: Section, met: Record<string, boolean>): SectionStatus {
  if (units.length === 0) return "empty";
  const has = (k: ClassifiedUnit["kind"]): boolean => units.some((u) => u.kind === k);
  const anyMet = Object.values(met).some(Boolean);
  if (has("dismissal") || has("gender-blind")) {
    if (!anyMet) return has("dismissal") && givesReason(units, section) ? "justified" : "dismissed";
  } else if (!has("substantive")) {
    return "template";
  } else if (!anyMet && has("template") && units.every((u) => u.kind !== "substantive" || wordCount(u.text) < MIN_OFFICER_WORDS)) {
    return "template";
  }
  return meetsRule(section, met) ? "adequate" : "weak";
}

/** Statuses where the section says nothing that counts as analysis, so no criterion holds. */
export function isAnalysis(status: SectionStatus): boolean {
  return status === "weak" || status === "adequate";
}
