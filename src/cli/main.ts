// The jamkoll command line: outline, check, review and guidance over .docx files.
import { Command, CommanderError } from "commander";
import { processIO, type CliIO } from "./io";
import { check } from "./check";
import { outline } from "./outline";

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

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
