// Grouping, date filters and the counts the report shows: status per group and per month, and
// criteria coverage among the sections that hold an analysis. Pure.
import { STATUSES, type SectionStatus } from "../analysis/report";
import type { ProposalRecord } from "./record";

export type GroupBy = { kind: "folder" } | { kind: "month" } | { kind: "property"; name: string };

/** `folder`, `month` or `property:NAME`; null when the key is none of these. */
export function parseGroupBy(s: string | undefined): GroupBy | null {
  if (!s || s === "folder") return { kind: "folder" };
  if (s === "month") return { kind: "month" };
  const m = /^property:(.+)$/.exec(s);
  return m && m[1].trim() ? { kind: "property", name: m[1].trim() } : null;
}

export function groupByText(g: GroupBy): string {
  return g.kind === "property" ? `property:${g.name}` : g.kind;
}

/** A date as the Swedish reader sees it: YYYY-MM-DD in Stockholm's time zone. */
const stockholm = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
export function localDate(iso: string | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const parts = Object.fromEntries(stockholm.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The date a proposal is followed up by: when it was created, else last modified. */
export function recordDate(r: ProposalRecord): string | null {
  return localDate(r.created) ?? localDate(r.modified);
}

export const DATE_ARGUMENT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Inclusive; `until` may be a year or a month (2026-03 is the whole of March). Undated records fall outside any limit. */
export function withinDates(r: ProposalRecord, since: string | undefined, until: string | undefined): boolean {
  if (!since && !until) return true;
  const d = recordDate(r);
  if (!d) return false;
  if (since && d < since) return false;
  if (until && d.slice(0, until.length) > until) return false;
  return true;
}

function propertyText(v: string | number | boolean | undefined): string | null {
  if (v === undefined) return null;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return localDate(v) ?? v;
  return String(v);
}

/** The group a record belongs to; null when it has no value for the key (no date, no such property). */
export function groupKey(r: ProposalRecord, g: GroupBy): string | null {
  switch (g.kind) {
    case "folder":
      return r.folder;
    case "month":
      return recordDate(r)?.slice(0, 7) ?? null;
    case "property":
      return propertyText(r.properties[g.name]);
  }
}

export type StatusCounts = Record<SectionStatus, number>;

export const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

export interface Row {
  key: string | null;
  counts: StatusCounts;
  total: number;
}

export interface CriterionCoverage {
  id: string;
  met: number;
}

export interface Summary {
  total: number;
  counts: StatusCounts;
  groups: Row[];
  months: Row[];
  /** Sections holding an analysis (weak or adequate): the base for criteria coverage. */
  analysed: number;
  criteria: CriterionCoverage[];
  /** Records without a date (they are in no month). */
  undated: number;
}

/** Statuses whose section holds an analysis that criteria are judged on. */
export const hasAnalysis = (s: SectionStatus): boolean => s === "weak" || s === "adequate";

const compareKeys = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, "sv"));

function rows(records: readonly ProposalRecord[], key: (r: ProposalRecord) => string | null): Row[] {
  const map = new Map<string | null, Row>();
  for (const r of records) {
    const k = key(r);
    let row = map.get(k);
    if (!row) map.set(k, (row = { key: k, counts: emptyCounts(), total: 0 }));
    row.counts[r.status]++;
    row.total++;
  }
  return [...map.values()].sort((a, b) => compareKeys(a.key, b.key));
}

export function summarise(records: readonly ProposalRecord[], groupBy: GroupBy, criteria: readonly string[]): Summary {
  const counts = emptyCounts();
  for (const r of records) counts[r.status]++;
  const analysed = records.filter((r) => hasAnalysis(r.status));
  const dated = records.filter((r) => recordDate(r) !== null);
  return {
    total: records.length,
    counts,
    groups: rows(records, (r) => groupKey(r, groupBy)),
    months: rows(dated, (r) => recordDate(r)!.slice(0, 7)),
    analysed: analysed.length,
    criteria: criteria.map((id) => ({ id, met: analysed.filter((r) => r.criteria[id]).length })),
    undated: records.length - dated.length,
  };
}

/** Rows of the proposal table: by group, then date, then file. */
export function sortRecords(records: readonly ProposalRecord[], groupBy: GroupBy): ProposalRecord[] {
  return [...records].sort(
    (a, b) => compareKeys(groupKey(a, groupBy), groupKey(b, groupBy)) || compareKeys(recordDate(a), recordDate(b)) || a.file.localeCompare(b.file, "sv"),
  );
}
