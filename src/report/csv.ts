// The report as CSV for Excel with Swedish settings: UTF-8 with BOM (no `sep=` line, which makes
// Excel ignore the BOM), `;` between fields, CRLF, decimal comma, ISO dates, one row per proposal.
// A text cell that a spreadsheet would take as a formula is neutralised.
import type { Language } from "../i18n/language";
import type { FollowUpReport } from "./follow-up";
import { reportStrings } from "./i18n";
import { localDate } from "./summary";

export const BOM = "\uFEFF";

/** Quotes a field when it holds `;`, `"`, a line break or edge spaces. */
export function csvField(s: string): string {
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text that Excel or LibreOffice would run as a formula gets a leading apostrophe. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function decimal(n: number, language: Language): string {
  const s = String(Math.round(n * 1e6) / 1e6);
  return language === "sv" ? s.replace(".", ",") : s;
}

type Cell = string | number | boolean | null;

function cell(v: Cell, language: Language): string {
  const t = reportStrings[language].csv;
  if (v === null) return "";
  if (typeof v === "number") return decimal(v, language);
  if (typeof v === "boolean") return v ? t.yes : t.no;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return localDate(v) ?? csvField(neutralise(v));
  return csvField(neutralise(v));
}

export function renderCsv(report: FollowUpReport, language: Language): string {
  const t = reportStrings[language];
  const label = (l: { sv: string; en?: string }) => (language === "en" ? (l.en ?? l.sv) : l.sv);
  const propertyNames: string[] = [];
  for (const r of report.records) for (const name of Object.keys(r.properties)) if (!propertyNames.includes(name)) propertyNames.push(name);
  const header: string[] = [
    t.csv.file,
    t.csv.folder,
    t.csv.title,
    t.csv.created,
    t.csv.modified,
    t.csv.author,
    ...propertyNames,
    t.csv.status,
    t.csv.statusId,
    t.csv.heading,
    ...report.criteria.map((c) => label(c.label)),
    t.csv.criteriaMet,
    t.csv.criteriaShare,
    t.csv.open,
    t.csv.answered,
    t.csv.resolved,
    t.csv.stamp,
    ...report.criteria.map((c) => t.csv.evidence(label(c.label))),
  ];
  const rows: string[] = [header.map((h) => csvField(neutralise(h))).join(";")];
  const n = report.criteria.length;
  for (const r of report.records) {
    const met = report.criteria.filter((c) => r.criteria[c.id]).length;
    const cells: Cell[] = [
      r.file,
      r.folder,
      r.title,
      r.created,
      r.modified,
      r.author,
      ...propertyNames.map((p) => r.properties[p] ?? null),
      t.status[r.status],
      r.status,
      r.heading,
      ...report.criteria.map((c) => Boolean(r.criteria[c.id])),
      met,
      n ? met / n : 0,
      r.comments.open,
      r.comments.answered,
      r.comments.resolved,
      r.stamp ? `${r.stamp.id} ${r.stamp.version}` : null,
      ...report.criteria.map((c) => r.evidence[c.id] ?? null),
    ];
    rows.push(cells.map((c) => cell(c, language)).join(";"));
  }
  return BOM + rows.join("\r\n") + "\r\n";
}
