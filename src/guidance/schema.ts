// The guidance pack's schema (zod): the one definition of its shape, for types and validation.
import { z } from "zod";

/** Text shown to people, Swedish first; English where the pack provides it. */
export const localText = z.object({
  sv: z.string().trim().min(1, "must not be empty"),
  en: z.string().trim().min(1, "must not be empty").optional(),
});

/** A regular expression source (case-insensitive, Unicode; `\b` is a Unicode-aware word boundary). */
export const patternSource = z.string().min(1, "must not be empty").max(400, "is longer than 400 characters");

/** Two patterns that must both occur within `within` words of each other in one sentence. */
export const nearPattern = z.object({
  near: z.tuple([patternSource, patternSource]),
  within: z.number().int().min(0).max(30),
});

export const pattern = z.union([patternSource, nearPattern]);

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens");

export const criterion = z.object({
  id,
  label: localText,
  question: localText,
  help: localText,
  patterns: z.array(pattern).min(1, "needs at least one pattern"),
});

const findingText = z.object({ message: localText, why: localText });

export const statusRule = z.object({
  /** Criteria that must all hold for `adequate`. */
  required: z.array(id),
  /** And at least `count` of these. */
  atLeast: z.object({ count: z.number().int().min(0), of: z.array(id) }),
});

export const section = z.object({
  id,
  label: localText,
  headingTerms: z.array(patternSource).min(1, "needs at least one heading term"),
  insertAfter: z.array(z.string().min(1)).default([]),
  insertBefore: z.array(z.string().min(1)).default([]),
  template: z.array(z.string().min(1)).min(1, "needs at least one paragraph"),
  criteria: z.array(id).min(1, "needs at least one criterion"),
  rule: statusRule,
  /** The criterion whose patterns find mentions outside the section (who is affected). */
  mentions: id.optional(),
  dismissal: z.array(patternSource).default([]),
  genderBlind: z.array(patternSource).default([]),
  contrast: z.array(patternSource).default([]),
  reason: z.array(patternSource).default([]),
  templateText: z.array(patternSource).default([]),
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

export const link = z.object({ label: localText, url: z.string().url("must be a URL") });

export const changelogEntry = z.object({
  version: z.string(),
  date: z.string(),
  changes: z.array(z.string()),
});

export const VERSION_PATTERN = /^\d+(\.\d+){0,2}$/;

export const guidancePack = z.object({
  $schema: z.string().optional(),
  id,
  version: z.string().regex(VERSION_PATTERN, "must be a version such as 1.4.0"),
  publishedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date such as 2026-11-24T09:00:00Z"),
  publisher: z.string().trim().min(1, "must not be empty"),
  language: z.enum(["sv", "en"]),
  name: localText,
  criteria: z.array(criterion).min(1, "needs at least one criterion"),
  sections: z.array(section).min(1, "needs at least one section"),
  checklist: z.array(checklistQuestion).default([]),
  links: z.array(link).default([]),
  changelog: z.array(changelogEntry).default([]),
});

export type LocalText = z.infer<typeof localText>;
export type Pattern = z.infer<typeof pattern>;
export type Criterion = z.infer<typeof criterion>;
export type Section = z.infer<typeof section>;
export type ChecklistQuestion = z.infer<typeof checklistQuestion>;
export type GuidancePack = z.infer<typeof guidancePack>;
export type FindingText = z.infer<typeof findingText>;
export type SectionMessages = Section["messages"];
