// The hostile corpus (scripts/make-hostile-corpus.mjs): zip bombs, deep nesting, huge paragraph
// counts, bad XML, terminal escapes, not-zip and truncated files. `jamkoll check` and `review` run
// on each file in their own process with a 512 MB heap: each gives a result or a named error
// within 5 s and 512 MB, and a batch over the whole folder reports every good file.
// Time is the process's CPU time (user + system): on a shared, loaded machine wall-clock time
// measures the neighbours; a process that hangs without working is killed after HANG_SECONDS.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SECONDS = 5;
const HANG_SECONDS = 30;
const MEMORY_MB = 512;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** What each DocxError code says, in the CLI's words: English … */
const MESSAGES: Record<string, RegExp> = {
  "too-large": /too large when unpacked/,
  "too-deep": /nested too deeply/,
  damaged: /damaged|has no body|encrypted/,
  "not-zip": /not a zip|damaged/,
  "not-word": /not a Word document/,
};
/** … and Swedish, the default. */
const SWEDISH: Record<string, RegExp> = {
  "too-large": /blir för stort när det packas upp/,
  "too-deep": /för djupt nästlad/,
};
const ENGLISH_ENV = { ...process.env, LC_ALL: "en_GB.UTF-8" };
const SWEDISH_ENV = { ...process.env, LC_ALL: "sv_SE.UTF-8" };

interface Entry {
  file: string;
  expect: string;
  why: string;
}

interface Run {
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

let corpus: string;
let build: string;
let entries: Entry[];

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), "jk-hostile-"));
  const made = spawnSync(process.execPath, [join(ROOT, "scripts", "make-hostile-corpus.mjs"), corpus], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`make-hostile-corpus failed: ${made.stderr}`);
  entries = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8"));
  // The command line as CI ships it: compiled, in a fresh node process (inside the project so
  // that node_modules resolves).
  mkdirSync(join(ROOT, ".tmp"), { recursive: true }); // absent on a clean checkout
  build = mkdtempSync(join(ROOT, ".tmp", "hostile-cli-"));
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json"), "--outDir", build], { encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  writeFileSync(
    join(build, "run.js"),
    `require("./cli/main.js").run(process.argv.slice(2)).then((code) => {
  const u = process.resourceUsage();
  process.stderr.write("\\n#usage " + u.maxRSS + " " + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + "\\n");
  process.exitCode = code;
});\n`,
  );
}, 120_000);

afterAll(() => {
  if (build) rmSync(build, { recursive: true, force: true });
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

function jamkoll(args: string[], env: NodeJS.ProcessEnv, timeoutSeconds = HANG_SECONDS): Run {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${MEMORY_MB}`, join(build, "run.js"), ...args], {
    encoding: "utf8",
    env,
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Date.now() - started;
  const usage = /\n#usage (\d+) (\d+)\n$/.exec(r.stderr ?? "");
  return {
    code: r.status,
    signal: r.signal,
    out: r.stdout ?? "",
    err: (r.stderr ?? "").replace(/\n#usage \d+ \d+\n$/, ""),
    wallMs,
    cpuMs: usage ? Number(usage[2]) : Infinity,
    maxRssMb: usage ? Number(usage[1]) / 1024 : Infinity,
  };
}

function expectOutcome(entry: Entry, command: string, r: Run): void {
  const path = join(corpus, entry.file);
  const what = `${command} ${entry.file} (${entry.why})`;
  // The file's name in every comparison, so that a failure says which file it was.
  expect({ what, signal: r.signal, code: r.code, withinTime: r.cpuMs <= SECONDS * 1000 || `${r.cpuMs} ms`, withinMemory: r.maxRssMb <= MEMORY_MB || `${r.maxRssMb} MB` }).toEqual({
    what,
    signal: null,
    code: entry.expect === "result" ? 0 : 2,
    withinTime: true,
    withinMemory: true,
  });
  expect(r.out).not.toMatch(RAW_CONTROL);
  expect(r.err).not.toMatch(RAW_CONTROL);
  if (entry.expect === "result") {
    expect(r.err).toBe("");
    expect(r.out).toContain(path);
  } else {
    expect(r.err).toContain(`jamkoll: ${path}: `);
    expect(r.err).toMatch(MESSAGES[entry.expect]);
    expect(r.err).not.toMatch(/Maximum call stack|heap out of memory|RangeError|TypeError/);
  }
}

describe("the hostile corpus, one file at a time", () => {
  it.each(["check", "review"])("jamkoll %s: a result or a named error within 5 s and 512 MB each", (command) => {
    const measured: string[] = [];
    const failures: string[] = [];
    for (const entry of entries) {
      const r = jamkoll([command, join(corpus, entry.file)], ENGLISH_ENV);
      measured.push(`${entry.file}: ${(r.cpuMs / 1000).toFixed(2)} s CPU (${(r.wallMs / 1000).toFixed(2)} s wall), ${r.maxRssMb.toFixed(0)} MB, exit ${r.code}`);
      try {
        expectOutcome(entry, command, r);
      } catch (e) {
        failures.push(`${entry.file}: ${(e as Error).message}`);
      }
    }
    console.log(`jamkoll ${command} over the hostile corpus:\n${measured.join("\n")}`);
    expect(failures).toEqual([]);
  }, 300_000);
});

describe("the hostile corpus as one batch, in Swedish", () => {
  it.each([["check"], ["check", "--json"], ["review"]])("jamkoll %s %s reports every good file and names every bad one", (...args) => {
    const flags = args.filter(Boolean);
    const files = entries.map((e) => join(corpus, e.file));
    const r = jamkoll([...flags, ...files], SWEDISH_ENV, HANG_SECONDS * 4);
    expect(r.cpuMs).toBeLessThanOrEqual(SECONDS * 1000 * entries.length);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.maxRssMb).toBeLessThanOrEqual(MEMORY_MB);
    expect(r.out).not.toMatch(RAW_CONTROL);
    for (const e of entries) {
      const path = join(corpus, e.file);
      if (e.expect === "result") expect(r.out).toContain(path);
      else {
        const line = r.err.split("\n").find((l) => l.startsWith(`jamkoll: ${path}: `));
        expect({ file: e.file, line }).toEqual({ file: e.file, line: expect.stringMatching(SWEDISH[e.expect] ?? /./) });
      }
    }
    if (flags.includes("--json")) {
      const results = JSON.parse(r.out) as { file: string }[];
      expect(results.map((x) => x.file)).toEqual(entries.filter((e) => e.expect === "result").map((e) => join(corpus, e.file)));
    }
  }, 300_000);
});
