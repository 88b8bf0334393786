// How the report looks: the status colours (badges as the pane's Fluent tint badges; bar shades
// within the same hue so that statuses sharing a badge colour stay apart) and the page's CSS.
import type { SectionStatus } from "../analysis/report";

/** The pane's badge colour per status (StatusBadge.tsx): danger, warning, informative, success. */
export const BADGE: Record<SectionStatus, "danger" | "warning" | "informative" | "success"> = {
  missing: "danger",
  empty: "danger",
  template: "warning",
  dismissed: "danger",
  justified: "informative",
  weak: "warning",
  adequate: "success",
};

export const BAR_FILL: Record<SectionStatus, string> = {
  missing: "#750b1c",
  empty: "#a4262c",
  dismissed: "#d13438",
  template: "#8a3707",
  weak: "#f7630c",
  justified: "#8a8886",
  adequate: "#107c10",
};

export const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:"Segoe UI",system-ui,-apple-system,Arial,sans-serif;font-size:15px;line-height:1.45;color:#242424;background:#fff}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:1.7em;margin:0 0 .3em}
h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:1px solid #d1d1d1;padding-bottom:.2em}
.headline{font-size:1.15em;max-width:60em}
.meta,.note{color:#424242;font-size:.92em}
figure{margin:0 0 1em}
figcaption{font-size:.92em;color:#424242}
svg{display:block;max-width:100%;height:auto}
svg text{font-family:inherit;font-size:12px;fill:#242424}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:.4em 0 1em;font-size:.92em}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:14px;height:14px;border:1px solid #616161}
${(Object.entries(BAR_FILL) as [string, string][]).map(([s, c]) => `.sw-${s}{background:${c}}`).join("\n")}
table{border-collapse:collapse;margin:.4em 0 1.2em;font-size:.92em}
caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border:1px solid #d1d1d1;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f5f5f5}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.mark{text-align:center}
.proposals{width:100%}
.file{display:block;color:#616161;font-size:.85em;word-break:break-all}
.st{display:inline-block;border:1px solid;border-radius:4px;padding:0 6px;font-weight:600}
.nowrap{white-space:nowrap}
.proposals{font-size:.88em}
.st-danger{background:#fdf6f6;color:#b10e1c;border-color:#f1bbbc}
.st-warning{background:#fdf6f3;color:#8a3707;border-color:#fdcfb4}
.st-informative{background:#f5f5f5;color:#424242;border-color:#d1d1d1}
.st-success{background:#f1faf1;color:#0e700e;border-color:#9fd89f}
details summary{cursor:pointer;color:#0f548c}
details q{display:block;margin:.2em 0 .4em}
.key{columns:2;font-size:.92em;padding-left:1.6em}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{margin-top:2em;padding-bottom:24px;border-top:1px solid #d1d1d1;color:#424242;font-size:.9em}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{font-size:9.5pt}
  header,main,footer{max-width:none;padding:0}
  h2{break-after:avoid}
  figure,table caption,thead{break-inside:avoid}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  .key{columns:2}
  details summary{color:inherit}
}
`;
