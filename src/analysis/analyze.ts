// analyze(document, pack) → report: finds each section the pack defines, judges it against its
// criteria and explains every gap. Pure: the same in the pane, the CLI and tests.
import { matchPattern } from "../guidance/patterns";
import type { GuidancePack, Section } from "../guidance/schema";
import { classifyUnits, knownTemplateTexts, type ClassifiedUnit } from "./classify";
import { findEvidence } from "./criteria";
import { sectionFindings } from "./findings";
import { locateSection } from "./locate";
import { isReviewerComment, type DocumentModel } from "./model";
import type { Evidence, Report, SectionReport } from "./report";
import { decideStatus, isAnalysis } from "./status";
import { sectionUnits } from "./units";

function noCriteria(pack: GuidancePack): Record<string, boolean> {
  return Object.fromEntries(pack.criteria.map((c) => [c.id, false]));
}

export function analyzeSection(doc: DocumentModel, pack: GuidancePack, section: Section): { report: SectionReport; units: ClassifiedUnit[] } {
  const located = locateSection(doc.blocks, section);
  const criteria = noCriteria(pack);
  if (!located) {
    return { report: { id: section.id, status: "missing", heading: null, headingBlock: null, form: null, body: null, criteria, evidence: [] }, units: [] };
  }
  const known = knownTemplateTexts(pack, section);
  const units = classifyUnits(sectionUnits(doc.blocks, located.body, located.leadOffset), section, known);
  const substantive = units.filter((u) => u.kind === "substantive");
  const evidence: Evidence[] = [];
  for (const id of section.criteria) {
    const c = pack.criteria.find((x) => x.id === id);
    if (!c) continue;
    const found = findEvidence(c, substantive);
    criteria[id] = found.length > 0;
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

function mentionsOutside(doc: DocumentModel, pack: GuidancePack, sections: readonly SectionReport[]): Evidence[] {
  const inside = new Set<number>();
  for (const s of sections) {
    if (s.headingBlock !== null) inside.add(s.headingBlock);
    if (s.body) for (let i = s.body.start; i <= s.body.end; i++) inside.add(i);
  }
  const out: Evidence[] = [];
  for (const section of pack.sections) {
    const c = section.mentions ? pack.criteria.find((x) => x.id === section.mentions) : undefined;
    if (!c) continue;
    for (const b of doc.blocks) {
      if (inside.has(b.index) || isReviewerComment(b)) continue;
      for (const p of c.patterns) {
        for (const m of matchPattern(p, b.text)) {
          if (!out.some((e) => e.block === b.index && e.start === m.start)) out.push({ criterion: c.id, block: b.index, text: m.text, start: m.start, end: m.end });
        }
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
    mentions: mentionsOutside(doc, pack, results.map((r) => r.report)),
  };
}
