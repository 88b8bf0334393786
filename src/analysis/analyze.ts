// analyze(document, pack) → report: finds each section the pack defines, judges it against its
// criteria and explains every gap. Pure: the same in the pane, the CLI and tests.
import { findAllOf, matchPattern } from "../guidance/patterns";
import type { GuidancePack, Section } from "../guidance/schema";
import { absorbInstructionTails, classifyUnits, linkReasons, type ClassifiedUnit } from "./classify";
import { CriteriaJudge, findEvidence, hitsOnce } from "./criteria";
import { sectionFindings } from "./findings";
import { locateSection } from "./locate";
import { isReviewerComment, type DocumentModel } from "./model";
import type { Evidence, Report, SectionReport } from "./report";
import { decideStatus, isAnalysis } from "./status";
import { TemplateTexts } from "./template";
import { sectionUnits, splitSentences } from "./units";

function noCriteria(pack: GuidancePack): Record<string, boolean> {
  return Object.fromEntries(pack.criteria.map((c) => [c.id, false]));
}

/** Criteria that carry analysis of women and men: a sentence meeting one is never a dismissal's reason. */
function analysingCriteria(section: Section): string[] {
  return section.rule.atLeast.of.length ? section.rule.atLeast.of : section.criteria;
}

export function analyzeSection(doc: DocumentModel, pack: GuidancePack, section: Section): { report: SectionReport; units: ClassifiedUnit[] } {
  const located = locateSection(doc.blocks, section);
  const criteria = noCriteria(pack);
  if (!located) {
    return { report: { id: section.id, status: "missing", heading: null, headingBlock: null, form: null, body: null, criteria, evidence: [] }, units: [] };
  }
  const judge = new CriteriaJudge(pack, section);
  const defs = section.criteria.map((id) => pack.criteria.find((c) => c.id === id)).filter((c) => c !== undefined);
  const { units: raw, rows } = sectionUnits(doc.blocks, located.body, located.leadOffset);
  const classified = classifyUnits(doc.blocks, raw, rows, section, new TemplateTexts(pack, section));
  const analysing = defs.filter((c) => analysingCriteria(section).includes(c.id));
  // Linking and absorbing change only kinds, never the units' text or order: one judgement per unit serves every step.
  const hitsAt = hitsOnce(judge, classified);
  const meetsAny = (_u: ClassifiedUnit, i: number): boolean => defs.some((c) => hitsAt(c, i).length > 0);
  const units = linkReasons(absorbInstructionTails(classified, meetsAny), section, (_u, i) => analysing.some((c) => hitsAt(c, i).length > 0));
  const evidence: Evidence[] = [];
  for (const c of defs) {
    const found = findEvidence(hitsAt, c, units, (u) => u.kind === "substantive");
    criteria[c.id] = found.length > 0;
    evidence.push(...found);
  }
  const status = decideStatus(units, section, criteria);
  const analysed = isAnalysis(status);
  const report: SectionReport = {
    id: section.id,
    status,
    heading: located.heading,
    headingBlock: located.headingBlock,
    form: located.form,
    body: located.body.start <= located.body.end ? located.body : null,
    criteria: analysed ? criteria : noCriteria(pack),
    evidence: analysed ? evidence : [],
  };
  return { report, units };
}

/** Where the proposal mentions women and men outside the sections: one pass over each block, keyed by place. */
function mentionsOutside(doc: DocumentModel, pack: GuidancePack, sections: readonly SectionReport[]): Evidence[] {
  const inside = new Set<number>();
  for (const s of sections) {
    if (s.headingBlock !== null) inside.add(s.headingBlock);
    if (s.body) for (let i = s.body.start; i <= s.body.end; i++) inside.add(i);
  }
  const criteria = [...new Set(pack.sections.map((s) => s.mentions).filter((id) => id !== undefined))]
    .map((id) => pack.criteria.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const out: Evidence[] = [];
  for (const c of criteria) {
    const plain = c.patterns.filter((p) => typeof p === "string");
    const near = c.patterns.filter((p) => typeof p !== "string");
    for (const b of doc.blocks) {
      if (inside.has(b.index) || isReviewerComment(b)) continue;
      const seen = new Set<number>();
      for (const m of [...findAllOf(plain, b.text), ...near.flatMap((p) => matchPattern(p, b.text))]) {
        if (seen.has(m.start)) continue;
        seen.add(m.start);
        const sentence = splitSentences(b.text).find((s) => s.start <= m.start && m.start < s.start + s.text.length)?.text ?? b.text;
        out.push({ criterion: c.id, block: b.index, text: m.text, start: m.start, end: m.end, sentence });
      }
    }
  }
  return out.sort((a, b) => a.block - b.block || (a.start ?? 0) - (b.start ?? 0));
}

export function analyze(doc: DocumentModel, pack: GuidancePack): Report {
  const results = pack.sections.map((s) => ({ section: s, ...analyzeSection(doc, pack, s) }));
  return {
    guidance: { id: pack.id, version: pack.version },
    sections: results.map((r) => r.report),
    findings: results.flatMap((r) => sectionFindings(pack, r.section, r.report, r.units)),
    // Only a section without analysis needs to be told where the proposal already names women and men.
    mentions: results.some((r) => !isAnalysis(r.report.status)) ? mentionsOutside(doc, pack, results.map((r) => r.report)) : [],
  };
}
