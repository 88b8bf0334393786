// The follow-up report as data: every record, what could not be read, and how it was made (the
// Jämkoll and guidance versions, the run date) so an archived report can be traced.
import type { GuidancePack } from "../guidance/schema";
import type { ProposalRecord, UnreadableFile } from "./record";
import { groupByText, parseGroupBy, summarise, withinDates, type GroupBy, type Summary } from "./summary";

export interface FollowUpReport {
  jamkoll: string;
  generatedAt: string;
  guidance: { id: string; version: string; name: { sv: string; en?: string } };
  /** The first section's criteria, in the pack's order, with their labels. */
  criteria: { id: string; label: { sv: string; en?: string } }[];
  groupBy: string;
  since: string | null;
  until: string | null;
  summary: Summary;
  records: ProposalRecord[];
  unreadable: UnreadableFile[];
  skipped: { lockFiles: number; notDocx: number };
  /** Readable proposals left out by --since/--until (including those without a date). */
  outsideDates: number;
}

export interface FollowUpInput {
  jamkoll: string;
  generatedAt: string;
  pack: GuidancePack;
  groupBy: GroupBy;
  since?: string;
  until?: string;
  records: readonly ProposalRecord[];
  unreadable: readonly UnreadableFile[];
  skipped: { lockFiles: number; notDocx: number };
}

export function followUpReport(input: FollowUpInput): FollowUpReport {
  const records = input.records.filter((r) => withinDates(r, input.since, input.until)).sort((a, b) => a.file.localeCompare(b.file, "sv"));
  const ids = input.pack.sections[0]?.criteria ?? [];
  const criteria = ids.map((id) => ({ id, label: input.pack.criteria.find((c) => c.id === id)?.label ?? { sv: id } }));
  return {
    jamkoll: input.jamkoll,
    generatedAt: input.generatedAt,
    guidance: { id: input.pack.id, version: input.pack.version, name: input.pack.name },
    criteria,
    groupBy: groupByText(input.groupBy),
    since: input.since ?? null,
    until: input.until ?? null,
    summary: summarise(records, input.groupBy, ids),
    records,
    unreadable: [...input.unreadable].sort((a, b) => a.file.localeCompare(b.file, "sv")),
    skipped: input.skipped,
    outsideDates: input.records.length - records.length,
  };
}

/** The grouping the report was made with (it is stored as text in the JSON). */
export function reportGroupBy(report: FollowUpReport): GroupBy {
  return parseGroupBy(report.groupBy) ?? { kind: "folder" };
}
