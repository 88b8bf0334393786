// The changes between two guidance packs (guidance/diff.ts), one line each in the reader's
// language: "+ avsnitt equality rubrikord: \blikabehandling\p{L}*".
import type { PackChange, Subject } from "../guidance/diff";
import type { CliStrings } from "./i18n";

function subjectText(s: Subject, t: CliStrings["changes"]): string {
  switch (s.of) {
    case "version":
      return t.version;
    case "question":
      return t.question(s.id, s.criterion);
    case "lexicon":
      return t.lexicon(s.id);
    case "link":
      return t.link(s.id);
    default: {
      if (s.of === "section" && s.message) return t.sectionMessage(s.id, s.message);
      const whole = s.of === "criterion" ? t.criterion(s.id) : t.section(s.id);
      return s.part ? `${whole} ${t.parts[s.part] ?? s.part}` : whole;
    }
  }
}

export function formatChanges(changes: readonly PackChange[], t: CliStrings["changes"]): string {
  if (changes.length === 0) return t.none;
  const sign = { added: "+", removed: "-", changed: "~" };
  return changes
    .map((c) => `${sign[c.kind]} ${subjectText(c.subject, t)}${c.field ? `: ${t.fields[c.field] ?? c.field}` : ""}${c.detail ? `: ${c.detail}` : ""}`)
    .join("\n");
}
