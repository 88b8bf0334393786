// `jamkoll report PATH… [--out FILE] [--csv FILE] [--json] [--group-by KEY] [--since DATE]
// [--until DATE] [--guidance PACK]`: the follow-up report across many proposals. Reads the files
// concurrently, lists those it cannot read, and writes HTML, CSV and/or JSON.
import { existsSync } from "node:fs";
import { readdir, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
import { analyze } from "../analysis/analyze";
import { isCompoundFile } from "../docx/compound";
import { DocxError } from "../docx/errors";
import { openDocxBytes, readDocxBytes } from "../docx/file";
import { readDocumentProperties } from "../docx/properties";
import { readPackage } from "../docx/read";
import { commentControls, reviewParts } from "../docx/review";
import { readStamp } from "../docx/stamp";
import type { GuidancePack } from "../guidance/schema";
import type { Language } from "../i18n/language";
import { renderCsv } from "../report/csv";
import { followUpReport, type FollowUpReport } from "../report/follow-up";
import { renderHtml } from "../report/html";
import { reportStrings } from "../report/i18n";
import { toRecord, type ProposalRecord, type UnreadableFile } from "../report/record";
import { DATE_ARGUMENT, parseGroupBy } from "../report/summary";
import { countByStatus } from "../review/model";
import { reconcile } from "../review/reconcile";
import { docxReason } from "./batch";
import { cliStrings, type CliStrings } from "./i18n";
import { errorMessage, type CliIO } from "./io";
import { loadPackForCli } from "./pack-source";
// A type import keeps the worker in every compilation that builds this file (CLI, bench).
import type { WorkerInput } from "./report-worker";
import { jamkollVersion } from "./version";

export interface ReportOptions {
  out?: string;
  csv?: string;
  json?: boolean;
  groupBy?: string;
  since?: string;
  until?: string;
  guidance?: string;
  language: Language;
  /** Called as files are read (the CLI shows it only on a terminal). */
  progress?: (done: number, total: number) => void;
  /** For tests: the run date. */
  now?: Date;
}

export const DEFAULT_OUT = "jamkoll-rapport.html";

export interface FoundFile {
  path: string;
  /** Relative to the PATH it was found under, with `/` separators. */
  rel: string;
}

export interface Found {
  files: FoundFile[];
  lockFiles: number;
  notDocx: number;
  missing: string[];
}

const isLockFile = (name: string) => name.startsWith("~$");
const isDocx = (name: string) => /\.docx$/i.test(name);
const slashes = (p: string) => p.split(sep).join("/");

/** Every .docx under the paths (folders recursively, symbolic links to folders not followed). */
export async function findProposals(paths: readonly string[]): Promise<Found> {
  const found: Found = { files: [], lockFiles: 0, notDocx: 0, missing: [] };
  const seen = new Set<string>();
  const add = (path: string, rel: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    found.files.push({ path, rel });
  };
  const prefix = (root: string) => (paths.length > 1 ? `${basename(root) || root}/` : "");
  const walk = async (root: string, dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, "sv"));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(root, full);
      else if (!e.isFile()) continue;
      else if (isLockFile(e.name)) found.lockFiles++;
      else if (!isDocx(e.name)) found.notDocx++;
      else add(full, prefix(root) + slashes(relative(root, full)));
    }
  };
  for (const p of paths) {
    let kind: "dir" | "file" | null = null;
    try {
      const st = await stat(p);
      kind = st.isDirectory() ? "dir" : "file";
    } catch {
      found.missing.push(p);
      continue;
    }
    if (kind === "dir") await walk(p, p);
    else if (isLockFile(basename(p))) found.lockFiles++;
    // A file named on the command line is read whatever its extension: the user asked for it.
    else add(p, basename(p));
  }
  return found;
}

/** Why a file could not be read, in the reader's language. */
export function unreadableReason(e: unknown, t: CliStrings): string {
  if (e instanceof DocxError) return docxReason(e, t);
  if (e instanceof EncryptedError) return t.docxError.encrypted;
  return errorMessage(e);
}

class EncryptedError extends Error {}

export async function readProposal(file: FoundFile, pack: GuidancePack): Promise<ProposalRecord> {
  return proposalRecord(file, await readDocxBytes(file.path), pack);
}

/** The record of a proposal from its bytes. */
export function proposalRecord(file: FoundFile, bytes: Uint8Array, pack: GuidancePack): ProposalRecord {
  if (isCompoundFile(bytes)) throw new EncryptedError(file.path);
  const pkg = openDocxBytes(bytes, file.path);
  const model = readPackage(pkg);
  const { core, custom } = readDocumentProperties(pkg);
  const review = reconcile(commentControls(model), reviewParts(pkg));
  return toRecord({
    file: file.rel,
    model,
    report: analyze(model, pack),
    core,
    custom,
    comments: countByStatus(review.comments.map((c) => c.comment)),
    stamp: readStamp(pkg),
  });
}

type Read = { records: ProposalRecord[]; unreadable: UnreadableFile[] };

/** In this thread, a few files in flight: file reads overlap with parsing the previous ones. */
async function readHere(files: readonly FoundFile[], pack: GuidancePack, t: CliStrings, progress?: (done: number, total: number) => void): Promise<Read> {
  const out: Read = { records: [], unreadable: [] };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++];
      try {
        out.records.push(await readProposal(f, pack));
      } catch (e) {
        out.unreadable.push({ file: f.rel, reason: unreadableReason(e, t) });
      }
      progress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  return out;
}

/** Worker threads, one per core, each with an equal share of the files. */
function readInWorkers(files: readonly FoundFile[], pack: GuidancePack, language: Language, threads: number, progress?: (done: number, total: number) => void): Promise<Read> {
  const out: Read = { records: [], unreadable: [] };
  let done = 0;
  const shares = Array.from({ length: threads }, (_, w) => files.filter((_, i) => i % threads === w));
  return new Promise((resolve, reject) => {
    let running = shares.length;
    for (const share of shares) {
      const input: WorkerInput = { files: share, pack, language };
      const worker = new Worker(join(__dirname, "report-worker.js"), { workerData: input });
      worker.on("message", (m: { record?: ProposalRecord; unreadable?: UnreadableFile }) => {
        if (m.record) out.records.push(m.record);
        if (m.unreadable) out.unreadable.push(m.unreadable);
        progress?.(++done, files.length);
      });
      worker.on("error", reject);
      worker.on("exit", () => {
        if (--running === 0) resolve(out);
      });
    }
  });
}

/** Files per thread below which starting threads costs more than it saves. */
const PER_THREAD = 40;

/** Reads every file; with many files and more than one core, in worker threads (compiled CLI only). */
export async function readAll(
  files: readonly FoundFile[],
  pack: GuidancePack,
  language: Language,
  progress?: (done: number, total: number) => void,
): Promise<Read> {
  const threads = Math.min(availableParallelism(), 4, Math.floor(files.length / PER_THREAD));
  const compiled = __filename.endsWith(".js") && existsSync(join(__dirname, "report-worker.js"));
  if (threads >= 2 && compiled) return readInWorkers(files, pack, language, threads, progress);
  return readHere(files, pack, cliStrings[language], progress);
}

/** The run date as a Swedish reader writes it: 2026-11-25 14:05 (local time). */
function localTime(d: Date): string {
  const p = (x: number) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The report's headline, for the terminal: "Av 148 ärenden hade 37 (25 %) …". */
export function headline(report: FollowUpReport, language: Language): string {
  const s = report.summary;
  const pct = new Intl.NumberFormat(reportStrings[language].locale, { style: "percent", maximumFractionDigits: 0 }).format(s.total ? s.counts.adequate / s.total : 0);
  return reportStrings[language].headline(s.total, `${s.counts.adequate} (${pct})`);
}

async function save(file: string, content: string, t: CliStrings, io: CliIO): Promise<boolean> {
  try {
    await writeFile(file, content, "utf8");
    return true;
  } catch (e) {
    io.err(`jamkoll: ${t.report.cannotWrite(file, (e as NodeJS.ErrnoException).code ?? errorMessage(e))}`);
    return false;
  }
}

export async function buildReport(paths: readonly string[], options: ReportOptions, pack: GuidancePack, io: CliIO): Promise<FollowUpReport | null> {
  const t = cliStrings[options.language];
  const groupBy = parseGroupBy(options.groupBy);
  if (!groupBy) {
    io.err(`jamkoll: ${t.report.badGroupBy(options.groupBy ?? "")}`);
    return null;
  }
  for (const [opt, v] of [["--since", options.since], ["--until", options.until]] as const) {
    if (v !== undefined && !DATE_ARGUMENT.test(v)) {
      io.err(`jamkoll: ${t.report.badDate(opt, v)}`);
      return null;
    }
  }
  const found = await findProposals(paths);
  const { records, unreadable } = await readAll(found.files, pack, options.language, options.progress);
  for (const m of found.missing) unreadable.push({ file: m, reason: cliStrings[options.language].docxError["not-found"] });
  return followUpReport({
    jamkoll: jamkollVersion(),
    generatedAt: (options.now ?? new Date()).toISOString(),
    pack,
    groupBy,
    since: options.since,
    until: options.until,
    records,
    unreadable,
    skipped: { lockFiles: found.lockFiles, notDocx: found.notDocx },
  });
}

export async function reportCommand(paths: readonly string[], options: ReportOptions, io: CliIO): Promise<number> {
  const t = cliStrings[options.language];
  const pack = await loadPackForCli(options.guidance, io);
  if (!pack) return 2;
  const report = await buildReport(paths, options, pack, io);
  if (!report) return 2;
  for (const u of report.unreadable) io.err(`jamkoll: ${u.file}: ${u.reason}`);
  if (report.records.length + report.unreadable.length + report.outsideDates === 0) {
    io.err(`jamkoll: ${t.report.noFiles}`);
    return 2;
  }
  let ok = true;
  // With --json, stdout holds only the JSON.
  const say = (text: string) => (options.json ? io.err(text) : io.out(text));
  const wantHtml = options.out !== undefined || (!options.csv && !options.json);
  if (wantHtml) {
    const out = options.out ?? DEFAULT_OUT;
    const html = await renderHtml(report, { language: options.language, generatedAtText: localTime(options.now ?? new Date()) });
    if (await save(out, html, t, io)) say(t.report.written(out));
    else ok = false;
  }
  if (options.csv) {
    if (await save(options.csv, renderCsv(report, options.language), t, io)) say(t.report.csvWritten(options.csv));
    else ok = false;
  }
  if (options.json) io.out(JSON.stringify(report, null, 2));
  if (report.unreadable.length) io.err(t.report.unreadableCount(report.unreadable.length));
  if (report.records.length) say(headline(report, options.language));
  if (report.records.length === 0 && report.outsideDates === 0) {
    io.err(`jamkoll: ${t.report.nothingRead}`);
    return 2;
  }
  return ok ? 0 : 2;
}
