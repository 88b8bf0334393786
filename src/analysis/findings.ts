// Turns a section's judgement into findings: one per gap, each with why it matters and the
// action that fixes it. All wording comes from the guidance pack.
import type { GuidancePack, Section } from "../guidance/schema";
import type { ClassifiedUnit } from "./classify";
import type { Action, BlockRange, Finding, SectionReport, Severity, Trigger } from "./report";

/** The words that set a finding off: a unit's trigger (or the whole unit) with block offsets where known. */
function triggersOf(units: readonly ClassifiedUnit[]): Trigger[] {
  return units.map((u) => {
    const span = u.trigger ?? { start: 0, end: u.text.length };
    const text = u.text.slice(span.start, span.end);
    return u.start >= 0 ? { block: u.block, text, start: u.start + span.start, end: u.start + span.end } : { block: u.block, text };
  });
}

function spanOf(units: readonly ClassifiedUnit[]): BlockRange | null {
  if (units.length === 0) return null;
  return { start: Math.min(...units.map((u) => u.block)), end: Math.max(...units.map((u) => u.block)) };
}

export function sectionFindings(pack: GuidancePack, section: Section, report: SectionReport, units: readonly ClassifiedUnit[]): Finding[] {
  const out: Finding[] = [];
  const m = section.messages;
  const whole: BlockRange | null =
    report.headingBlock !== null ? { start: report.headingBlock, end: Math.max(report.headingBlock, report.body?.end ?? report.headingBlock) } : report.body;
  const goTo = (blocks: BlockRange | null): Action[] => (blocks ? [{ kind: "go-to", blocks }] : []);
  const status = (severity: Severity, text: { message: Finding["message"]; why: Finding["why"] }, actions: Action[], triggers?: Trigger[]): void => {
    out.push({ id: `${section.id}:${report.status}`, section: section.id, kind: "status", severity, criterion: null, ...text, blocks: whole, ...(triggers?.length ? { triggers } : {}), actions });
  };
  const of = (...kinds: ClassifiedUnit["kind"][]): ClassifiedUnit[] => units.filter((u) => kinds.includes(u.kind));
  const questions: Action = { kind: "insert-questions", section: section.id, criterion: null };

  switch (report.status) {
    case "missing":
      status("error", m.missing, [{ kind: "insert-section", section: section.id }]);
      return out;
    case "empty":
      status("error", m.empty, [{ kind: "insert-section", section: section.id }, ...goTo(whole)]);
      return out;
    case "template":
      status("warning", m.template, [...goTo(whole)], triggersOf(of("template")));
      return out;
    case "dismissed":
      status("error", m.dismissed, [...goTo(whole), questions], triggersOf(of("dismissal", "gender-blind")));
      break;
    case "justified":
      status("info", m.justified, [...goTo(whole)], triggersOf(of("dismissal", "reason")));
      break;
    default: {
      const counted = new Set(section.rule.atLeast.of);
      const required = new Set(section.rule.required);
      for (const id of section.criteria) {
        if (report.criteria[id]) continue;
        const c = pack.criteria.find((x) => x.id === id);
        if (!c) continue;
        const severity: Severity = required.has(id) ? "error" : counted.has(id) && report.status === "weak" ? "warning" : "info";
        out.push({
          id: `${section.id}:criterion:${id}`,
          section: section.id,
          kind: "criterion",
          severity,
          criterion: id,
          message: c.question,
          why: c.help,
          blocks: whole,
          actions: [{ kind: "insert-questions", section: section.id, criterion: id }, ...goTo(whole)],
        });
      }
      const blind = units.filter((u) => u.kind === "gender-blind");
      if (blind.length) {
        out.push({ id: `${section.id}:gender-blind`, section: section.id, kind: "gender-blind", severity: "warning", criterion: null, ...m.genderBlind, blocks: spanOf(blind), triggers: triggersOf(blind), actions: goTo(spanOf(blind)) });
      }
    }
  }
  const left = units.filter((u) => u.kind === "template");
  if (left.length) {
    out.push({ id: `${section.id}:template-left`, section: section.id, kind: "template-left", severity: "info", criterion: null, ...m.templateLeft, blocks: spanOf(left), triggers: triggersOf(left), actions: goTo(spanOf(left)) });
  }
  return out;
}
