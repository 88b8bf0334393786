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

export interface CheckOptions {
  json?: boolean;
  guidance?: string;
  failOn?: string;
}

export interface FileResult {
  file: string;
  guidance: { id: string; version: string };
  sections: { id: string; status: SectionStatus; heading: string | null; criteria: Record<string, boolean> }[];
  findings: Report["findings"];
  mentions: Report["mentions"];
  comments: Record<CommentStatus, number>;
}

export function toFileResult(file: string, report: Report, comments: Record<CommentStatus, number> = { open: 0, answered: 0, resolved: 0 }): FileResult {
  return {
    file,
    guidance: report.guidance,
    sections: report.sections.map((s) => ({ id: s.id, status: s.status, heading: s.heading, criteria: s.criteria })),
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

export function formatSummary(result: FileResult, pack: GuidancePack): string {
  const lines = [result.file];
  for (const s of result.sections) {
    const label = pack.sections.find((x) => x.id === s.id)?.label.en ?? s.id;
    lines.push(`  ${label}: ${STATUS_WORDS[s.status]}${s.heading ? ` — heading "${s.heading}"` : ""}`);
    const section = pack.sections.find((x) => x.id === s.id);
    if (s.status === "weak" || s.status === "adequate") {
      for (const id of section?.criteria ?? []) lines.push(`    ${s.criteria[id] ? "✓" : "✗"} ${id}`);
    }
  }
  const n = result.comments;
  if (n.open + n.answered + n.resolved > 0) lines.push(`  comments: ${n.open} open, ${n.answered} answered, ${n.resolved} resolved`);
  for (const f of result.findings) {
    lines.push(`  [${f.severity}] ${f.message.en ?? f.message.sv}`);
  }
  if (result.sections.some((s) => s.status === "missing") && result.mentions.length) {
    lines.push(`  note: women/men are mentioned elsewhere in the proposal (${result.mentions.length} places), e.g. "${result.mentions[0].text}"`);
  }
  return lines.join("\n");
}

export async function check(files: string[], options: CheckOptions, io: CliIO): Promise<number> {
  if (options.failOn !== undefined && !isStatus(options.failOn)) {
    io.err(`jamkoll: --fail-on must be one of missing, empty, template, dismissed, justified, weak, adequate (got "${options.failOn}").`);
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
