// npm run bench: the speed and size figures, printed as `name value unit`.
// Timings are medians of repeated runs on this machine; sync counts are exact.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { analyze } from "../src/analysis/analyze";
import { buildReport } from "../src/cli/report";
import { readDocx } from "../src/docx/read";
import { renderCsv } from "../src/report/csv";
import { renderHtml } from "../src/report/html";
import { defaultPack } from "../src/guidance/default-pack";
import { WordGateway } from "../src/word/gateway";
import { createWordHost } from "../word-host";

const root = join(__dirname, "..", "..", "..");
const fixtures = join(root, "test", "fixtures");
const figures: [string, number, string][] = [];
const figure = (name: string, value: number, unit: string) => {
  figures.push([name, value, unit]);
  console.log(`${name.padEnd(40)} ${String(Math.round(value * 100) / 100).padStart(12)} ${unit}`);
};
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (n: number, fn: () => void) => median(Array.from({ length: n }, () => { const t = performance.now(); fn(); return performance.now() - t; }));
const timeAsync = async (n: number, fn: () => Promise<void>) => { const xs: number[] = []; for (let i = 0; i < n; i++) { const t = performance.now(); await fn(); xs.push(performance.now() - t); } return median(xs); };

async function main() {
  const pack = defaultPack();
  const corpus = readdirSync(fixtures).filter((f) => f.endsWith(".docx")).map((f) => readFileSync(join(fixtures, f)));
  const perf = readFileSync(join(fixtures, "perf", "perf-long.docx"));
  const perfModel = readDocx(perf, "perf-long.docx");
  analyze(perfModel, pack); // warm the pattern cache

  figure("docx.read.perf-long.ms", time(9, () => readDocx(perf, "perf-long.docx")), "ms");
  figure("analysis.perf-long.ms", time(9, () => analyze(perfModel, pack)), "ms");
  figure("analysis.perf-long.paragraphs", perfModel.blocks.length, "blocks");
  // Linear in size: the long proposal repeated to 2k, 20k and 100k paragraphs (every copy mentions women and men).
  for (const n of [2_000, 20_000, 100_000]) {
    const blocks = Array.from({ length: n }, (_, i) => ({ ...perfModel.blocks[i % perfModel.blocks.length], index: i }));
    figure(`analysis.scaled-${n / 1000}k.ms`, time(n > 20_000 ? 3 : 5, () => analyze({ blocks }, pack)), "ms");
    // Worst case: no equality section, so every paragraph is searched for mentions of women and men.
    const headless = blocks.map((b) => (b.kind === "heading" && /jämställd/i.test(b.text) ? { ...b, text: "Övrigt" } : b));
    figure(`analysis.scaled-${n / 1000}k.no-section.ms`, time(n > 20_000 ? 3 : 5, () => analyze({ blocks: headless }, pack)), "ms");
  }
  const models = corpus.map((b, i) => readDocx(b, `c${i}.docx`));
  figure("analysis.corpus-proposal.median.ms", median(models.map((m) => time(9, () => analyze(m, pack)))), "ms");

  for (const api of ["1.3", "1.9"]) {
    const host = createWordHost(new Uint8Array(perf), { wordApi: api });
    host.install();
    const gateway = new WordGateway({ run: (b) => Word.run(b), supports: (v) => Office.context.requirements.isSetSupported("WordApi", v) });
    const s0 = host.syncCount;
    await gateway.check(pack, { mark: false });
    figure(`word.read.syncs.perf-long@${api}`, host.syncCount - s0 - 1, "syncs");
    const s1 = host.syncCount;
    await gateway.check(pack);
    figure(`word.check-and-mark.syncs.perf-long@${api}`, host.syncCount - s1, "syncs");
    figure(`word.check.perf-long@${api}.ms`, await timeAsync(5, () => gateway.check(pack).then(() => undefined)), "ms");
    host.runtime.options.syncDelayMs = 50;
    figure(`word.check.perf-long@${api}+50ms-per-sync.ms`, await timeAsync(3, () => gateway.check(pack).then(() => undefined)), "ms");
    host.runtime.options.syncDelayMs = 0;
    const s2 = host.syncCount;
    await gateway.insertSection(pack, "equality").catch(() => undefined);
    figure(`word.insert.syncs@${api}`, host.syncCount - s2, "syncs (1 read + 1 write)");
  }

  await reportFigures(pack);

  // The production pane's JavaScript, gzip -9.
  if (!process.argv.includes("--no-build")) execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: root, stdio: "ignore" });
  const dist = join(root, "dist");
  const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const gz = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  // What taskpane.html loads before the pane can render, and the chunks fetched when needed
  // (the analysis worker, the built-in pack, the validation messages, in-thread analysis).
  const initial = [...readFileSync(join(dist, "taskpane.html"), "utf8").matchAll(/<script[^>]*\ssrc=["']?([\w.-]+\.js)/g)].map((m) => m[1]).filter((f) => js.includes(f));
  figure("bundle.js.gzip.bytes", gz(js), "bytes (all chunks)");
  figure("bundle.initial.js.gzip.bytes", gz(initial), `bytes (${initial.join(", ")})`);
  figure("bundle.on-demand.js.gzip.bytes", gz(js.filter((f) => !initial.includes(f))), "bytes (chunks fetched when needed)");
  // Before the first check a pane also starts its analysis worker (the published pack comes as JSON).
  const worker = js.filter((f) => /^jamkoll-analysis(-start)?\./.test(f));
  figure("bundle.first-check.js.gzip.bytes", gz([...initial, ...worker]), `bytes (+ ${worker.join(", ")})`);

  // First render of the pane in headless Chromium, on the demo page.
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.log("pane.first-render.ms                     skipped: no Chromium");
  } else {
    if (!process.argv.includes("--no-build")) execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--env", "demo", "--mode", "production"], { cwd: root, stdio: "ignore" });
    const { serveStatic } = await (new Function("p", "return import(p)")(join(root, "scripts", "serve-static.mjs")) as Promise<{ serveStatic: (d: string, p: number) => Promise<{ close(): void }> }>);
    const server = await serveStatic(join(root, "dist-demo"), 3199);
    const { chromium: pw } = await import("playwright-core");
    const browser = await pw.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage();
      await page.goto("http://127.0.0.1:3199/?doc=dev-03-foretagsstod.docx");
      await page.getByRole("button", { name: "Granska", exact: true }).waitFor();
      loads.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    figure("pane.first-render.ms", median(loads), "ms (demo page, median of 7)");
    await browser.close();
    server.close();
  }
}

/** `jamkoll report` over 250 and 1,000 corpus proposals in ten board folders: files per second
 * (reading in worker threads as the CLI does, plus HTML and CSV), and the heap after each. */
async function reportFigures(pack: ReturnType<typeof defaultPack>) {
  const names = readdirSync(fixtures).filter((f) => f.endsWith(".docx"));
  const io = { out: () => undefined, err: () => undefined };
  for (const n of [250, 1000]) {
    const dir = mkdtempSync(join(tmpdir(), "jk-bench-report-"));
    for (let i = 0; i < n; i++) {
      mkdirSync(join(dir, `board-${i % 10}`), { recursive: true });
      copyFileSync(join(fixtures, names[i % names.length]), join(dir, `board-${i % 10}`, `p${i}.docx`));
    }
    const t = performance.now();
    const report = await buildReport([dir], { language: "sv" }, pack, io);
    if (!report || report.records.length !== n) throw new Error(`report read ${report?.records.length} of ${n} files`);
    await renderHtml(report, { language: "sv", generatedAtText: "" });
    renderCsv(report, "sv");
    const s = (performance.now() - t) / 1000;
    if (n === 1000) figure("report.files-per-s", n / s, `files/s (${n} proposals, ${availableParallelism()} cores)`);
    // Run with --expose-gc (npm run bench does): the heap that stays, not garbage not yet collected.
    (globalThis as { gc?: () => void }).gc?.();
    figure(`report.heap-used.${n}-files.mb`, process.memoryUsage().heapUsed / 1e6, "MB");
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
