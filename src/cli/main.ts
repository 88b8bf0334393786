// The jamkoll command line: outline, check, review, report and guidance over .docx files, in
// Swedish by default (English with --lang en or an English LANG / LC_ALL).
import { Command, CommanderError, Help } from "commander";
import { processIO, type CliIO } from "./io";
import { terminalIO } from "./terminal";
import { check } from "./check";
import { diffCommand, exportPack, publishCommand, validateCommand } from "./guidance";
import { outline } from "./outline";
import { reviewCommand } from "./review";
import { DEFAULT_OUT, reportCommand, type ReportOptions } from "./report";
import { terminalProgress } from "./progress";
import { cliStrings, setCliLanguage } from "./i18n";
import { jamkollVersion } from "./version";
import { isLanguage, languageFromEnv, type Language } from "../i18n/language";

/** --lang (before or after the command), else LC_ALL / LANG; null for an unknown --lang. */
export function cliLanguage(argv: readonly string[], env: Record<string, string | undefined>): Language | null {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (v !== undefined) return isLanguage(v) ? v : null;
  }
  return languageFromEnv(env);
}

export async function run(argv: string[], output: CliIO = processIO, env: Record<string, string | undefined> = process.env): Promise<number> {
  // Everything printed goes through terminalIO: document text never drives the terminal.
  const io = terminalIO(output);
  let code = 0;
  const language = cliLanguage(argv, env);
  if (!language) {
    io.err("jamkoll: --lang ska vara sv eller en. / --lang must be sv or en.");
    return 2;
  }
  setCliLanguage(language);
  const t = cliStrings[language].help;
  const commanderErrors = cliStrings[language].commander;
  const program = new Command("jamkoll")
    .description(t.description)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(commanderErrors.reduce((text, [re, sv]) => text.replace(re, sv), s)),
    })
    .configureHelp({
      styleTitle: (s) => t.titles[s] ?? s,
      commandUsage(cmd) {
        return Help.prototype.commandUsage.call(this, cmd).replace("[options]", t.usageOptions).replace("[command]", t.usageCommand);
      },
      subcommandTerm(cmd) {
        return Help.prototype.subcommandTerm.call(this, cmd).replace("[options]", t.usageOptions);
      },
    })
    .helpOption("-h, --help", t.help)
    .helpCommand("help [command]", t.helpCommand)
    .version(jamkollVersion(), "-V, --version", t.version)
    .option("--lang <lang>", t.lang);

  program
    .command("outline")
    .description(t.outline)
    .argument("<files...>", t.files)
    .action(async (files: string[]) => {
      code = await outline(files, io);
    });

  program
    .command("check")
    .description(t.check)
    .argument("<files...>", t.files)
    .option("--json", t.checkJson)
    .option("--guidance <pack>", t.guidanceOption)
    .option("--fail-on <status>", t.failOn)
    .action(async (files: string[], opts: { json?: boolean; guidance?: string; failOn?: string }) => {
      code = await check(files, opts, io);
    });

  program
    .command("review")
    .description(t.review)
    .argument("<files...>", t.files)
    .option("--json", t.json)
    .action(async (files: string[], opts: { json?: boolean }) => {
      code = await reviewCommand(files, opts, io);
    });

  program
    .command("report")
    .description(t.report)
    .argument("<paths...>", t.paths)
    .option("--out <file>", t.out(DEFAULT_OUT))
    .option("--csv <file>", t.csv)
    .option("--json", t.reportJson)
    .option("--group-by <key>", t.groupBy)
    .option("--since <date>", t.since)
    .option("--until <date>", t.until)
    .option("--guidance <pack>", t.guidanceOption)
    .action(async (paths: string[], opts: Omit<ReportOptions, "language" | "progress">) => {
      const progress = output === processIO ? terminalProgress(process.stderr, cliStrings[language].report.progress) : undefined;
      code = await reportCommand(paths, { ...opts, language, progress }, io);
    });

  const guidance = program.command("guidance").description(t.guidance);
  guidance
    .command("export")
    .description(t.export)
    .action(() => {
      code = exportPack(io);
    });
  guidance
    .command("validate")
    .description(t.validate)
    .argument("<pack>", t.pack)
    .action(async (file: string) => {
      code = await validateCommand(file, io);
    });
  guidance
    .command("publish")
    .description(t.publish)
    .argument("<pack>", t.pack)
    .requiredOption("--out <dir>", t.publishOut)
    .action(async (file: string, opts: { out: string }) => {
      code = await publishCommand(file, opts.out, io);
    });
  guidance
    .command("diff")
    .description(t.diff)
    .argument("<old>", t.oldPack)
    .argument("<new>", t.newPack)
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
