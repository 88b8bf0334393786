// `jamkoll review FILE... [--json]`: every reviewer comment in each file, including orphaned and
// detached ones, and what is wrong with the record.
import { commentControls, reviewParts } from "../docx/review";
import { openDocxFile } from "../docx/file";
import { countByStatus } from "../review/model";
import { reconcile, type ReviewState } from "../review/reconcile";
import { eachFile, jsonArray } from "./batch";
import { cliText } from "./i18n";
import type { CliIO } from "./io";

export async function readReview(file: string): Promise<ReviewState> {
  const { model, pkg } = await openDocxFile(file);
  return reconcile(commentControls(model), reviewParts(pkg));
}

export function reviewJson(file: string, state: ReviewState) {
  return {
    file,
    counts: countByStatus(state.comments.map((c) => c.comment)),
    comments: state.comments.map((c) => ({
      id: c.id,
      anchoring: c.anchoring,
      ...(c.duplicate ? { duplicate: true, copy: c.copy } : {}),
      ...(c.locked ? { locked: true } : {}),
      ...(c.disagrees ? { disagrees: c.disagrees } : {}),
      ...(c.claimedStatus ? { claimedStatus: c.claimedStatus } : {}),
      ...(c.bidi ? { bidi: true } : {}),
      status: c.comment.status,
      author: c.comment.author,
      criterion: c.comment.criterion,
      text: c.comment.text,
      quote: c.comment.quote,
      createdAt: c.comment.createdAt,
      replies: c.comment.replies,
    })),
    problems: state.problems,
  };
}

export function formatReview(r: ReturnType<typeof reviewJson>): string {
  const t = cliText().review;
  const lines = [t.summary(r.file, r.comments.length, r.counts.open, r.counts.answered, r.counts.resolved)];
  for (const c of r.comments) {
    const flags = [
      c.anchoring !== "anchored" ? (t.anchoring[c.anchoring] ?? c.anchoring) : "",
      c.duplicate ? t.duplicate : "",
      c.locked ? t.locked : "",
      c.disagrees ? t.disagrees(c.disagrees.join(", ")) : "",
      c.claimedStatus ? t.claimed(t.status[c.claimedStatus] ?? c.claimedStatus) : "",
      c.bidi ? t.bidi : "",
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(`  [${t.status[c.status] ?? c.status}] ${c.author.name} (${c.author.role})${c.criterion ? t.on(c.criterion) : ""}${flags ? ` — ${flags}` : ""}: ${c.text}`);
    for (const rep of c.replies) lines.push(`      ↳ ${rep.author.name} (${rep.author.role}): ${rep.text}`);
  }
  for (const p of r.problems) lines.push(`  ${t.problem}: ${p.detail}`);
  return lines.join("\n");
}

export async function reviewCommand(files: string[], options: { json?: boolean }, io: CliIO): Promise<number> {
  const json = options.json ? jsonArray(io) : null;
  const allRead = await eachFile(
    files,
    io,
    async (file) => reviewJson(file, await readReview(file)),
    (r) => (json ? json.item(r) : io.out(formatReview(r))),
  );
  json?.end();
  return allRead ? 0 : 2;
}
