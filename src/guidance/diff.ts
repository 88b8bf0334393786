// What changed between two guidance packs, as a list an administrator can read and review:
// every part of the pack the analysis uses (criteria with their patterns, cues and word lists,
// sections with every pattern list, the lexicon, questions and links). Changes are data; the
// command line says them in the reader's language (i18n/ `diff`).
import type { GuidancePack, LocalText, Pattern } from "./schema";

/** A part of a criterion or section whose entries are listed one by one. */
export type ListPart =
  | "pattern"
  | "unless"
  | "cue"
  | "requires"
  | "also"
  | "headingTerms"
  | "criteria"
  | "insertAfter"
  | "insertBefore"
  | "template"
  | "dismissal"
  | "genderBlind"
  | "contrast"
  | "reason"
  | "nonReason"
  | "backReference"
  | "clauseBreaks"
  | "templateText";

/** A field whose value is shown before and after. */
export type Field = "label" | "question" | "help" | "within" | "rule" | "mentions" | "message" | "why" | "text" | "criterion" | "url";

export type Subject =
  | { of: "version" }
  | { of: "criterion" | "section"; id: string; part?: ListPart; message?: string }
  | { of: "question"; id: string; criterion: string }
  | { of: "lexicon"; id: string }
  | { of: "link"; id: string };

export interface PackChange {
  kind: "added" | "removed" | "changed";
  subject: Subject;
  /** For a changed field: which one. */
  field?: Field;
  detail?: string;
}

const patternKey = (p: Pattern): string => (typeof p === "string" ? p : `near(${p.near[0]} | ${p.near[1]}; ${p.within})`);
const text = (t: LocalText): string => `${t.sv}${t.en ? ` / ${t.en}` : ""}`;
const cueRuleKey = (r: { cues: string[]; requires: string[]; within?: number }): string =>
  `${r.cues.join(" | ")} + ${r.requires.join(", ") || "–"}${r.within !== undefined ? ` (${r.within})` : ""}`;

function listDiff(subject: Subject, before: readonly string[], after: readonly string[], out: PackChange[]): void {
  for (const x of after) if (!before.includes(x)) out.push({ kind: "added", subject, detail: x });
  for (const x of before) if (!after.includes(x)) out.push({ kind: "removed", subject, detail: x });
}

function fieldDiff(subject: Subject, fields: [Field, string, string][], out: PackChange[]): void {
  for (const [field, a, b] of fields) if (a !== b) out.push({ kind: "changed", subject, field, detail: `"${a}" → "${b}"` });
}

/** Entries keyed by id: added, removed, and for those in both what `same` finds. */
function byId<T extends { id: string }>(before: readonly T[], after: readonly T[], subject: (x: T) => Subject, label: (x: T) => string, same: (old: T, now: T) => void, out: PackChange[]): void {
  for (const x of after) {
    const old = before.find((y) => y.id === x.id);
    if (old) same(old, x);
    else out.push({ kind: "added", subject: subject(x), detail: label(x) });
  }
  for (const x of before) if (!after.some((y) => y.id === x.id)) out.push({ kind: "removed", subject: subject(x), detail: label(x) });
}

const SECTION_LISTS = ["headingTerms", "criteria", "insertAfter", "insertBefore", "template", "dismissal", "genderBlind", "contrast", "reason", "nonReason", "backReference", "clauseBreaks", "templateText"] as const;

export function diffPacks(before: GuidancePack, after: GuidancePack): PackChange[] {
  const out: PackChange[] = [];
  if (before.version !== after.version) out.push({ kind: "changed", subject: { of: "version" }, detail: `${before.version} → ${after.version}` });

  const lexicon = (p: GuidancePack) => Object.entries(p.lexicon).map(([id, words]) => ({ id, words }));
  byId(lexicon(before), lexicon(after), (l) => ({ of: "lexicon", id: l.id }), (l) => l.words.join(" | "), (old, now) => listDiff({ of: "lexicon", id: now.id }, old.words, now.words, out), out);

  byId(
    before.criteria,
    after.criteria,
    (c) => ({ of: "criterion", id: c.id }),
    (c) => text(c.label),
    (old, c) => {
      const at = (part?: ListPart): Subject => ({ of: "criterion", id: c.id, part });
      fieldDiff(at(), [["label", text(old.label), text(c.label)], ["question", text(old.question), text(c.question)], ["help", text(old.help), text(c.help)], ["within", String(old.within ?? ""), String(c.within ?? "")]], out);
      listDiff(at("pattern"), old.patterns.map(patternKey), c.patterns.map(patternKey), out);
      listDiff(at("unless"), old.unless, c.unless, out);
      listDiff(at("cue"), old.cues, c.cues, out);
      listDiff(at("requires"), old.requires, c.requires, out);
      listDiff(at("also"), old.also.map(cueRuleKey), c.also.map(cueRuleKey), out);
    },
    out,
  );

  byId(
    before.sections,
    after.sections,
    (s) => ({ of: "section", id: s.id }),
    (s) => text(s.label),
    (old, s) => {
      const at = (part?: ListPart): Subject => ({ of: "section", id: s.id, part });
      fieldDiff(at(), [["label", text(old.label), text(s.label)], ["rule", JSON.stringify(old.rule), JSON.stringify(s.rule)], ["mentions", old.mentions ?? "", s.mentions ?? ""]], out);
      for (const list of SECTION_LISTS) listDiff(at(list), old[list], s[list], out);
      for (const key of Object.keys(s.messages) as (keyof typeof s.messages)[]) {
        const was = old.messages[key];
        const now = s.messages[key];
        fieldDiff({ of: "section", id: s.id, message: key }, [["message", text(was.message), text(now.message)], ["why", text(was.why), text(now.why)]], out);
      }
    },
    out,
  );

  byId(
    before.checklist,
    after.checklist,
    (q) => ({ of: "question", id: q.id, criterion: q.criterion }),
    (q) => text(q.text),
    (old, q) => fieldDiff({ of: "question", id: q.id, criterion: q.criterion }, [["text", text(old.text), text(q.text)], ["criterion", old.criterion, q.criterion]], out),
    out,
  );

  const links = (p: GuidancePack) => p.links.map((l) => ({ id: l.url, label: l.label }));
  byId(links(before), links(after), (l) => ({ of: "link", id: l.id }), (l) => text(l.label), (old, l) => fieldDiff({ of: "link", id: l.id }, [["label", text(old.label), text(l.label)]], out), out);
  return out;
}
