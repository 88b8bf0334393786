// Validates a guidance pack: shape (zod), then what a schema cannot say — unknown or duplicate
// ids, regular expressions that do not compile or could run for ever, a file too large.
// Every error names the field's path so an administrator can find it.
import { guidancePack, type GuidancePack, type Pattern } from "./schema";
import { compilePattern, patternSources } from "./patterns";
import { forbiddenText } from "./xml-text";

export interface PackError {
  /** Dotted path to the field, e.g. `criteria[2].patterns[0]`. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: GuidancePack; warnings: PackError[] } | { ok: false; errors: PackError[] };

export interface ValidateOptions {
  /** Returns false when a regular expression could take catastrophic (exponential) time. */
  isSafeRegex?: (source: string) => boolean;
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
    return { ok: false, errors: [{ path: "(file)", message: `is ${Math.round(bytes / 1024)} KB; a guidance pack may be at most ${MAX_PACK_BYTES / 1024} KB` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: "(file)", message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  return validatePack(data, options);
}

export function validatePack(data: unknown, options: ValidateOptions = {}): PackResult {
  const parsed = guidancePack.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const pack = parsed.data;
  const errors: PackError[] = [];
  const warnings: PackError[] = [];
  for (const f of forbiddenText(pack)) errors.push({ path: formatPath(f.path), message: f.message });
  const checkRegex = (source: string, path: string): void => {
    try {
      compilePattern(source);
    } catch (e) {
      errors.push({ path, message: `is not a valid regular expression: ${(e as Error).message}` });
      return;
    }
    if (options.isSafeRegex && !options.isSafeRegex(source)) {
      errors.push({ path, message: "could take catastrophic time on some text (nested or overlapping repetition); rewrite it without nested quantifiers" });
    }
  };
  const checkPattern = (p: Pattern, path: string): void => {
    const sources = patternSources(p);
    sources.forEach((s, i) => checkRegex(s, typeof p === "string" ? path : `${path}.near[${i}]`));
  };
  const duplicates = (ids: string[], path: string): void => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) errors.push({ path: `${path}[${i}].id`, message: `duplicates the id "${id}" of ${path}[${seen.get(id)}]` });
      else seen.set(id, i);
    });
  };

  duplicates(pack.criteria.map((c) => c.id), "criteria");
  duplicates(pack.sections.map((s) => s.id), "sections");
  duplicates(pack.checklist.map((q) => q.id), "checklist");
  const criterionIds = new Set(pack.criteria.map((c) => c.id));
  const known = (id: string, path: string): void => {
    if (!criterionIds.has(id)) errors.push({ path, message: `names the unknown criterion "${id}"` });
  };

  for (const [name, list] of Object.entries(pack.lexicon)) list.forEach((p, j) => checkRegex(p, `lexicon.${name}[${j}]`));
  pack.criteria.forEach((c, i) => {
    c.patterns.forEach((p, j) => checkPattern(p, `criteria[${i}].patterns[${j}]`));
    c.unless.forEach((p, j) => checkRegex(p, `criteria[${i}].unless[${j}]`));
    c.cues.forEach((p, j) => checkRegex(p, `criteria[${i}].cues[${j}]`));
    c.also.forEach((rule, k) => {
      rule.cues.forEach((p, j) => checkRegex(p, `criteria[${i}].also[${k}].cues[${j}]`));
      rule.requires.forEach((name, j) => {
        if (!Object.hasOwn(pack.lexicon, name)) errors.push({ path: `criteria[${i}].also[${k}].requires[${j}]`, message: `names "${name}", which is not a word list in lexicon` });
      });
    });
    c.requires.forEach((name, j) => {
      if (!Object.hasOwn(pack.lexicon, name)) errors.push({ path: `criteria[${i}].requires[${j}]`, message: `names "${name}", which is not a word list in lexicon` });
    });
    if (c.patterns.length === 0 && c.cues.length === 0 && c.also.length === 0) errors.push({ path: `criteria[${i}].patterns`, message: "needs at least one pattern or cue" });
    if (c.requires.length > 0 && c.cues.length === 0) warnings.push({ path: `criteria[${i}].requires`, message: "has no cues to go with: it is never used" });
  });
  pack.sections.forEach((s, i) => {
    const at = `sections[${i}]`;
    s.criteria.forEach((id, j) => known(id, `${at}.criteria[${j}]`));
    s.rule.required.forEach((id, j) => known(id, `${at}.rule.required[${j}]`));
    s.rule.atLeast.of.forEach((id, j) => known(id, `${at}.rule.atLeast.of[${j}]`));
    if (s.rule.atLeast.count > s.rule.atLeast.of.length) {
      errors.push({ path: `${at}.rule.atLeast.count`, message: `asks for ${s.rule.atLeast.count} of only ${s.rule.atLeast.of.length} criteria` });
    }
    if (s.mentions) known(s.mentions, `${at}.mentions`);
    for (const list of ["headingTerms", "dismissal", "genderBlind", "contrast", "reason", "nonReason", "backReference", "clauseBreaks", "templateText"] as const) {
      s[list].forEach((src, j) => checkRegex(src, `${at}.${list}[${j}]`));
    }
    if (s.templateText.length === 0) {
      warnings.push({ path: `${at}.templateText`, message: "is empty: inserted template text will not be recognised as template" });
    }
  });
  pack.checklist.forEach((q, i) => known(q.criterion, `checklist[${i}].criterion`));
  for (const c of pack.criteria) {
    if (!pack.checklist.some((q) => q.criterion === c.id)) {
      warnings.push({ path: "checklist", message: `has no question for the criterion "${c.id}"` });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, pack, warnings };
}
