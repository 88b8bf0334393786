// What changed between two guidance packs, as a list an administrator can read and review.
import type { GuidancePack, LocalText, Pattern } from "./schema";

export interface PackChange {
  kind: "added" | "removed" | "changed";
  /** What changed, e.g. `criterion impact`, `section equality heading term`. */
  subject: string;
  detail?: string;
}

const patternKey = (p: Pattern): string => (typeof p === "string" ? p : `near(${p.near[0]} | ${p.near[1]}; ${p.within})`);
const text = (t: LocalText): string => `${t.sv}${t.en ? ` / ${t.en}` : ""}`;

function listDiff(subject: string, before: readonly string[], after: readonly string[], out: PackChange[]): void {
  for (const x of after) if (!before.includes(x)) out.push({ kind: "added", subject, detail: x });
  for (const x of before) if (!after.includes(x)) out.push({ kind: "removed", subject, detail: x });
}

function fieldDiff(subject: string, fields: [string, string, string][], out: PackChange[]): void {
  for (const [name, a, b] of fields) if (a !== b) out.push({ kind: "changed", subject, detail: `${name}: "${a}" → "${b}"` });
}

export function diffPacks(before: GuidancePack, after: GuidancePack): PackChange[] {
  const out: PackChange[] = [];
  if (before.version !== after.version) out.push({ kind: "changed", subject: "version", detail: `${before.version} → ${after.version}` });

  for (const c of after.criteria) {
    const old = before.criteria.find((x) => x.id === c.id);
    if (!old) {
      out.push({ kind: "added", subject: `criterion ${c.id}`, detail: text(c.label) });
      continue;
    }
    fieldDiff(`criterion ${c.id}`, [["label", text(old.label), text(c.label)], ["question", text(old.question), text(c.question)], ["help", text(old.help), text(c.help)]], out);
    listDiff(`criterion ${c.id} pattern`, old.patterns.map(patternKey), c.patterns.map(patternKey), out);
    listDiff(`criterion ${c.id} unless-pattern`, old.unless, c.unless, out);
  }
  for (const c of before.criteria) if (!after.criteria.some((x) => x.id === c.id)) out.push({ kind: "removed", subject: `criterion ${c.id}`, detail: text(c.label) });

  for (const s of after.sections) {
    const old = before.sections.find((x) => x.id === s.id);
    if (!old) {
      out.push({ kind: "added", subject: `section ${s.id}`, detail: text(s.label) });
      continue;
    }
    const at = `section ${s.id}`;
    fieldDiff(at, [["label", text(old.label), text(s.label)], ["rule", JSON.stringify(old.rule), JSON.stringify(s.rule)]], out);
    listDiff(`${at} heading term`, old.headingTerms, s.headingTerms, out);
    listDiff(`${at} criterion`, old.criteria, s.criteria, out);
    listDiff(`${at} insert after`, old.insertAfter, s.insertAfter, out);
    listDiff(`${at} insert before`, old.insertBefore, s.insertBefore, out);
    listDiff(`${at} template paragraph`, old.template, s.template, out);
    for (const list of ["dismissal", "genderBlind", "contrast", "reason", "templateText"] as const) listDiff(`${at} ${list} pattern`, old[list], s[list], out);
    for (const key of Object.keys(s.messages) as (keyof typeof s.messages)[]) {
      fieldDiff(`${at} message ${key}`, [["message", text(old.messages[key].message), text(s.messages[key].message)], ["why", text(old.messages[key].why), text(s.messages[key].why)]], out);
    }
  }
  for (const s of before.sections) if (!after.sections.some((x) => x.id === s.id)) out.push({ kind: "removed", subject: `section ${s.id}`, detail: text(s.label) });

  for (const q of after.checklist) {
    const old = before.checklist.find((x) => x.id === q.id);
    if (!old) out.push({ kind: "added", subject: `question ${q.id} (${q.criterion})`, detail: text(q.text) });
    else fieldDiff(`question ${q.id}`, [["text", text(old.text), text(q.text)], ["criterion", old.criterion, q.criterion]], out);
  }
  for (const q of before.checklist) if (!after.checklist.some((x) => x.id === q.id)) out.push({ kind: "removed", subject: `question ${q.id} (${q.criterion})`, detail: text(q.text) });
  return out;
}

export function formatChanges(changes: readonly PackChange[]): string {
  if (changes.length === 0) return "No changes.";
  const sign = { added: "+", removed: "-", changed: "~" };
  return changes.map((c) => `${sign[c.kind]} ${c.subject}${c.detail ? `: ${c.detail}` : ""}`).join("\n");
}
