// The jamkoll command line: outline, check, review and guidance over .docx files.
import { Command, CommanderError } from "commander";
import { processIO, type CliIO } from "./io";
import { check } from "./check";
import { diffCommand, exportPack, publishCommand, validateCommand } from "./guidance";
import { outline } from "./outline";
import { reviewCommand } from "./review";
import { DEFAULT_OUT, reportCommand, type ReportOptions } from "./report";
import { terminalProgress } from "./progress";
import { cliStrings } from "./i18n";
import { isLanguage, languageFromEnv, type Language } from "../i18n/language";

/** --lang (before or after the command), else LC_ALL / LANG; null for an unknown --lang. */
export function cliLanguage(argv: readonly string[], env: Record<string, string | undefined>): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (v !== undefined) return isLanguage(v) ? v : null;
  }
  return languageFromEnv(env);
}

export async function run(argv: string[], io: CliIO = processIO, env: Record<string, string | undefined> = process.env): Promise<number> {
  let code = 0;
  const language = cliLanguage(argv, env);
  if (!language) {
    io.err("jamkoll: --lang ska vara sv eller en. / --lang must be sv or en.");
    return 2;
  }
  const program = new Command("jamkoll")
    .description("Checks the gender-equality analysis (jämställdhetsanalys) in Swedish decision proposals (.docx).")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .option("--lang <lang>", "sv or en (default: sv, or en when LANG / LC_ALL is English)");

  program
    .command("outline")
    .description("print each file's headings (level and text) and block counts")
    .argument("<files...>", ".docx files")
    .action(async (files: string[]) => {
      code = await outline(files, io);
    });

  program
    .command("check")
    .description("analyse the equality section of each file")
    .argument("<files...>", ".docx files")
    .option("--json", "print a JSON array with one object per file")
    .option("--guidance <pack>", "guidance pack to use: a .json file or an https URL (default: the built-in pack)")
    .option("--fail-on <status>", "exit 1 when any file's section is at or below this status (missing … adequate)")
    .action(async (files: string[], opts: { json?: boolean; guidance?: string; failOn?: string }) => {
      code = await check(files, opts, io);
    });

  program
    .command("review")
    .description("list every reviewer comment (including orphaned and detached ones)")
    .argument("<files...>", ".docx files")
    .option("--json", "print JSON")
    .action(async (files: string[], opts: { json?: boolean }) => {
      code = await reviewCommand(files, opts, io);
    });

  program
    .command("report")
    .description("follow-up report across many proposals: HTML (default), CSV and/or JSON")
    .argument("<paths...>", ".docx files and folders (searched recursively)")
    .option("--out <file>", `the HTML report (default ${DEFAULT_OUT} when neither --csv nor --json is given)`)
    .option("--csv <file>", "also write a CSV file for Excel")
    .option("--json", "print the records as JSON")
    .option("--group-by <key>", "folder, month or property:NAME", "folder")
    .option("--since <date>", "only proposals created on or after this date (2026-01-01, 2026-01 or 2026)")
    .option("--until <date>", "only proposals created on or before this date")
    .option("--guidance <pack>", "guidance pack to use: a .json file or an https URL (default: the built-in pack)")
    .action(async (paths: string[], opts: Omit<ReportOptions, "language" | "progress">) => {
      const progress = io === processIO ? terminalProgress(process.stderr, cliStrings[language].report.progress) : undefined;
      code = await reportCommand(paths, { ...opts, language, progress }, io);
    });

  const guidance = program.command("guidance").description("for template administrators: export, validate, publish and compare guidance packs");
  guidance
    .command("export")
    .description("print the built-in default pack (a starting point to edit)")
    .action(() => {
      code = exportPack(io);
    });
  guidance
    .command("validate")
    .description("check a pack; every error names the field; exit 1 when invalid")
    .argument("<pack>", "guidance pack .json")
    .action(async (file: string) => {
      code = await validateCommand(file, io);
    });
  guidance
    .command("publish")
    .description("validate and publish a pack as DIR/<version>.json and DIR/latest.json")
    .argument("<pack>", "guidance pack .json")
    .requiredOption("--out <dir>", "the folder the panes fetch from (e.g. the add-in's guidance/ folder)")
    .action(async (file: string, opts: { out: string }) => {
      code = await publishCommand(file, opts.out, io);
    });
  guidance
    .command("diff")
    .description("what changed between two packs")
    .argument("<old>", "older pack .json")
    .argument("<new>", "newer pack .json")
    .action(async (a: string, b: string) => {
      code = await diffCommand(a, b, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
