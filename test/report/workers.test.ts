// The compiled command line reads a large folder in worker threads (one per core): the records
// are the same as when the files are read in this process, and nothing is lost or doubled.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport } from "../../src/cli/report";
import { defaultPack } from "../../src/guidance/default-pack";
import { FIXTURES } from "../helpers/corpus";

const ROOT = join(__dirname, "..", "..");
let build = "";
let folder = "";

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "jk-many-"));
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith(".docx"));
  for (let i = 0; i < 120; i++) {
    mkdirSync(join(folder, `nämnd-${i % 3}`), { recursive: true });
    copyFileSync(join(FIXTURES, names[i % names.length]), join(folder, `nämnd-${i % 3}`, `ärende-${String(i).padStart(3, "0")}.docx`));
  }
  writeFileSync(join(folder, "nämnd-0", "trasig.docx"), "not a zip");
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  build = mkdtempSync(join(ROOT, ".tmp", "report-cli-"));
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json"), "--outDir", build], { encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
}, 180_000);

afterAll(() => {
  if (build) rmSync(build, { recursive: true, force: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const strip = (r: { records: { file: string; status: string; criteria: unknown; evidence: unknown; properties: unknown }[]; unreadable: unknown[] }) => ({
  records: r.records.map((x) => ({ file: x.file, status: x.status, criteria: x.criteria, evidence: x.evidence, properties: x.properties })),
  unreadable: r.unreadable,
});

it("reads 121 files in worker threads with the same result as in-process", async () => {
  const run = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(join(build, "cli", "main.js"))}).run(process.argv.slice(1)).then((c) => { process.exitCode = c; })`, "report", "--json", "--lang", "sv", folder], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toContain("trasig.docx: är inte ett Word-dokument");
  expect(run.status).toBe(0);
  const viaWorkers = JSON.parse(run.stdout);
  expect(viaWorkers.records).toHaveLength(120);
  const here = await buildReport([folder], { language: "sv" }, defaultPack(), { out: () => undefined, err: () => undefined });
  expect(strip(viaWorkers)).toEqual(strip(JSON.parse(JSON.stringify(here))));
  if (availableParallelism() < 2) console.warn("one core: the compiled CLI read in this process, not in worker threads");
}, 180_000);
