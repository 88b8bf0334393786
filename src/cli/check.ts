// `jamkoll check FILE... [--json] [--guidance PACK] [--fail-on STATUS]`: the analysis for each file.
import { analyze } from "../analysis/analyze";
import { isStatus, statusRank, type Report, type SectionStatus } from "../analysis/report";
import { openDocxFile } from "../docx/file";
import { commentControls, reviewParts } from "../docx/review";
import { countByStatus, type CommentStatus } from "../review/model";
import { reconcile } from "../review/reconcile";
import type { GuidancePack } from "../guidance/schema";
import { eachFile, jsonArray } from "./batch";
import type { CliIO } from "./io";
import { loadPackForCli } from "./pack-source";
import { cliLanguageNow, cliText } from "./i18n";
import { reportStrings } from "../report/i18n";

export interface CheckOptions {
  json?: boolean;
  guidance?: string;
  failOn?: string;
}

export interface FileResult {
  file: string;
  guidance: { id: string; version: string };
  sections: { id: string; status: SectionStatus; heading: string | null; criteria: Record<string, boolean>; evidence: Report["sections"][number]["evidence"] }[];
  findings: Report["findings"];
  mentions: Report["mentions"];
  comments: Record<CommentStatus, number>;
}

export function toFileResult(file: string, report: Report, comments: Record<CommentStatus, number> = { open: 0, answered: 0, resolved: 0 }): FileResult {
  return {
    file,
    guidance: report.guidance,
    sections: report.sections.map((s) => ({ id: s.id, status: s.status, heading: s.heading, criteria: s.criteria, evidence: s.evidence })),
    findings: report.findings,
    mentions: report.mentions,
    comments,
  };
}

const STATUS_WORDS: Record<SectionStatus, string> = {
  missing: "missing (saknas)",
  empty: "empty (tomt)",
  template: "template text only (malltext)",
  dismissed: "dismissed without reason (avfärdat)",
  justified: "justified (motiverat undantag)",
  weak: "weak (brister)",
  adequate: "adequate (godtagbart)",
};

const MAX_QUOTE = 160;
/** `block 14: "…"` — blocks counted from 1, as a reader counts paragraphs. */
function where(block: number, text: string): string {
  const quote = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  return cliText().check.where(block + 1, quote);
}

/** Swedish: the pane's status words and criterion labels; English: as before, ids and both words. */
export function formatSummary(result: FileResult, pack: GuidancePack): string {
  const t = cliText().check;
  const en = cliLanguageNow() === "en";
  const local = (l: { sv: string; en?: string }) => (en ? (l.en ?? l.sv) : l.sv);
  const statusWord = (s: SectionStatus) => (en ? STATUS_WORDS[s] : reportStrings.sv.status[s]);
  const criterionName = (id: string) => {
    const c = pack.criteria.find((x) => x.id === id);
    return en || !c ? id : `${c.label.sv} (${id})`;
  };
  const lines = [result.file];
  for (const s of result.sections) {
    const sectionLabel = pack.sections.find((x) => x.id === s.id)?.label;
    const label = sectionLabel ? local(sectionLabel) : s.id;
    lines.push(`  ${label}: ${statusWord(s.status)}${s.heading ? t.heading(s.heading) : ""}`);
    const section = pack.sections.find((x) => x.id === s.id);
    if (s.status === "weak" || s.status === "adequate") {
      for (const id of section?.criteria ?? []) {
        lines.push(`    ${s.criteria[id] ? "✓" : "✗"} ${criterionName(id)}`);
        // Where the pane found it, so a reviewer can see why the criterion holds.
        const e = s.evidence.find((x) => x.criterion === id);
        if (e) lines.push(`        ${where(e.block, e.sentence)}`);
      }
    }
  }
  const n = result.comments;
  if (n.open + n.answered + n.resolved > 0) lines.push(t.comments(n.open, n.answered, n.resolved));
  for (const f of result.findings) {
    lines.push(`  [${t.severity[f.severity] ?? f.severity}] ${local(f.message)}`);
    for (const t of f.triggers?.slice(0, 3) ?? []) lines.push(`        ${where(t.block, t.text)}`);
  }
  if (result.sections.some((s) => s.status === "missing") && result.mentions.length) {
    lines.push(t.mentions(result.mentions.length, result.mentions[0].text));
  }
  return lines.join("\n");
}

export async function check(files: string[], options: CheckOptions, io: CliIO): Promise<number> {
  if (options.failOn !== undefined && !isStatus(options.failOn)) {
    io.err(`jamkoll: ${cliText().check.badFailOn(options.failOn)}`);
    return 2;
  }
  const pack = await loadPackForCli(options.guidance, io);
  if (!pack) return 2;
  const statuses: SectionStatus[] = [];
  const json = options.json ? jsonArray(io) : null;
  const allRead = await eachFile(
    files,
    io,
    async (file) => {
      const { model, pkg } = await openDocxFile(file);
      const review = reconcile(commentControls(model), reviewParts(pkg));
      return toFileResult(file, analyze(model, pack), countByStatus(review.comments.map((c) => c.comment)));
    },
    (result) => {
      statuses.push(...result.sections.map((s) => s.status));
      if (json) json.item(result);
      else io.out(formatSummary(result, pack));
    },
  );
  json?.end();
  if (!allRead) return 2;
  const failOn = options.failOn as SectionStatus | undefined;
  if (failOn && statuses.some((s) => statusRank(s) <= statusRank(failOn))) return 1;
  return 0;
}
