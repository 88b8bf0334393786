// Every regular expression of a pack with the path of its field, for the checks that look at
// patterns one by one (the structural check, recheck in the CLI).
import type { GuidancePack, Pattern } from "./schema";

export interface PackPattern {
  /** Dotted path to the field, e.g. `criteria[2].patterns[0].near[1]`. */
  path: string;
  source: string;
}

const SECTION_LISTS = ["headingTerms", "dismissal", "genderBlind", "contrast", "reason", "nonReason", "backReference", "clauseBreaks", "templateText"] as const;

export function packPatterns(pack: GuidancePack): PackPattern[] {
  const out: PackPattern[] = [];
  const pattern = (p: Pattern, path: string): void => {
    if (typeof p === "string") out.push({ path, source: p });
    else p.near.forEach((s, i) => out.push({ path: `${path}.near[${i}]`, source: s }));
  };
  for (const [name, list] of Object.entries(pack.lexicon)) list.forEach((p, j) => pattern(p, `lexicon.${name}[${j}]`));
  pack.criteria.forEach((c, i) => {
    c.patterns.forEach((p, j) => pattern(p, `criteria[${i}].patterns[${j}]`));
    c.unless.forEach((p, j) => pattern(p, `criteria[${i}].unless[${j}]`));
    c.cues.forEach((p, j) => pattern(p, `criteria[${i}].cues[${j}]`));
    c.also.forEach((rule, k) => rule.cues.forEach((p, j) => pattern(p, `criteria[${i}].also[${k}].cues[${j}]`)));
  });
  pack.sections.forEach((s, i) => {
    for (const list of SECTION_LISTS) s[list].forEach((p, j) => pattern(p, `sections[${i}].${list}[${j}]`));
  });
  return out;
}
