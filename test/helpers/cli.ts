// Runs the command line in-process and captures what it prints, in English whatever the
// machine's LANG (test/cli/swedish.test.ts checks the Swedish default).
import { run } from "../../src/cli/main";

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => void (out += t.endsWith("\n") ? t : t + "\n"), err: (t) => void (err += t.endsWith("\n") ? t : t + "\n") }, { LANG: "en_GB.UTF-8" });
  return { code, out, err };
}
