// recheck's full ReDoS analysis of a pack's patterns, for the command line only (recheck is
// ~3 MB of JavaScript: never in the pane). The pure-JavaScript backend runs the same on every
// machine, offline, without Java or a native binary.
import { checkSync, type Diagnostics } from "recheck";
import { defaultPack } from "../guidance/default-pack";
import { packPatterns } from "../guidance/pack-patterns";
import { rewriteSource } from "../guidance/patterns";
import type { GuidancePack } from "../guidance/schema";
import { problem, type PackProblem } from "../guidance/problems";
import type { PackError } from "../guidance/validate";

export interface RegexReview {
  errors: PackError[];
  warnings: PackError[];
}

/** Per pattern; a pattern recheck cannot settle in time is reported as a warning. */
export const RECHECK_TIMEOUT_MS = 10_000;

let builtIn: Set<string> | null = null;
/** The built-in pack's patterns are the project's own, checked in its tests: only new or changed patterns are analysed. */
function builtInPatterns(): Set<string> {
  builtIn ??= new Set(packPatterns(defaultPack()).map((p) => p.source));
  return builtIn;
}

/** The source as the analyser runs it, less `\b`: removing an assertion can only add ways to match, so the verdict stays on the safe side. */
export function withoutWordBoundaries(source: string): string {
  return rewriteSource(source, "", false);
}

/**
 * Refused: exponential, or polynomial of degree 3 or more for a search. Quadratic is accepted: every
 * `word\p{L}*` pattern is quadratic in the length of one long run of letters, which real text never has.
 */
function verdict(d: Diagnostics): PackProblem | null {
  if (d.status !== "vulnerable") return null;
  const c = d.complexity;
  if (c.type === "exponential") return problem("exponential", c.summary);
  if (c.type === "polynomial" && c.degree >= 3) return problem("polynomial", c.degree, c.summary);
  return null;
}

export function recheckPack(pack: GuidancePack, timeoutMs = RECHECK_TIMEOUT_MS): RegexReview {
  process.env.RECHECK_SYNC_BACKEND ??= "pure";
  const review: RegexReview = { errors: [], warnings: [] };
  const done = new Map<string, Diagnostics>();
  for (const { path, source } of packPatterns(pack)) {
    if (builtInPatterns().has(source)) continue;
    let d = done.get(source);
    if (!d) {
      d = checkSync(withoutWordBoundaries(source), "iu", { timeout: timeoutMs });
      done.set(source, d);
    }
    const refused = verdict(d);
    if (refused) review.errors.push({ path, problem: refused });
    else if (d.status === "unknown") {
      review.warnings.push({ path, problem: problem("unproven", timeoutMs / 1000, d.error.kind) });
    }
  }
  return review;
}
