// Loads the guidance pack the CLI was asked for: the built-in one, a file, or an https URL.
import { readFile } from "node:fs/promises";
import { defaultPack } from "../guidance/default-pack";
import type { GuidancePack } from "../guidance/schema";
import { isSafeRegex } from "../guidance/regex-safety";
import { guidanceUrlProblem } from "../guidance/source-url";
import { sayPackProblem } from "../guidance/i18n";
import { MAX_PACK_BYTES, validatePackText, type PackError } from "../guidance/validate";
import { cliLanguageNow, cliText } from "./i18n";
import { errorMessage, type CliIO } from "./io";
import { recheckPack } from "./regex-check";

export interface ReadOptions {
  /** For the whole answer, headers and body. */
  timeoutMs?: number;
}

export const FETCH_TIMEOUT_MS = 15_000;

/** Reads a pack over https: streamed, stopped at the size cap, within one time-out; every error names the URL. */
async function fetchPackText(url: string, timeoutMs: number): Promise<string> {
  const t = cliText().pack;
  const problem = guidanceUrlProblem(url);
  if (problem === "not-https") throw new Error(t.notHttps(url));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => new Error(t.timedOut(url, timeoutMs / 1000));
  const tooLarge = () => new Error(t.tooLarge(url, MAX_PACK_BYTES / 1024));
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: "follow" });
    if (guidanceUrlProblem(res.url || url) === "not-https") throw new Error(t.redirected(url, res.url));
    if (!res.ok) throw new Error(t.server(url, `${res.status} ${res.statusText}`));
    if (Number(res.headers.get("content-length") ?? 0) > MAX_PACK_BYTES) throw tooLarge();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        size += r.value.byteLength;
        if (size > MAX_PACK_BYTES) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge();
        }
        chunks.push(r.value);
      }
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (e) {
    if (controller.signal.aborted) throw timedOut();
    if (e instanceof Error && e.message.startsWith(`${url}:`)) throw e;
    throw new Error(t.cannotFetch(url, errorMessage((e as { cause?: unknown }).cause ?? e)));
  } finally {
    clearTimeout(timer);
  }
}

export async function readPackText(source: string, options: ReadOptions = {}): Promise<string> {
  if (/^https?:\/\//i.test(source)) return fetchPackText(source, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    return await readFile(source, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const t = cliText().pack;
    throw new Error(code === "ENOENT" ? t.noSuchFile(source) : t.cannotRead(source, code ?? errorMessage(e)));
  }
}

export function formatPackErrors(source: string, errors: readonly PackError[]): string {
  return [cliText().pack.invalid(source), ...errors.map((e) => `  ${e.path}: ${sayPackProblem(e.problem, cliLanguageNow())}`)].join("\n");
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
  // recheck's full analysis of every pattern the built-in pack does not have.
  const regex = recheckPack(result.pack);
  if (regex.errors.length) {
    io.err(`jamkoll: ${formatPackErrors(source, regex.errors)}`);
    return null;
  }
  for (const w of [...result.warnings, ...regex.warnings]) io.err(cliText().pack.warning(source, w.path, sayPackProblem(w.problem, cliLanguageNow())));
  return result.pack;
}

/** The pack for `--guidance`, or the built-in one; null (with a message) when it cannot be used. */
export async function loadPackForCli(source: string | undefined, io: CliIO): Promise<GuidancePack | null> {
  return source ? loadValidPack(source, io) : defaultPack();
}
