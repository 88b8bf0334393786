// The guidance pack's schema (zod/mini, which tree-shakes to a few KB in the pane): the one
// definition of its shape, for types and validation. A check's message is a key of the
// validation catalogue (i18n/sv.ts `field`), said in the reader's language by validate.ts.
import * as z from "zod/mini";

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, "empty"));

/** Text shown to people, Swedish first; English where the pack provides it. */
export const localText = z.object({
  sv: nonEmpty(),
  en: z.optional(nonEmpty()),
});

/** A regular expression source (case-insensitive, Unicode; `\b` is a Unicode-aware word boundary). */
export const patternSource = z.string().check(z.minLength(1, "empty"), z.maxLength(400));

/** Two patterns that must both occur within `within` words of each other in one sentence. */
export const nearPattern = z.object({
  near: z.tuple([patternSource, patternSource]),
  within: z.int().check(z.gte(0), z.lte(30)),
});

export const pattern = z.union([patternSource, nearPattern]);

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "id"));

/** Cues that meet a criterion together with the lexicon sets they require, within so many words. */
export const cueRule = z.object({
  cues: z.array(patternSource).check(z.minLength(1, "need-cue")),
  requires: z._default(z.array(id), []),
  within: z.optional(z.int().check(z.gte(0), z.lte(60))),
});

export const criterion = z.object({
  id,
  label: localText,
  question: localText,
  help: localText,
  /** A sentence matching one of these meets the criterion outright. */
  patterns: z._default(z.array(pattern), []),
  /** A match does not count when its clause also matches one of these ("könsuppdelad statistik saknas"). */
  unless: z._default(z.array(patternSource), []),
  /**
   * Words that meet the criterion only together with every lexicon set named in `requires`, in
   * the same sentence (within `within` words) or, for a sentence that points back with a word of
   * the lexicon's `anaphora` set ("de", "deras"), in the sentence before ("impact" = a
   * consequence attached to women or men).
   */
  cues: z._default(z.array(patternSource), []),
  requires: z._default(z.array(id), []),
  within: z.optional(z.int().check(z.gte(0), z.lte(60))),
  /** Further cue rules, each judged like `cues`/`requires`/`within` (e.g. pay and pensions need only a group nearby). */
  also: z._default(z.array(cueRule), []),
});

const findingText = z.object({ message: localText, why: localText });

export const statusRule = z.object({
  /** Criteria that must all hold for `adequate`. */
  required: z.array(id),
  /** And at least `count` of these. */
  atLeast: z.object({ count: z.int().check(z.gte(0)), of: z.array(id) }),
});

const patterns = () => z._default(z.array(patternSource), []);

export const section = z.object({
  id,
  label: localText,
  headingTerms: z.array(patternSource).check(z.minLength(1, "need-heading-term")),
  insertAfter: z._default(z.array(nonEmpty()), []),
  insertBefore: z._default(z.array(nonEmpty()), []),
  template: z.array(nonEmpty()).check(z.minLength(1, "need-paragraph")),
  criteria: z.array(id).check(z.minLength(1, "need-criterion")),
  rule: statusRule,
  /** The criterion whose patterns find mentions outside the section (who is affected). */
  mentions: z.optional(id),
  dismissal: patterns(),
  genderBlind: patterns(),
  contrast: patterns(),
  reason: patterns(),
  /** Officialese that sounds like a reason but is none ("av övergripande karaktär"): never a dismissal's reason. */
  nonReason: patterns(),
  /** A dismissal that points back ("därför", "mot denna bakgrund") takes the sentences before it as its reason. */
  backReference: patterns(),
  /** Where a sentence splits into clauses judged apart ("…, men …"); a clause also ends at ; and :. */
  clauseBreaks: patterns(),
  templateText: patterns(),
  messages: z.object({
    missing: findingText,
    empty: findingText,
    template: findingText,
    dismissed: findingText,
    justified: findingText,
    genderBlind: findingText,
    templateLeft: findingText,
  }),
});

export const checklistQuestion = z.object({
  id,
  criterion: id,
  text: localText,
});

export const link = z.object({ label: localText, url: z.url("url") });

export const changelogEntry = z.object({
  version: z.string(),
  date: z.string(),
  changes: z.array(z.string()),
});

export const VERSION_PATTERN = /^\d+(\.\d+){0,2}$/;

/** Named word lists criteria share (`requires`), e.g. `groups` (women, men, girls, boys) and `anaphora`. */
export const lexicon = z.record(id, z.array(patternSource));

export const guidancePack = z.object({
  $schema: z.optional(z.string()),
  id,
  version: z.string().check(z.regex(VERSION_PATTERN, "version")),
  publishedAt: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), "date")),
  publisher: nonEmpty(),
  language: z.enum(["sv", "en"]),
  name: localText,
  lexicon: z._default(lexicon, {}),
  criteria: z.array(criterion).check(z.minLength(1, "need-criterion")),
  sections: z.array(section).check(z.minLength(1, "need-section")),
  checklist: z._default(z.array(checklistQuestion), []),
  links: z._default(z.array(link), []),
  changelog: z._default(z.array(changelogEntry), []),
});

export type LocalText = z.infer<typeof localText>;
export type Pattern = z.infer<typeof pattern>;
export type Criterion = z.infer<typeof criterion>;
export type CueRule = z.infer<typeof cueRule>;
export type Section = z.infer<typeof section>;
export type ChecklistQuestion = z.infer<typeof checklistQuestion>;
export type GuidancePack = z.infer<typeof guidancePack>;
export type FindingText = z.infer<typeof findingText>;
export type SectionMessages = Section["messages"];
