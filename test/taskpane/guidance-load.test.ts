import { defaultPack } from "../../src/guidance/default-pack";
import { CACHE_KEY, loadGuidance, SEEN_KEY } from "../../src/taskpane/boot/guidance";
import type { SettingsStore } from "../../src/taskpane/boot/services";

const memory = (init: Record<string, string> = {}): SettingsStore & { data: Record<string, string> } => {
  const data = { ...init };
  return { data, get: (k) => data[k] ?? null, set: (k, v) => void (data[k] = v) };
};
const packText = (version: string, changes: string[] = []) =>
  JSON.stringify({ ...defaultPack(), version, changelog: [...defaultPack().changelog, { version, date: "2026-12-01", changes }] });
const ok = (body: string) => async () => new Response(body, { status: 200 });
const offline = async (): Promise<Response> => {
  throw new TypeError("Failed to fetch");
};

describe("the pane's guidance", () => {
  it("uses the published pack, caches it and lists what is new since last time", async () => {
    const storage = memory({ [SEEN_KEY]: "1.1.0" });
    const g = await loadGuidance({ url: "https://x/guidance/latest.json", fetch: ok(packText("2.0.0", ["Ny rubrikterm: Likabehandling"])), storage });
    expect(g).toMatchObject({ source: "published", notice: null, pack: { version: "2.0.0" } });
    expect(g.whatsNew.flatMap((c) => c.changes)).toEqual(["Ny rubrikterm: Likabehandling"]);
    expect(storage.data[CACHE_KEY]).toContain('"2.0.0"');
    expect(storage.data[SEEN_KEY]).toBe("2.0.0");
  });

  it("offline: the cached pack, and says so", async () => {
    const storage = memory({ [CACHE_KEY]: packText("2.0.0") });
    const g = await loadGuidance({ url: "https://x/l.json", fetch: offline, storage });
    expect(g).toMatchObject({ source: "cache", notice: "offline", pack: { version: "2.0.0" } });
  });

  it("an invalid published pack never reaches the officer: cache or built-in, with a notice", async () => {
    const bad = JSON.stringify({ ...defaultPack(), version: "2.0.0", criteria: [] });
    const withCache = await loadGuidance({ url: "u", fetch: ok(bad), storage: memory({ [CACHE_KEY]: packText("2.0.0") }) });
    expect(withCache).toMatchObject({ source: "cache", notice: "invalid", pack: { version: "2.0.0" } });
    const none = await loadGuidance({ url: "u", fetch: ok("<html>404</html>"), storage: memory() });
    expect(none).toMatchObject({ source: "built-in", notice: "invalid", pack: { version: defaultPack().version } });
  });

  it("built-in when offline and the cache is invalid", async () => {
    const g = await loadGuidance({ url: "u", fetch: offline, storage: memory({ [CACHE_KEY]: "{broken" }) });
    expect(g).toMatchObject({ source: "built-in", notice: "offline" });
  });

  it("a server error counts as unreachable", async () => {
    const g = await loadGuidance({ url: "u", fetch: async () => new Response("", { status: 503 }), storage: memory() });
    expect(g).toMatchObject({ source: "built-in", notice: "offline" });
  });
});
