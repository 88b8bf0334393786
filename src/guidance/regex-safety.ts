// A cheap structural check for patterns that could take catastrophic time, small enough for the
// pane: it parses the pattern and refuses the three shapes behind real ReDoS — a repetition of a
// repetition that can split the same text two ways, alternatives under a repetition that can
// match the same text, and three or more repetitions in a row over the same characters (cubic).
// Characters are judged by kind (letter, digit, space, each other character), which errs towards
// refusing. The CLI adds recheck's full analysis (src/cli/regex-check.ts); the pane adds a time
// budget on the analysis itself (src/taskpane/analysis-worker).

/** Characters approximated by kind: "L" letters, "N" digits, "S" space, or one other character; `any` for everything. */
interface CharSet {
  any: boolean;
  kinds: ReadonlySet<string>;
}
interface Term {
  atom: Atom;
  min: number;
  max: number;
}
type Seq = Term[];
type Atom = { kind: "chars"; set: CharSet } | { kind: "group"; alts: Seq[] } | { kind: "assert"; alts: Seq[] };

/** A repetition above this count is treated as unbounded. */
const MANY = 10;

const ANY: CharSet = { any: true, kinds: new Set() };
const NONE: CharSet = { any: false, kinds: new Set() };
const of = (...kinds: string[]): CharSet => ({ any: false, kinds: new Set(kinds) });
const union = (a: CharSet, b: CharSet): CharSet => (a.any || b.any ? ANY : of(...a.kinds, ...b.kinds));
const intersect = (a: CharSet, b: CharSet): CharSet => (a.any ? b : b.any ? a : of(...[...a.kinds].filter((k) => b.kinds.has(k))));
const empty = (a: CharSet): boolean => !a.any && a.kinds.size === 0;
const overlap = (a: CharSet, b: CharSet): boolean => !empty(intersect(a, b));

function kindOf(c: string): CharSet {
  if (/\p{L}/u.test(c)) return of("L");
  if (/\p{N}/u.test(c)) return of("N");
  if (/\s/u.test(c)) return of("S");
  return of(c);
}

class SyntaxProblem extends Error {}

/** Parses a pattern (Unicode mode) into terms; throws SyntaxProblem on what it cannot read. */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Seq[] {
    const alts = this.alternatives();
    if (this.i < this.s.length) throw new SyntaxProblem(`unexpected "${this.s[this.i]}"`);
    return alts;
  }

  private alternatives(): Seq[] {
    const alts: Seq[] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Seq {
    const seq: Seq = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      seq.push({ atom, min, max });
    }
    return seq;
  }

  private quantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number] = [1, 1];
    if (c === "*") q = [0, Infinity];
    else if (c === "+") q = [1, Infinity];
    else if (c === "?") q = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return q;
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
    } else return q;
    this.i++;
    if (this.s[this.i] === "?") this.i++;
    return q;
  }

  private atom(): Atom {
    const c = this.s[this.i++];
    if (c === "(") {
      let assert = false;
      const rest = this.s.slice(this.i);
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (head) {
        this.i += head[0].length;
        assert = /^\?(?:=|!|<=|<!)$/.test(head[0]);
      }
      const alts = this.alternatives();
      if (this.s[this.i++] !== ")") throw new SyntaxProblem("a group is not closed");
      return assert ? { kind: "assert", alts } : { kind: "group", alts };
    }
    if (c === "^" || c === "$") return { kind: "assert", alts: [] };
    if (c === ".") return { kind: "chars", set: ANY };
    if (c === "[") return { kind: "chars", set: this.charClass() };
    if (c === "\\") {
      const e = this.s[this.i];
      if (e === "b" || e === "B") {
        this.i++;
        return { kind: "assert", alts: [] };
      }
      return { kind: "chars", set: this.escape(false) };
    }
    return { kind: "chars", set: kindOf(c) };
  }

  /** After a backslash. */
  private escape(inClass: boolean): CharSet {
    const e = this.s[this.i++];
    if (e === undefined) throw new SyntaxProblem("a pattern ends with a backslash");
    switch (e) {
      case "d":
        return of("N");
      case "s":
        return of("S");
      case "w":
        return of("L", "N", "_");
      case "D":
      case "S":
      case "W":
        return ANY;
      case "p":
      case "P": {
        const m = /^\{([^}]*)\}/.exec(this.s.slice(this.i));
        if (!m) throw new SyntaxProblem("\\p needs a property in braces");
        this.i += m[0].length;
        if (e === "P") return ANY;
        const name = m[1].replace(/^(?:General_Category|gc)=/, "");
        if (/^(?:L|Letter|Lu|Ll|Lt|Lm|Lo|Uppercase_Letter|Lowercase_Letter|Alphabetic|Alpha)$/.test(name)) return of("L");
        if (/^(?:N|Number|Nd|Decimal_Number|digit)$/.test(name)) return of("N");
        return ANY;
      }
      case "u": {
        const m = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.s.slice(this.i));
        if (!m) return of("u");
        this.i += m[0].length;
        return kindOf(String.fromCodePoint(parseInt(m[1] ?? m[2], 16)));
      }
      case "x": {
        const m = /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i));
        if (!m) return of("x");
        this.i += 2;
        return kindOf(String.fromCharCode(parseInt(m[0], 16)));
      }
      case "k":
        this.i = this.s.indexOf(">", this.i) + 1 || this.s.length;
        return ANY;
      case "t":
      case "n":
      case "r":
      case "f":
      case "v":
        return of("S");
      default:
        if (/[1-9]/.test(e) && !inClass) {
          while (/\d/.test(this.s[this.i] ?? "")) this.i++;
          return ANY; // a back-reference can match anything its group matched
        }
        return kindOf(e);
    }
  }

  private charClass(): CharSet {
    const negated = this.s[this.i] === "^";
    if (negated) this.i++;
    let set = NONE;
    while (this.i < this.s.length && this.s[this.i] !== "]") {
      let item: CharSet;
      let single: string | null = null;
      if (this.s[this.i] === "\\") {
        this.i++;
        const before = this.i;
        item = this.escape(true);
        if (this.i === before + 1 && !/[dswDSWpP]/.test(this.s[before])) single = this.s[before];
      } else {
        single = this.s[this.i++];
        item = kindOf(single);
      }
      if (single !== null && this.s[this.i] === "-" && this.s[this.i + 1] !== "]" && this.i + 1 < this.s.length) {
        this.i++;
        const hi = this.s[this.i] === "\\" ? (this.i++, this.escape(true)) : kindOf(this.s[this.i++]);
        const lo = item;
        // A range within one kind stays that kind; a range across kinds may hold anything.
        item = lo.kinds.size === 1 && hi.kinds.size === 1 && [...lo.kinds][0] === [...hi.kinds][0] && /^[LNS]$/.test([...lo.kinds][0]) ? lo : ANY;
      }
      set = union(set, item);
    }
    if (this.s[this.i++] !== "]") throw new SyntaxProblem("a character class is not closed");
    return negated ? ANY : set;
  }
}

const nullable = (t: Term): boolean => t.min === 0 || atomNullable(t.atom);
const atomNullable = (a: Atom): boolean => a.kind === "assert" || (a.kind === "group" && a.alts.some((s) => s.every(nullable)));

/** Every character a term can consume. */
function charsOf(a: Atom): CharSet {
  if (a.kind === "chars") return a.set;
  if (a.kind === "assert") return NONE;
  return a.alts.reduce((acc, s) => s.reduce((x, t) => union(x, charsOf(t.atom)), acc), NONE);
}

/** Characters the atom could take one after another, as in an attack string of one repeated character. */
function pumpOf(a: Atom): CharSet {
  if (a.kind === "chars") return a.set;
  if (a.kind === "assert") return NONE;
  return a.alts.reduce((acc, s) => {
    const mandatory = s.filter((t) => !nullable(t));
    const alt = mandatory.length ? mandatory.reduce((x, t) => intersect(x, pumpOf(t.atom)), ANY) : s.reduce((x, t) => union(x, pumpOf(t.atom)), NONE);
    return union(acc, alt);
  }, NONE);
}

/** Characters a sequence can start with. */
function firstOf(s: Seq): CharSet {
  let set = NONE;
  for (const t of s) {
    set = union(set, t.atom.kind === "group" ? t.atom.alts.reduce((x, alt) => union(x, firstOf(alt)), NONE) : charsOf(t.atom));
    if (!nullable(t)) break;
  }
  return set;
}

/** A repetition that can take more or fewer characters: a choice the engine may retry. */
const choosy = (t: Term): boolean => t.max > t.min + 1 || (t.max > t.min && t.max > MANY);

/** The repetitions with a choice inside an atom (not the atom itself). */
function innerRepetitions(a: Atom): Term[] {
  if (a.kind === "chars") return [];
  return a.alts.flatMap((s) => s.flatMap((t) => [...(choosy(t) ? [t] : []), ...innerRepetitions(t.atom)]));
}

/** Each iteration of the group starts or ends with a character none of its inner repetitions can take. */
function separated(alts: Seq[], inner: CharSet): boolean {
  return alts.every((s) => {
    const edge = (t: Term | undefined) => t !== undefined && !nullable(t) && t.atom.kind === "chars" && !overlap(t.atom.set, inner);
    return edge(s[0]) || edge(s[s.length - 1]);
  });
}

function riskIn(alts: Seq[]): string | null {
  for (const seq of alts) {
    for (const t of seq) {
      if (t.atom.kind === "chars") continue;
      const inner = innerRepetitions(t.atom);
      if (t.atom.kind === "group" && t.max >= 2 && inner.length > 0) {
        const innerChars = inner.reduce((x, u) => union(x, charsOf(u.atom)), NONE);
        if (!separated(t.atom.alts, innerChars)) return "a repetition inside a repetition can split the same text in many ways";
      }
      if (t.atom.kind === "group" && t.max > MANY) {
        const firsts = t.atom.alts.map(firstOf);
        for (let a = 0; a < firsts.length; a++) {
          for (let b = a + 1; b < firsts.length; b++) {
            if (overlap(firsts[a], firsts[b])) return "alternatives inside a repetition can match the same text";
          }
        }
      }
      const nested = riskIn(t.atom.alts);
      if (nested) return nested;
    }
    // Repetitions in a row over the same characters: n² ways for two, n³ for three (k^3 for bounded ones).
    let run: CharSet | null = null;
    let count = 0;
    for (const t of seq) {
      const pump = pumpOf(t.atom);
      if (choosy(t) && !empty(pump)) {
        if (run && overlap(run, pump)) {
          run = intersect(run, pump);
          count++;
        } else {
          run = pump;
          count = 1;
        }
        if (count >= 3) return "three or more repetitions in a row can take the same characters";
      } else if (!nullable(t)) {
        if (run && overlap(run, pump)) run = intersect(run, pump);
        else {
          run = null;
          count = 0;
        }
      }
    }
  }
  return null;
}

/** Why a pattern could take catastrophic time, or null when its shape is safe. */
export function regexRisk(source: string): string | null {
  let alts: Seq[];
  try {
    alts = new Parser(source).parse();
  } catch (e) {
    return `its shape cannot be checked (${(e as Error).message})`;
  }
  return riskIn(alts);
}

export const isSafeRegex = (source: string): boolean => regexRisk(source) === null;
