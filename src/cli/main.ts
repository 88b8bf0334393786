// The jamkoll command line: outline, check, review and guidance over .docx files.
import { Command, CommanderError } from "commander";
import { processIO, type CliIO } from "./io";
import { check } from "./check";
import { diffCommand, exportPack, publishCommand, validateCommand } from "./guidance";
import { outline } from "./outline";
import { reviewCommand } from "./review";

export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  let code = 0;
  const program = new Command("jamkoll")
    .description("Checks the gender-equality analysis (jämställdhetsanalys) in Swedish decision proposals (.docx).")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

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
