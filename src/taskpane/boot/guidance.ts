// Which guidance pack the pane uses: the published latest.json (fetched from the URL set at
// deployment, validated, cached), else the cached copy, else the built-in pack — and it says so.
// Guidance comes over https from the configured origin only, read with a size cap and one
// time-out that covers the body; a pack whose analysis ran past the time budget is set aside
// until a new version is published, and the last pack that worked (or the built-in one) is used.
// The pack is data: its text is only ever shown as text.
import { isSafeRegex } from "../../guidance/regex-safety";
import type { GuidancePack } from "../../guidance/schema";
import { guidanceUrlProblem } from "../../guidance/source-url";
import { MAX_PACK_BYTES, validatePackText } from "../../guidance/validate";
import { compareVersions } from "../../guidance/version";
import { isBuiltInPack, loadBuiltInPack } from "./built-in-pack";
import type { SettingsStore } from "./services";

export type GuidanceSource = "published" | "cache" | "last-good" | "built-in";

export interface GuidanceLoad {
  pack: GuidancePack;
  source: GuidanceSource;
  /** Why the pane is not using the published pack, when it is not. */
  notice: "offline" | "invalid" | "refused" | "too-slow" | null;
  /** Changelog entries published since the user last saw the pack. */
  whatsNew: GuidancePack["changelog"];
  /** The published pack is older than the one this pane used before: its version then. */
  rollbackFrom?: string | null;
  /** The version set aside because its analysis ran past the time budget. */
  setAside?: string | null;
}

export const CACHE_KEY = "guidance.cache";
export const SEEN_KEY = "guidance.seen";
/** The last pack whose analysis finished within the budget. */
export const LAST_GOOD_KEY = "guidance.lastGood";
/** `{id, version}` of the pack set aside as too slow. */
export const SET_ASIDE_KEY = "guidance.setAside";

export const FETCH_TIMEOUT_MS = 8000;

declare const JAMKOLL_GUIDANCE_URL: string | undefined;

const here = (): string => (typeof location !== "undefined" ? location.href : "https://localhost/");

/** The URL of latest.json: set at build time (JAMKOLL_GUIDANCE_URL), by default beside taskpane.html. */
export function defaultGuidanceUrl(): string {
  const configured = typeof JAMKOLL_GUIDANCE_URL === "string" ? JAMKOLL_GUIDANCE_URL : "";
  return new URL(configured || "guidance/latest.json", here()).toString();
}

/** The demo's `?guidance=` path, beside the demo only: a data: or another site's URL is refused (null). */
export function demoGuidanceUrl(param: string | null): string | null {
  const url = new URL(param ?? "guidance/latest.json", here());
  return guidanceUrlProblem(url.toString(), new URL(here()).origin) ? null : url.toString();
}

export interface GuidanceDeps {
  /** null when the configured URL was refused before any request. */
  url: string | null;
  /** The only origin guidance may come from; by default the configured URL's own. */
  allowedOrigin?: string;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  storage: SettingsStore;
  timeoutMs?: number;
}

function newSince(pack: GuidancePack, seen: string | null): GuidancePack["changelog"] {
  if (!seen || seen === pack.version) return [];
  return pack.changelog.filter((c) => /^\d+(\.\d+)*$/.test(c.version) && compareVersions(c.version, seen) > 0);
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

class Refused extends Error {}
class Invalid extends Error {}

/** The body as text, at most MAX_PACK_BYTES; the caller's abort signal covers every read. */
async function readCapped(res: Response): Promise<string> {
  if (Number(res.headers.get("content-length") ?? 0) > MAX_PACK_BYTES) throw new Invalid("too large");
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > MAX_PACK_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new Invalid("too large");
    }
    chunks.push(r.value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function fetchPackText(deps: GuidanceDeps, url: string): Promise<string> {
  const allowed = deps.allowedOrigin ?? originOf(url);
  if (guidanceUrlProblem(url, allowed)) throw new Refused(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const res = await deps.fetch(url, { cache: "no-cache", signal: controller.signal, redirect: "follow" });
    if (res.url && guidanceUrlProblem(res.url, allowed)) throw new Refused(res.url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    // A read that never ends must not hold the pane: the time-out races the body too.
    const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(new Error("time-out"))));
    return await Promise.race([readCapped(res), aborted]);
  } finally {
    clearTimeout(timer);
  }
}

interface PackId {
  id: string;
  version: string;
}

function readSetAside(storage: SettingsStore): PackId | null {
  try {
    const v = JSON.parse(storage.get(SET_ASIDE_KEY) ?? "null") as PackId | null;
    return v && typeof v.id === "string" && typeof v.version === "string" ? v : null;
  } catch {
    return null;
  }
}

const isSetAside = (storage: SettingsStore, pack: GuidancePack): boolean => {
  const s = readSetAside(storage);
  return s !== null && s.id === pack.id && s.version === pack.version;
};

const validText = (text: string | null): GuidancePack | null => {
  if (!text) return null;
  const r = validatePackText(text, { isSafeRegex });
  return r.ok ? r.pack : null;
};

/** The last pack that worked, if it is not the one set aside; else the built-in pack. */
async function fallback(storage: SettingsStore): Promise<{ pack: GuidancePack; source: GuidanceSource }> {
  const good = validText(storage.get(LAST_GOOD_KEY));
  return good && !isSetAside(storage, good) ? { pack: good, source: "last-good" } : { pack: await loadBuiltInPack(), source: "built-in" };
}

/** The guidance the pane checks with; rejects with GuidanceUnavailable only when not even the built-in pack can be fetched. */
export async function loadGuidance(deps: GuidanceDeps): Promise<GuidanceLoad> {
  const { storage } = deps;
  const seen = storage.get(SEEN_KEY);
  const finish = (pack: GuidancePack, source: GuidanceSource, notice: GuidanceLoad["notice"], rollbackFrom: string | null = null): GuidanceLoad => {
    const whatsNew = newSince(pack, seen);
    storage.set(SEEN_KEY, pack.version);
    const aside = readSetAside(storage);
    return { pack, source, notice, whatsNew, rollbackFrom, setAside: notice === "too-slow" && aside ? aside.version : null };
  };
  const cachedText = storage.get(CACHE_KEY);
  const cached = validText(cachedText);
  let notice: GuidanceLoad["notice"] = null;
  try {
    if (deps.url === null) throw new Refused("");
    const text = await fetchPackText(deps, deps.url);
    const pack = validText(text);
    if (pack && isSetAside(storage, pack)) {
      const f = await fallback(storage);
      return finish(f.pack, f.source, "too-slow");
    }
    if (pack) {
      // An older version than this pane had: used (an administrator may roll back on purpose), never silently.
      const before = cached && cached.id === pack.id ? cached.version : seen;
      const rollbackFrom = before && /^\d+(\.\d+)*$/.test(before) && compareVersions(pack.version, before) < 0 ? before : null;
      storage.set(CACHE_KEY, text);
      return finish(pack, "published", null, rollbackFrom);
    }
    notice = "invalid";
  } catch (e) {
    notice = e instanceof Refused ? "refused" : e instanceof Invalid ? "invalid" : "offline";
  }
  if (cached && !isSetAside(storage, cached)) return finish(cached, "cache", notice);
  if (cached) {
    const f = await fallback(storage);
    return finish(f.pack, f.source, "too-slow");
  }
  return finish(await loadBuiltInPack(), "built-in", notice);
}

/** After a check finished within the budget: this pack is the one to fall back on. */
export function rememberGoodGuidance(storage: SettingsStore, pack: GuidancePack): void {
  if (isBuiltInPack(pack)) return;
  const text = JSON.stringify(pack);
  if (storage.get(LAST_GOOD_KEY) !== text) storage.set(LAST_GOOD_KEY, text);
}

/** The pack's analysis ran past the time budget: set it aside until a new version, and say what is used instead. */
export async function setGuidanceAside(storage: SettingsStore, pack: GuidancePack): Promise<GuidanceLoad> {
  storage.set(SET_ASIDE_KEY, JSON.stringify({ id: pack.id, version: pack.version }));
  const f = await fallback(storage);
  return { pack: f.pack, source: f.source, notice: "too-slow", whatsNew: [], rollbackFrom: null, setAside: pack.version };
}

export async function builtInGuidance(): Promise<GuidanceLoad> {
  return { pack: await loadBuiltInPack(), source: "built-in", notice: null, whatsNew: [] };
}
