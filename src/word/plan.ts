// Where an insertion goes, worked out on the document model before Word is touched (pure):
// the missing section after "Resurser och finansiering" or before "Beslutsunderlag" … else at the
// end, with a heading like the document's other section headings; the questions for a
// criterion at the end of the section.
import { outlineLevels } from "../analysis/locate";
import type { Block, DocumentModel } from "../analysis/model";
import type { SectionReport } from "../analysis/report";
import type { GuidancePack, Section } from "../guidance/schema";

export type HeadingFormat = { kind: "style"; style: string; builtIn: string | null; level: number } | { kind: "bold" };

export interface InsertionPlan {
  /** Block to insert at; null means the end of the document. */
  anchor: number | null;
  where: "Before" | "After";
  /** The heading to write first (a missing section), or null (questions, template under an empty heading). */
  heading: { text: string; format: HeadingFormat } | null;
  paragraphs: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The end of a heading's section: the last block before the next heading of the same or higher level. */
export function sectionEnd(blocks: readonly Block[], heading: number): number {
  const levels = outlineLevels(blocks);
  const level = levels[heading] ?? 9;
  let end = heading;
  while (end + 1 < blocks.length) {
    const l = levels[end + 1];
    if ((l !== null && l <= level) || blocks[end + 1].kind === "title") break;
    end++;
  }
  return end;
}

function headingIndex(blocks: readonly Block[], names: readonly string[]): number | null {
  const levels = outlineLevels(blocks);
  for (const name of names) {
    const i = blocks.findIndex((b, k) => levels[k] !== null && norm(b.text) === norm(name));
    if (i >= 0) return i;
  }
  return null;
}

function formatOf(block: Block, levels: (number | null)[]): HeadingFormat {
  if (block.kind === "heading") {
    return { kind: "style", style: block.style, builtIn: /^heading ?[1-9]$/i.test(block.style) || /^rubrik ?[1-9]$/i.test(block.style) ? `Heading${block.level}` : null, level: levels[block.index] ?? block.level };
  }
  return { kind: "bold" };
}

/** The format of the document's section headings: the most common top-level heading form. */
export function sectionHeadingFormat(blocks: readonly Block[]): HeadingFormat {
  const levels = outlineLevels(blocks);
  const heads = blocks.filter((b, i) => levels[i] !== null && b.kind !== "title");
  if (heads.length === 0) return { kind: "style", style: "Heading 1", builtIn: "Heading1", level: 1 };
  const top = Math.min(...heads.map((b) => levels[b.index]!));
  const first = heads.find((b) => levels[b.index] === top)!;
  return formatOf(first, levels);
}

/** A new section never goes inside a table: after a table, it goes before the block that follows. */
function outsideTables(blocks: readonly Block[], plan: InsertionPlan): InsertionPlan {
  if (plan.anchor === null || !blocks[plan.anchor].table || plan.where !== "After") return plan;
  let next = plan.anchor + 1;
  while (next < blocks.length && blocks[next].table) next++;
  return next < blocks.length ? { ...plan, anchor: next, where: "Before" } : { ...plan, anchor: null };
}

export function planSectionInsertion(model: DocumentModel, section: Section): InsertionPlan {
  const blocks = model.blocks;
  const levels = outlineLevels(blocks);
  const after = headingIndex(blocks, section.insertAfter);
  if (after !== null) {
    const plan: InsertionPlan = { anchor: sectionEnd(blocks, after), where: "After", heading: { text: section.label.sv, format: formatOf(blocks[after], levels) }, paragraphs: section.template };
    return outsideTables(blocks, plan);
  }
  const before = headingIndex(blocks, section.insertBefore);
  if (before !== null) {
    return { anchor: before, where: "Before", heading: { text: section.label.sv, format: formatOf(blocks[before], levels) }, paragraphs: section.template };
  }
  return { anchor: null, where: "After", heading: { text: section.label.sv, format: sectionHeadingFormat(blocks) }, paragraphs: section.template };
}

/** The section's template under its existing (empty) heading. */
export function planTemplateInsertion(report: SectionReport, section: Section): InsertionPlan {
  if (report.headingBlock === null) throw new Error("an empty section always has a heading");
  return { anchor: report.body?.end ?? report.headingBlock, where: "After", heading: null, paragraphs: section.template };
}

export function questionsFor(pack: GuidancePack, section: Section, criterion: string | null): string[] {
  const ids = criterion ? [criterion] : [...section.rule.required, ...section.rule.atLeast.of];
  return pack.checklist.filter((q) => ids.includes(q.criterion) && section.criteria.includes(q.criterion)).map((q) => q.text.sv);
}

export function planQuestionInsertion(report: SectionReport, pack: GuidancePack, section: Section, criterion: string | null): InsertionPlan {
  const last = report.body?.end ?? report.headingBlock;
  if (last === null || last === undefined) throw new Error("the section is missing: insert the section first");
  return { anchor: last, where: "After", heading: null, paragraphs: questionsFor(pack, section, criterion) };
}
