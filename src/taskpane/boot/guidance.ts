// Which guidance pack the pane uses: the published latest.json (fetched from the URL set at
// deployment, validated, cached), else the cached copy, else the built-in pack — and it says so.
// The pack is data: its text is only ever shown as text.
import { defaultPack } from "../../guidance/default-pack";
import type { GuidancePack } from "../../guidance/schema";
import { validatePackText } from "../../guidance/validate";
import { compareVersions } from "../../guidance/version";
import type { SettingsStore } from "./services";

export type GuidanceSource = "published" | "cache" | "built-in";

export interface GuidanceLoad {
  pack: GuidancePack;
  source: GuidanceSource;
  /** Why the pane is not using the published pack, when it is not. */
  notice: "offline" | "invalid" | null;
  /** Changelog entries published since the user last saw the pack. */
  whatsNew: GuidancePack["changelog"];
}

export const CACHE_KEY = "guidance.cache";
export const SEEN_KEY = "guidance.seen";

declare const JAMKOLL_GUIDANCE_URL: string | undefined;

/** The URL of latest.json: set at build time (JAMKOLL_GUIDANCE_URL), by default beside taskpane.html. */
export function defaultGuidanceUrl(): string {
  const configured = typeof JAMKOLL_GUIDANCE_URL === "string" ? JAMKOLL_GUIDANCE_URL : "";
  return new URL(configured || "guidance/latest.json", typeof location !== "undefined" ? location.href : "https://localhost/").toString();
}

export interface GuidanceDeps {
  url: string;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  storage: SettingsStore;
  timeoutMs?: number;
}

function newSince(pack: GuidancePack, seen: string | null): GuidancePack["changelog"] {
  if (!seen || seen === pack.version) return [];
  return pack.changelog.filter((c) => /^\d+(\.\d+)*$/.test(c.version) && compareVersions(c.version, seen) > 0);
}

export async function loadGuidance(deps: GuidanceDeps): Promise<GuidanceLoad> {
  const seen = deps.storage.get(SEEN_KEY);
  const finish = (pack: GuidancePack, source: GuidanceSource, notice: GuidanceLoad["notice"]): GuidanceLoad => {
    const whatsNew = newSince(pack, seen);
    deps.storage.set(SEEN_KEY, pack.version);
    return { pack, source, notice, whatsNew };
  };
  let notice: GuidanceLoad["notice"] = null;
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 8000);
    const res = await deps.fetch(deps.url, { cache: "no-cache", signal: controller.signal });
    clearTimeout(timer);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    const r = validatePackText(text);
    if (r.ok) {
      deps.storage.set(CACHE_KEY, text);
      return finish(r.pack, "published", null);
    }
    notice = "invalid";
  } catch {
    notice = "offline";
  }
  const cached = deps.storage.get(CACHE_KEY);
  if (cached) {
    const r = validatePackText(cached);
    if (r.ok) return finish(r.pack, "cache", notice);
  }
  return finish(defaultPack(), "built-in", notice);
}

export async function builtInGuidance(): Promise<GuidanceLoad> {
  return { pack: defaultPack(), source: "built-in", notice: null, whatsNew: [] };
}
