// Decides a section's status from its classified units and the criteria they meet.
import { matchesAny } from "../guidance/patterns";
import type { Section } from "../guidance/schema";
import type { ClassifiedUnit } from "./classify";
import type { SectionStatus } from "./report";

const MIN_REASON_WORDS = 3;

/** A dismissal is justified when it says why: a reason in its own words after the dismissal, or in text beside it. */
export function givesReason(units: readonly ClassifiedUnit[], section: Section): boolean {
  return units.some((u) => {
    if (u.kind === "substantive") return matchesAny(section.reason, u.text);
    if (u.kind === "dismissal" && u.rest) {
      const rest = u.rest.trim();
      return rest.split(/\s+/).length >= MIN_REASON_WORDS && matchesAny(section.reason, rest) && !matchesAny(section.genderBlind, rest);
    }
    return false;
  });
}

export function meetsRule(section: Section, met: Record<string, boolean>): boolean {
  const { required, atLeast } = section.rule;
  return required.every((id) => met[id]) && atLeast.of.filter((id) => met[id]).length >= atLeast.count;
}

export function decideStatus(units: readonly ClassifiedUnit[], section: Section, met: Record<string, boolean>): SectionStatus {
  if (units.length === 0) return "empty";
  const has = (k: ClassifiedUnit["kind"]): boolean => units.some((u) => u.kind === k);
  const analysis = section.rule.required.every((id) => met[id]);
  if (analysis) return meetsRule(section, met) ? "adequate" : "weak";
  if (has("dismissal") || has("gender-blind")) {
    return has("dismissal") && givesReason(units, section) ? "justified" : "dismissed";
  }
  if (has("substantive")) return "weak";
  return "template";
}

/** Statuses where the section says nothing that counts as analysis, so no criterion holds. */
export function isAnalysis(status: SectionStatus): boolean {
  return status === "weak" || status === "adequate";
}
