// One proposal's line in the follow-up report: what the file says about itself (properties,
// title, dates), how its equality section was judged, the evidence, the reviewer comments and the
// guidance version stamped in it. Pure: built from what src/docx and src/analysis produce.
import type { DocumentModel } from "../analysis/model";
import type { Evidence, Report, SectionStatus } from "../analysis/report";
import type { PropertyValue } from "../docx/properties";
import type { CommentStatus } from "../review/model";

export interface SectionRecord {
  id: string;
  status: SectionStatus;
  heading: string | null;
  criteria: Record<string, boolean>;
  /** The sentence that met each criterion (the first one found). */
  evidence: Record<string, string>;
}

export interface ProposalRecord {
  /** Path relative to the folder given on the command line, with `/` separators. */
  file: string;
  /** The folder it lies in, relative (`.` for the folder itself). */
  folder: string;
  title: string | null;
  created: string | null;
  modified: string | null;
  author: string | null;
  /** Custom document properties, in document order. */
  properties: Record<string, PropertyValue>;
  /** The pack's first section (the equality section), repeated here for tables. */
  status: SectionStatus;
  heading: string | null;
  criteria: Record<string, boolean>;
  evidence: Record<string, string>;
  sections: SectionRecord[];
  comments: Record<CommentStatus, number>;
  /** The guidance version that last checked the document in Word, if it says. */
  stamp: { id: string; version: string; checkedAt: string | null } | null;
}

export interface UnreadableFile {
  file: string;
  reason: string;
}

export interface RecordInput {
  file: string;
  model: DocumentModel;
  report: Report;
  core: { title: string | null; creator: string | null; created: string | null; modified: string | null };
  custom: readonly { name: string; value: PropertyValue }[];
  comments: Record<CommentStatus, number>;
  stamp: ProposalRecord["stamp"];
}

/** The evidence's whole sentence (or table row), else the words that matched. */
export function evidenceText(e: Evidence): string {
  return (e.sentence || e.text).replace(/\s+/g, " ").trim();
}

function firstEvidence(evidence: readonly Evidence[], criteria: Record<string, boolean>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of evidence) {
    if (criteria[e.criterion] && !(e.criterion in out)) out[e.criterion] = evidenceText(e);
  }
  return out;
}

/** The core title, else the document's title paragraph, else its first heading. */
export function proposalTitle(coreTitle: string | null, model: DocumentModel): string | null {
  if (coreTitle) return coreTitle;
  const block = model.blocks.find((b) => b.kind === "title" && b.text.trim()) ?? model.blocks.find((b) => b.kind === "heading" && b.text.trim());
  return block ? block.text.trim() : null;
}

export function folderOf(file: string): string {
  const i = file.lastIndexOf("/");
  return i < 0 ? "." : file.slice(0, i);
}

export function toRecord(input: RecordInput): ProposalRecord {
  const sections: SectionRecord[] = input.report.sections.map((s) => ({
    id: s.id,
    status: s.status,
    heading: s.heading,
    criteria: s.criteria,
    evidence: firstEvidence(s.evidence, s.criteria),
  }));
  const main = sections[0];
  return {
    file: input.file,
    folder: folderOf(input.file),
    title: proposalTitle(input.core.title, input.model),
    created: input.core.created,
    modified: input.core.modified,
    author: input.core.creator,
    properties: Object.fromEntries(input.custom.map((p) => [p.name, p.value])),
    status: main.status,
    heading: main.heading,
    criteria: main.criteria,
    evidence: main.evidence,
    sections,
    comments: input.comments,
    stamp: input.stamp,
  };
}
