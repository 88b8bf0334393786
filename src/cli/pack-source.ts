// Loads the guidance pack the CLI was asked for: the built-in one, a file, or an https URL.
import { readFile } from "node:fs/promises";
import { defaultPack } from "../guidance/default-pack";
import type { GuidancePack } from "../guidance/schema";
import { isSafeRegex } from "../guidance/regex-safety";
import { validatePackText, type PackError } from "../guidance/validate";
import { errorMessage, type CliIO } from "./io";



export async function readPackText(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source, { signal: AbortSignal.timeout(15000) });
    if (!res.ok) throw new Error(`${source}: the server answered ${res.status} ${res.statusText}`);
    return await res.text();
  }
  try {
    return await readFile(source, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `${source}: no such file` : `${source}: cannot be read (${code ?? errorMessage(e)})`);
  }
}

export function formatPackErrors(source: string, errors: readonly PackError[]): string {
  return [`${source}: the guidance pack is invalid:`, ...errors.map((e) => `  ${e.path}: ${e.message}`)].join("\n");
}

/** A pack read from a file or URL and validated (with the catastrophic-pattern check); null after saying why. */
export async function loadValidPack(source: string, io: CliIO): Promise<GuidancePack | null> {
  let text: string;
  try {
    text = await readPackText(source);
  } catch (e) {
    io.err(`jamkoll: ${errorMessage(e)}`);
    return null;
  }
  const result = validatePackText(text, { isSafeRegex });
  if (!result.ok) {
    io.err(`jamkoll: ${formatPackErrors(source, result.errors)}`);
    return null;
  }
  for (const w of result.warnings) io.err(`${source}: warning: ${w.path}: ${w.message}`);
  return result.pack;
}

/** The pack for `--guidance`, or the built-in one; null (with a message) when it cannot be used. */
export async function loadPackForCli(source: string | undefined, io: CliIO): Promise<GuidancePack | null> {
  return source ? loadValidPack(source, io) : defaultPack();
}
