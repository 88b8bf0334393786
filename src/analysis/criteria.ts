// Judges criteria by what a sentence says: a criterion's patterns meet it outright; its cues
// (a consequence, a resource, a measure) meet it only together with the lexicon sets it requires
// (women and men, girls and boys …) in the same sentence, or in the sentence before when this one
// points back to them ("… påverkar deras vardag"). A match whose clause negates it or puts it in
// the future (`unless`) does not count. Every hit is kept as evidence with its sentence.
import { findAll, matchPattern, type Match } from "../guidance/patterns";
import type { Criterion, CueRule, GuidancePack, Section } from "../guidance/schema";
import { clauseSpans } from "./classify";
import type { Evidence } from "./report";
import type { Span } from "./template";
import type { Unit } from "./units";

/** The lexicon set whose words make a sentence point back to the one before. */
export const ANAPHORA = "anaphora";
/** Without a `within`, a cue and its required words may lie this many words apart in one sentence. */
export const DEFAULT_WITHIN = 20;
/** A comma ends a clause, but not one in a list ("antalet besök, videobesök och sjukresor redovisas"): the next item is one or two words before another comma or a conjunction. */
const CLAUSE_COMMA = ",\\s+(?!(?:[\\p{L}\\p{N}-]+\\s){0,1}[\\p{L}\\p{N}-]+(?:,|\\s(?:och|eller|samt)\\s))";

function wordsBetween(text: string, a: Span, b: Span): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return 0;
  const gap = text.slice(first.end, second.start).trim();
  return gap === "" ? 0 : gap.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const inside = (m: Span, spans: readonly Span[]): boolean => spans.some((s) => m.start >= s.start && m.end <= s.end);

export class CriteriaJudge {
  private readonly lexicon: Record<string, string[]>;
  private readonly breaks: string[];
  private readonly blind: string[];
  /** What a sentence holds (a lexicon set's words, its clauses) is the same for every criterion: found once per sentence. */
  private readonly memo = new Map<string, Span[]>();

  constructor(pack: GuidancePack, section: Section) {
    this.lexicon = pack.lexicon;
    this.breaks = [...section.clauseBreaks, CLAUSE_COMMA];
    this.blind = section.genderBlind;
  }

  private once<S extends Span>(kind: string, text: string, compute: () => S[]): S[] {
    const key = `${kind}\u0000${text}`;
    let found = this.memo.get(key) as S[] | undefined;
    if (!found) this.memo.set(key, (found = compute()));
    return found;
  }

  private find(set: string, text: string): Match[] {
    return this.once(`set:${set}`, text, () => (this.lexicon[set] ?? []).flatMap((src) => findAll(src, text)));
  }

  /** Spans that meet no criterion: the words of a gender-blind claim inside an otherwise analysing sentence. */
  private excluded(text: string): Span[] {
    return this.once("blind", text, () => this.blind.flatMap((src) => findAll(src, text)));
  }

  /** The match's clauses (from the first it touches to the last) negate it or put it in the future. */
  private negated(c: Criterion, text: string, m: Span): boolean {
    if (c.unless.length === 0) return false;
    const scope = this.once("clauses", text, () => clauseSpans(text, this.breaks)).filter((s) => s.start < m.end && s.end > m.start);
    if (scope.length === 0) return false;
    const words = text.slice(scope[0].start, scope[scope.length - 1].end);
    return c.unless.some((src) => findAll(src, words).length > 0);
  }

  /** The places in `unit` that meet `c`; `previous` is the sentence before, for one that points back. */
  hits(c: Criterion, unit: Unit, previous: Unit | null): Match[] {
    const text = unit.text;
    const out: Match[] = [];
    const excluded = this.excluded(text);
    const keep = (m: Match): void => {
      if (!inside(m, excluded) && !this.negated(c, text, m)) out.push(m);
    };
    for (const p of c.patterns) for (const m of matchPattern(p, text)) keep(m);
    for (const rule of c.cues.length ? [{ cues: c.cues, requires: c.requires, within: c.within }, ...c.also] : c.also) {
      for (const m of this.cueHits(rule, text, excluded, previous)) keep(m);
    }
    return out;
  }

  /** A cue with every required lexicon set within `within` words, or in the sentence before when this one points back to it. */
  private cueHits(rule: CueRule, text: string, excluded: readonly Span[], previous: Unit | null): Match[] {
    const out: Match[] = [];
    const within = rule.within ?? DEFAULT_WITHIN;
    const required = rule.requires.map((set) => this.find(set, text).filter((m) => !inside(m, excluded)));
    let before: boolean | null = null;
    const pointsBack = (): boolean => {
      if (before === null) {
        before = previous !== null && this.find(ANAPHORA, text).length > 0 && rule.requires.every((set) => this.find(set, previous.text).length > 0);
      }
      return before;
    };
    for (const cue of rule.cues.flatMap((src) => findAll(src, text))) {
      if (inside(cue, excluded)) continue;
      const partners = required.map((ms) => ms.find((m) => wordsBetween(text, cue, m) <= within));
      if (partners.every((m) => m !== undefined)) {
        const start = Math.min(cue.start, ...partners.map((m) => m!.start));
        const end = Math.max(cue.end, ...partners.map((m) => m!.end));
        out.push({ start, end, text: text.slice(start, end) });
      } else if (pointsBack()) out.push(cue);
    }
    return out;
  }
}

/** The places where criterion `c` is met in the unit at `index` of a section's units. */
export type HitsAt = (c: Criterion, index: number) => Match[];

/** Judges each unit of a section once per criterion, however often a step asks. */
export function hitsOnce(judge: CriteriaJudge, units: readonly Unit[]): HitsAt {
  const memo = new Map<string, Match[]>();
  return (c, i) => {
    const key = `${c.id}\u0000${i}`;
    let hits = memo.get(key);
    if (!hits) memo.set(key, (hits = judge.hits(c, units[i], units[i - 1] ?? null)));
    return hits;
  };
}

/** Evidence for `c` in the units that `counts`, one piece per place (overlapping matches say the same). */
export function findEvidence<U extends Unit>(hitsAt: HitsAt, c: Criterion, units: readonly U[], counts: (u: U) => boolean): Evidence[] {
  const out: Evidence[] = [];
  units.forEach((u, i) => {
    if (!counts(u)) return;
    for (const m of hitsAt(c, i)) {
      out.push(
        u.start >= 0
          ? { criterion: c.id, block: u.block, text: m.text, start: u.start + m.start, end: u.start + m.end, sentence: u.text }
          : { criterion: c.id, block: u.block, text: m.text, sentence: u.text },
      );
    }
  });
  out.sort((a, b) => a.block - b.block || (a.start ?? 0) - (b.start ?? 0));
  return out.filter((e, i) => {
    const prev = out[i - 1];
    return !prev || prev.block !== e.block || prev.start === undefined || e.start === undefined || e.start >= (prev.end ?? 0);
  });
}
