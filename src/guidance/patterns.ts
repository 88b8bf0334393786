// Compiles the pack's pattern sources into RegExps and matches them against text.
// `\b` in a pattern means a word boundary that knows Swedish letters (JavaScript's own \b
// treats å, ä and ö as non-word characters), and `\p{L}` a letter of the Latin script — with
// Swedish, Finnish, Meänkieli and Sami letters — rather than of every script: a case-insensitive
// `\p{L}` costs V8 milliseconds to compile each time, and a pack holds hundreds of them.
import type { Pattern } from "./schema";

/** Letters of the Latin script: Basic Latin, Latin-1, Extended-A/B (Sami č đ ŋ š ŧ ž) and Extended Additional. */
const LATIN_LETTERS = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
const WORD = `[${LATIN_LETTERS}\\p{N}]`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/**
 * Rewrites a pattern source: its `\b` outside character classes (not `\\b` or `[\b]`) into
 * `boundary`, and with `latin` its `\p{L}` into Latin letters.
 */
export function rewriteSource(source: string, boundary: string, latin: boolean): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1];
      if (next === "b" && !inClass) out += boundary;
      else if (latin && next === "p" && source.startsWith("{L}", i + 2)) {
        out += inClass ? LATIN_LETTERS : `[${LATIN_LETTERS}]`;
        i += 3;
      } else out += c + (next ?? "");
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}

/** Rewrites `\b` into a Unicode-aware boundary and `\p{L}` into Latin letters. */
export function toUnicodeSource(source: string): string {
  return rewriteSource(source, UNICODE_BOUNDARY, true);
}

interface Compiled {
  re: RegExp;
  /** The pattern began with `\b`: checked on each match instead of at every position (much faster). */
  wordStart: boolean;
}

const cache = new Map<string, Compiled>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function compiled(source: string): Compiled {
  let c = cache.get(source);
  if (!c) {
    const wordStart = source.startsWith("\\b");
    c = { re: new RegExp(toUnicodeSource(wordStart ? source.slice(2) : source), "giu"), wordStart };
    cache.set(source, c);
  }
  c.re.lastIndex = 0;
  return c;
}

/** A global, case-insensitive, Unicode RegExp for a pattern source; throws SyntaxError when invalid. */
export function compilePattern(source: string): RegExp {
  new RegExp(toUnicodeSource(source), "giu");
  return compiled(source).re;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findAll(source: string, text: string): Match[] {
  const { re, wordStart } = compiled(source);
  const out: Match[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    if (wordStart && m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]) === LETTER_OR_DIGIT.test(m[0][0])) {
      // Not at a word boundary: look again from the next character.
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const unions = new Map<string, string>();

/**
 * Matches of any of the sources, in one pass over the text: for scanning a whole document. Where
 * matches of two sources overlap, one is reported.
 */
export function findAllOf(sources: readonly string[], text: string): Match[] {
  if (sources.length === 0) return [];
  if (sources.length === 1 || !sources.every((s) => s.startsWith("\\b"))) return sources.flatMap((s) => findAll(s, text));
  const key = sources.join("\u0000");
  let union = unions.get(key);
  if (union === undefined) {
    union = `\\b(?:${sources.map((s) => `(?:${s.slice(2)})`).join("|")})`;
    unions.set(key, union);
  }
  return findAll(union, text);
}

export function findFirst(sources: readonly string[], text: string): Match | null {
  let best: Match | null = null;
  for (const s of sources) {
    const m = findAll(s, text)[0];
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}

export function matchesAny(sources: readonly string[], text: string): boolean {
  return sources.some((s) => findAll(s, text).length > 0);
}

function wordsBetween(text: string, a: Match, b: Match): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return 0;
  const gap = text.slice(first.end, second.start).trim();
  return gap === "" ? 0 : gap.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every match of a criterion pattern in a text: a span for a plain pattern, the joined span for `near`. */
export function matchPattern(p: Pattern, text: string): Match[] {
  if (typeof p === "string") return findAll(p, text);
  const as = findAll(p.near[0], text);
  if (as.length === 0) return [];
  const bs = findAll(p.near[1], text);
  const out: Match[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (wordsBetween(text, a, b) <= p.within) {
        const start = Math.min(a.start, b.start);
        const end = Math.max(a.end, b.end);
        out.push({ start, end, text: text.slice(start, end) });
        break;
      }
    }
  }
  return out;
}

export function patternSources(p: Pattern): string[] {
  return typeof p === "string" ? [p] : [...p.near];
}
