// Validates a guidance pack: shape (zod), then what a schema cannot say — unknown or duplicate
// ids, regular expressions that do not compile or could run for ever, a file too large.
// Every error names the field's path so an administrator can find it, and what is wrong as a
// problem code that the admin view and the command line say in their reader's language (i18n/).
import { fieldProblem, problem, type PackProblem } from "./problems";
import { guidancePack, type GuidancePack, type Pattern } from "./schema";
import { compilePattern, patternSources } from "./patterns";
import { forbiddenText } from "./xml-text";

export interface PackError {
  /** Dotted path to the field, e.g. `criteria[2].patterns[0]`. */
  path: string;
  problem: PackProblem;
}

export type PackResult = { ok: true; pack: GuidancePack; warnings: PackError[] } | { ok: false; errors: PackError[] };

export interface ValidateOptions {
  /** Returns false when a regular expression could take catastrophic (exponential) time. */
  isSafeRegex?: (source: string) => boolean;
}

/** What zod reports of a shape it refuses, as far as the messages need it. */
interface ShapeIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** The message zod gives a check without one of its own: said from the issue's code (shapeProblem). */
const SHAPE = "\u0000shape";

/** A refused shape, for the checks the schema gives no message of its own. */
function shapeProblem(issue: ShapeIssue): PackProblem {
  const sized = (n: number | bigint | undefined) => Number(n ?? 0);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? problem("missing") : problem("wrongType", issue.expected ?? "");
    case "invalid_value":
      return problem("oneOf", (issue.values ?? []).map(String).join(", "));
    case "too_small":
      if (issue.origin === "string") return problem("tooShortText", sized(issue.minimum));
      return issue.origin === "array" ? problem("tooFewItems", sized(issue.minimum)) : problem("tooSmall", sized(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return problem("tooLongText", sized(issue.maximum));
      return issue.origin === "array" ? problem("tooManyItems", sized(issue.maximum)) : problem("tooLarge", sized(issue.maximum));
    case "invalid_union":
      // The pack's one union: a pattern is a source or a `near` pair.
      return problem("pattern");
    case "unrecognized_keys":
      return problem("unknownKeys", (issue.keys ?? []).join(", "));
    default:
      return problem("invalid");
  }
}

/** Larger than any sensible pack; keeps a mistaken upload from freezing a pane. */
export const MAX_PACK_BYTES = 512 * 1024;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "(pack)";
}

/** Parses JSON text and validates it. */
export function validatePackText(text: string, options: ValidateOptions = {}): PackResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) {
    return { ok: false, errors: [{ path: "(file)", problem: problem("fileTooLarge", Math.round(bytes / 1024), MAX_PACK_BYTES / 1024) }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: "(file)", problem: problem("notJson", (e as Error).message) }] };
  }
  return validatePack(data, options);
}

export function validatePack(data: unknown, options: ValidateOptions = {}): PackResult {
  // Custom messages are the schema's keys (schema.ts); the rest is said from the issue's code.
  const parsed = guidancePack.safeParse(data, { error: () => SHAPE, reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), problem: i.message === SHAPE ? shapeProblem(i as ShapeIssue) : fieldProblem(i.message) })),
    };
  }
  const pack = parsed.data;
  const errors: PackError[] = [];
  const warnings: PackError[] = [];
  for (const f of forbiddenText(pack)) errors.push({ path: formatPath(f.path), problem: problem("controlCharacter", f.codePoint) });
  const checkRegex = (source: string, path: string): void => {
    try {
      compilePattern(source);
    } catch (e) {
      errors.push({ path, problem: problem("notRegex", (e as Error).message) });
      return;
    }
    if (options.isSafeRegex && !options.isSafeRegex(source)) {
      errors.push({ path, problem: problem("catastrophic") });
    }
  };
  const checkPattern = (p: Pattern, path: string): void => {
    const sources = patternSources(p);
    sources.forEach((s, i) => checkRegex(s, typeof p === "string" ? path : `${path}.near[${i}]`));
  };
  const duplicates = (ids: string[], path: string): void => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, problem: problem("duplicateId", id, `${path}[${seen.get(id)}]`) });
      else seen.set(id, i);
    });
  };

  duplicates(pack.criteria.map((c) => c.id), "criteria");
  duplicates(pack.sections.map((s) => s.id), "sections");
  duplicates(pack.checklist.map((q) => q.id), "checklist");
  const criterionIds = new Set(pack.criteria.map((c) => c.id));
  const known = (id: string, path: string): void => {
    if (!criterionIds.has(id)) errors.push({ path, problem: problem("unknownCriterion", id) });
  };

  for (const [name, list] of Object.entries(pack.lexicon)) list.forEach((p, j) => checkRegex(p, `lexicon.${name}[${j}]`));
  pack.criteria.forEach((c, i) => {
    c.patterns.forEach((p, j) => checkPattern(p, `criteria[${i}].patterns[${j}]`));
    c.unless.forEach((p, j) => checkRegex(p, `criteria[${i}].unless[${j}]`));
    c.cues.forEach((p, j) => checkRegex(p, `criteria[${i}].cues[${j}]`));
    c.also.forEach((rule, k) => {
      rule.cues.forEach((p, j) => checkRegex(p, `criteria[${i}].also[${k}].cues[${j}]`));
      rule.requires.forEach((name, j) => {
        if (!Object.hasOwn(pack.lexicon, name)) errors.push({ path: `criteria[${i}].also[${k}].requires[${j}]`, problem: problem("notLexicon", name) });
      });
    });
    c.requires.forEach((name, j) => {
      if (!Object.hasOwn(pack.lexicon, name)) errors.push({ path: `criteria[${i}].requires[${j}]`, problem: problem("notLexicon", name) });
    });
    if (c.patterns.length === 0 && c.cues.length === 0 && c.also.length === 0) errors.push({ path: `criteria[${i}].patterns`, problem: problem("needsPatternOrCue") });
    if (c.requires.length > 0 && c.cues.length === 0) warnings.push({ path: `criteria[${i}].requires`, problem: problem("requiresWithoutCues") });
  });
  pack.sections.forEach((s, i) => {
    const at = `sections[${i}]`;
    s.criteria.forEach((id, j) => known(id, `${at}.criteria[${j}]`));
    s.rule.required.forEach((id, j) => known(id, `${at}.rule.required[${j}]`));
    s.rule.atLeast.of.forEach((id, j) => known(id, `${at}.rule.atLeast.of[${j}]`));
    if (s.rule.atLeast.count > s.rule.atLeast.of.length) {
      errors.push({ path: `${at}.rule.atLeast.count`, problem: problem("atLeastTooMany", s.rule.atLeast.count, s.rule.atLeast.of.length) });
    }
    if (s.mentions) known(s.mentions, `${at}.mentions`);
    for (const list of ["headingTerms", "dismissal", "genderBlind", "contrast", "reason", "nonReason", "backReference", "clauseBreaks", "templateText"] as const) {
      s[list].forEach((src, j) => checkRegex(src, `${at}.${list}[${j}]`));
    }
    if (s.templateText.length === 0) {
      warnings.push({ path: `${at}.templateText`, problem: problem("templateTextEmpty") });
    }
  });
  pack.checklist.forEach((q, i) => known(q.criterion, `checklist[${i}].criterion`));
  for (const c of pack.criteria) {
    if (!pack.checklist.some((q) => q.criterion === c.id)) {
      warnings.push({ path: "checklist", problem: problem("noQuestion", c.id) });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, pack, warnings };
}
