// The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched, a
// restrictive Content-Security-Policy, every document text escaped, readable when printed on A4.
import { STATUSES, type SectionStatus } from "../analysis/report";
import type { Language } from "../i18n/language";
import { shareBars, stackedBars } from "./charts";
import { escapeHtml as esc } from "./escape";
import { reportGroupBy, type FollowUpReport } from "./follow-up";
import { reportStrings, type ReportStrings } from "./i18n";
import { BADGE, CSS } from "./look";
import { groupKey, recordDate, sortRecords, type Row } from "./summary";

const NONE: readonly SectionStatus[] = ["missing", "empty", "template", "dismissed"];

function percent(part: number, whole: number, t: ReportStrings): string {
  return new Intl.NumberFormat(t.locale, { style: "percent", maximumFractionDigits: 0 }).format(whole ? part / whole : 0);
}

const countAndShare = (part: number, whole: number, t: ReportStrings) => `${part} (${percent(part, whole, t)})`;

function badge(status: SectionStatus, t: ReportStrings): string {
  return `<span class="st st-${BADGE[status]}" data-status="${status}">${esc(t.status[status])}</span>`;
}

function legend(t: ReportStrings, used: readonly SectionStatus[]): string {
  const items = STATUSES.filter((s) => used.includes(s)).map((s) => `<li><span class="swatch sw-${s}" aria-hidden="true"></span>${esc(t.status[s])}</li>`);
  return `<ul class="legend" aria-label="${esc(t.legend)}">${items.join("")}</ul>`;
}

function statusTable(id: string, caption: string, keyHeader: string, rows: readonly (Row & { label: string })[], t: ReportStrings): string {
  const head = `<tr><th scope="col">${esc(keyHeader)}</th>${STATUSES.map((s) => `<th scope="col" class="num">${esc(t.status[s])}</th>`).join("")}<th scope="col" class="num">${esc(t.total)}</th><th scope="col" class="num">${esc(t.shareAdequate)}</th></tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row"${/^\d{4}-\d{2}$/.test(r.label) ? ' class="nowrap"' : ""}>${esc(r.label)}</th>${STATUSES.map((s) => `<td class="num">${r.counts[s]}</td>`).join("")}<td class="num">${r.total}</td><td class="num">${percent(r.counts.adequate, r.total, t)}</td></tr>`,
    )
    .join("");
  return `<table id="${id}"><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function statusChart(id: string, title: string, keyHeader: string, rows: readonly (Row & { label: string })[], t: ReportStrings): string {
  const used = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>
<figure><figcaption id="${id}-c">${esc(title)}. ${esc(t.chartNote)}</figcaption>${stackedBars(rows, `${id}-c`)}</figure>
${legend(t, used)}
${statusTable(`${id}-table`, title, keyHeader, rows, t)}</section>`;
}

export interface HtmlOptions {
  language: Language;
  /** The run date as the reader should see it (the CLI passes local time). */
  generatedAtText: string;
}

/** The `<style>` text and the page; the caller needs the style to compute the CSP hash. */
export function renderHtmlParts(report: FollowUpReport, options: HtmlOptions): { style: string; page: (csp: string) => string } {
  const t = reportStrings[options.language];
  const lang = options.language;
  const label = (l: { sv: string; en?: string }) => (lang === "en" ? (l.en ?? l.sv) : l.sv);
  const groupBy = reportGroupBy(report);
  const s = report.summary;
  const byText = groupBy.kind === "property" ? t.groupBy.property(groupBy.name) : t.groupBy[groupBy.kind];
  const groupLabel = (key: string | null) =>
    key === null ? (groupBy.kind === "month" ? t.noDate : t.noValue) : groupBy.kind === "folder" && key === "." ? t.rootFolder : key;

  const intro: string[] = [];
  if (s.total === 0) intro.push(`<p class="headline">${esc(t.nothingRead)}</p>`);
  else {
    const none = NONE.reduce((n, st) => n + s.counts[st], 0);
    intro.push(
      `<p class="headline"><strong>${esc(t.headline(s.total, countAndShare(s.counts.adequate, s.total, t)))}</strong> ${esc(
        t.headlineRest(countAndShare(s.counts.weak, s.total, t), countAndShare(none, s.total, t), countAndShare(s.counts.justified, s.total, t)),
      )}</p>`,
    );
    const dates = report.records.map(recordDate).filter((d): d is string => d !== null).sort();
    const scope = [t.scope(s.total, s.groups.length, byText)];
    if (dates.length) scope.push(t.period(dates[0], dates[dates.length - 1]));
    if (report.since || report.until) scope.push(t.filter(report.since, report.until));
    intro.push(`<p class="meta">${esc(scope.join(" "))}</p>`);
  }

  const sections: string[] = [];
  if (s.total > 0) {
    sections.push(statusChart("groups", t.statusByGroup, t.group, s.groups.map((r) => ({ ...r, label: groupLabel(r.key) })), t));

    const cov = report.criteria.map((c) => {
      const met = s.criteria.find((x) => x.id === c.id)?.met ?? 0;
      return { label: label(c.label), met, share: s.analysed ? met / s.analysed : 0 };
    });
    const covTable = `<table id="criteria-table"><caption>${esc(t.criteriaCoverage)}</caption><thead><tr><th scope="col">${esc(t.criterion)}</th><th scope="col" class="num">${esc(t.met)}</th><th scope="col" class="num">${esc(t.share)}</th></tr></thead><tbody>${cov
      .map((c) => `<tr><th scope="row">${esc(c.label)}</th><td class="num">${c.met} / ${s.analysed}</td><td class="num">${percent(c.met, s.analysed, t)}</td></tr>`)
      .join("")}</tbody></table>`;
    sections.push(
      `<section aria-labelledby="criteria-h"><h2 id="criteria-h">${esc(t.criteriaCoverage)}</h2>` +
        (s.analysed
          ? `<p class="note">${esc(t.criteriaBase(s.analysed))}</p><figure><figcaption id="criteria-c">${esc(t.criteriaCoverage)}. ${esc(t.chartNote)}</figcaption>${shareBars(
              cov.map((c) => ({ label: c.label, share: c.share, text: percent(c.met, s.analysed, t) })),
              "criteria-c",
            )}</figure>${covTable}`
          : `<p class="note">${esc(t.noAnalysed)}</p>`) +
        `</section>`,
    );

    if (s.months.length && groupBy.kind !== "month") {
      sections.push(statusChart("months", t.statusByMonth, t.month, s.months.map((r) => ({ ...r, label: r.key ?? t.noDate })), t));
      if (s.undated) sections.push(`<p class="note">${esc(t.undated(s.undated))}</p>`);
    }

    const key = `<p class="note" id="key-h">${esc(t.criteriaKey)}:</p><ol class="key" aria-labelledby="key-h">${report.criteria.map((c) => `<li>${esc(label(c.label))}</li>`).join("")}</ol>`;
    const head = `<tr><th scope="col">${esc(t.group)}</th><th scope="col">${esc(t.date)}</th><th scope="col">${esc(t.proposal)}</th><th scope="col">${esc(t.statusHeader)}</th>${report.criteria
      .map((c, i) => `<th scope="col" class="num"><span aria-hidden="true">${i + 1}</span><span class="sr">${esc(label(c.label))}</span></th>`)
      .join("")}<th scope="col" class="num">${esc(t.openComments)}</th><th scope="col">${esc(t.stamp)}</th></tr>`;
    const rows = sortRecords(report.records, groupBy).map((r) => {
      const evidence = report.criteria.filter((c) => r.evidence[c.id]);
      const details = evidence.length
        ? `<details><summary>${esc(t.evidence)} (${evidence.length})</summary>${evidence.map((c) => `<p><strong>${esc(label(c.label))}:</strong> <q>${esc(r.evidence[c.id])}</q></p>`).join("")}</details>`
        : "";
      const marks = report.criteria
        .map((c) =>
          r.criteria[c.id]
            ? `<td class="mark"><span aria-hidden="true">✓</span><span class="sr">${esc(t.criterionMet)}</span></td>`
            : `<td class="mark"><span aria-hidden="true">–</span><span class="sr">${esc(t.criterionNotMet)}</span></td>`,
        )
        .join("");
      return `<tr><td>${esc(groupLabel(groupKey(r, groupBy)))}</td><td class="nowrap">${esc(recordDate(r) ?? "")}</td><td>${esc(r.title ?? t.untitled)}<span class="file">${esc(r.file)}</span>${details}</td><td>${badge(r.status, t)}</td>${marks}<td class="num">${r.comments.open}</td><td>${esc(r.stamp ? `${r.stamp.version}` : "")}</td></tr>`;
    });
    sections.push(
      `<section aria-labelledby="all-h"><h2 id="all-h">${esc(t.allProposals)}</h2>${key}<table class="proposals" id="proposals"><caption>${esc(t.allProposals)}</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></section>`,
    );
  }

  if (report.unreadable.length) {
    sections.push(
      `<section aria-labelledby="unreadable-h"><h2 id="unreadable-h">${esc(t.unreadable)} (${report.unreadable.length})</h2><table id="unreadable"><caption>${esc(t.unreadable)}</caption><thead><tr><th scope="col">${esc(t.file)}</th><th scope="col">${esc(t.reason)}</th></tr></thead><tbody>${report.unreadable
        .map((u) => `<tr><td>${esc(u.file)}</td><td>${esc(u.reason)}</td></tr>`)
        .join("")}</tbody></table></section>`,
    );
  }

  const otherStamps = report.records.filter((r) => r.stamp && (r.stamp.id !== report.guidance.id || r.stamp.version !== report.guidance.version)).length;
  const footer = [
    t.generated(options.generatedAtText, report.jamkoll),
    t.guidance(label(report.guidance.name), report.guidance.id, report.guidance.version),
    ...(otherStamps ? [t.otherStamps(otherStamps)] : []),
    ...(report.skipped.lockFiles || report.skipped.notDocx ? [t.skipped(report.skipped.lockFiles, report.skipped.notDocx)] : []),
  ];

  const style = CSS;
  return {
    style,
    page: (csp) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Jämkoll ${esc(report.jamkoll)}">
<title>${esc(t.title)}</title>
<style>${style}</style>
</head>
<body>
<header><h1>${esc(t.title)}</h1>${intro.join("\n")}</header>
<main>
${sections.join("\n")}
</main>
<footer>${footer.map((f) => `<p>${esc(f)}</p>`).join("")}</footer>
</body>
</html>
`,
  };
}

/** The policy: nothing may load or run; only this page's own style (by its hash) applies. */
export function contentSecurityPolicy(styleHash: string): string {
  return `default-src 'none'; style-src '${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** The complete page. The style's hash uses Web Crypto, present in Node 20 and browsers. */
export async function renderHtml(report: FollowUpReport, options: HtmlOptions): Promise<string> {
  const { style, page } = renderHtmlParts(report, options);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(style));
  const hash = `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
  return page(contentSecurityPolicy(hash));
}
