// Judges criteria on the units that can carry analysis, keeping every match as evidence.
import { matchesAny, matchPattern } from "../guidance/patterns";
import type { Criterion } from "../guidance/schema";
import type { Evidence } from "./report";
import type { Unit } from "./units";

export function findEvidence(criterion: Criterion, units: readonly Unit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const u of units) {
    if (criterion.unless.length && matchesAny(criterion.unless, u.text)) continue;
    for (const p of criterion.patterns) {
      for (const m of matchPattern(p, u.text)) {
        out.push(
          u.start >= 0
            ? { criterion: criterion.id, block: u.block, text: m.text, start: u.start + m.start, end: u.start + m.end }
            : { criterion: criterion.id, block: u.block, text: m.text },
        );
      }
    }
  }
  // One piece of evidence per place: overlapping matches of different patterns say the same.
  out.sort((a, b) => a.block - b.block || (a.start ?? 0) - (b.start ?? 0));
  return out.filter((e, i) => {
    const prev = out[i - 1];
    return !prev || prev.block !== e.block || prev.start === undefined || e.start === undefined || e.start >= (prev.end ?? 0);
  });
}
