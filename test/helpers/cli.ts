// Runs the command line in-process and captures what it prints.
import { run } from "../../src/cli/main";

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => void (out += t.endsWith("\n") ? t : t + "\n"), err: (t) => void (err += t.endsWith("\n") ? t : t + "\n") });
  return { code, out, err };
}
