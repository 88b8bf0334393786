import { defaultPack } from "../../src/guidance/default-pack";
import { CACHE_KEY, LAST_GOOD_KEY, demoGuidanceUrl, loadGuidance, rememberGoodGuidance, SEEN_KEY, setGuidanceAside } from "../../src/taskpane/boot/guidance";
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
    const storage = memory({ [SEEN_KEY]: defaultPack().version });
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
    const withCache = await loadGuidance({ url: "https://x/l.json", fetch: ok(bad), storage: memory({ [CACHE_KEY]: packText("2.0.0") }) });
    expect(withCache).toMatchObject({ source: "cache", notice: "invalid", pack: { version: "2.0.0" } });
    const none = await loadGuidance({ url: "https://x/l.json", fetch: ok("<html>404</html>"), storage: memory() });
    expect(none).toMatchObject({ source: "built-in", notice: "invalid", pack: { version: defaultPack().version } });
  });

  it("built-in when offline and the cache is invalid", async () => {
    const g = await loadGuidance({ url: "https://x/l.json", fetch: offline, storage: memory({ [CACHE_KEY]: "{broken" }) });
    expect(g).toMatchObject({ source: "built-in", notice: "offline" });
  });

  it("a server error counts as unreachable", async () => {
    const g = await loadGuidance({ url: "https://x/l.json", fetch: async () => new Response("", { status: 503 }), storage: memory() });
    expect(g).toMatchObject({ source: "built-in", notice: "offline" });
  });
});

describe("hostile or unlucky guidance in the pane", () => {
  const hostile = (version: string) => JSON.stringify({ ...defaultPack(), version, sections: [{ ...defaultPack().sections[0], dismissal: ["(a+)+$"] }] });

  it("a pack with a catastrophic pattern is refused from the server and from the cache", async () => {
    const storage = memory({ [CACHE_KEY]: hostile("2.0.0") });
    const g = await loadGuidance({ url: "https://x/l.json", fetch: ok(hostile("2.1.0")), storage });
    expect(g).toMatchObject({ source: "built-in", notice: "invalid" });
    expect(storage.data[CACHE_KEY]).not.toContain('"2.1.0"');
  });

  it("the time-out covers the body: a server that sends headers and then trickles falls back", async () => {
    const trickle = async (_url: string, init?: RequestInit): Promise<Response> => {
      let timer: ReturnType<typeof setInterval>;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode("{"));
          timer = setInterval(() => c.enqueue(new TextEncoder().encode(" ")), 20);
          init?.signal?.addEventListener("abort", () => {
            clearInterval(timer);
            c.error(new DOMException("aborted", "AbortError"));
          });
        },
        cancel: () => clearInterval(timer),
      });
      return new Response(body, { status: 200 });
    };
    const t = Date.now();
    const g = await loadGuidance({ url: "https://x/l.json", fetch: trickle, storage: memory({ [CACHE_KEY]: packText("1.1.0") }), timeoutMs: 300 });
    expect(g).toMatchObject({ source: "cache", notice: "offline", pack: { version: "1.1.0" } });
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it("stops reading a body larger than a pack may be", async () => {
    let pulled = 0;
    const endless = async (): Promise<Response> =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(c) {
            pulled += 64 * 1024;
            c.enqueue(new Uint8Array(64 * 1024).fill(0x20));
          },
        }),
        { status: 200 },
      );
    const g = await loadGuidance({ url: "https://x/l.json", fetch: endless, storage: memory() });
    expect(g).toMatchObject({ source: "built-in", notice: "invalid" });
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it("fetches nothing from plain http, another origin or a data: URL, and caches nothing from them", async () => {
    for (const url of ["http://guidance.example.org/latest.json", "https://evil.example.net/latest.json", `data:application/json,${encodeURIComponent(packText("9.0.0"))}`]) {
      const storage = memory();
      let fetched = false;
      const g = await loadGuidance({ url, allowedOrigin: "https://guidance.example.org", fetch: async () => ((fetched = true), new Response(packText("9.0.0"))), storage });
      expect({ url, fetched, source: g.source, notice: g.notice }).toEqual({ url, fetched: false, source: "built-in", notice: "refused" });
      expect(storage.data[CACHE_KEY]).toBeUndefined();
    }
  });

  it("a pack served from a redirect to another origin is not used", async () => {
    const redirected = async () => Object.defineProperty(new Response(packText("9.0.0")), "url", { value: "https://evil.example.net/latest.json" });
    const g = await loadGuidance({ url: "https://guidance.example.org/latest.json", allowedOrigin: "https://guidance.example.org", fetch: redirected, storage: memory() });
    expect(g).toMatchObject({ source: "built-in", notice: "refused" });
  });

  it("plain http on this computer is allowed (the dev server)", async () => {
    const g = await loadGuidance({ url: "http://localhost:3000/guidance/latest.json", allowedOrigin: "http://localhost:3000", fetch: ok(packText("1.1.0")), storage: memory() });
    expect(g).toMatchObject({ source: "published", notice: null });
  });

  it("a published version older than the one this pane had is shown with a warning, not used silently", async () => {
    const storage = memory({ [CACHE_KEY]: packText("1.3.0"), [SEEN_KEY]: "1.3.0" });
    const g = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.1.0")), storage });
    expect(g).toMatchObject({ source: "published", pack: { version: "1.1.0" }, rollbackFrom: "1.3.0" });
    const again = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.1.0")), storage });
    expect(again.rollbackFrom).toBeNull();
  });

  it("a pack set aside as too slow is not used again; the last good pack is", async () => {
    const storage = memory({ [CACHE_KEY]: packText("1.2.0") });
    const first = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.2.0")), storage });
    rememberGoodGuidance(storage, first.pack);
    const slow = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.3.0")), storage });
    const fallback = await setGuidanceAside(storage, slow.pack);
    expect(fallback).toMatchObject({ source: "last-good", notice: "too-slow", pack: { version: "1.2.0" }, setAside: "1.3.0" });
    const next = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.3.0")), storage });
    expect(next).toMatchObject({ source: "last-good", notice: "too-slow", pack: { version: "1.2.0" }, setAside: "1.3.0" });
    // A new version is tried again.
    const fixed = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.4.0")), storage });
    expect(fixed).toMatchObject({ source: "published", notice: null, pack: { version: "1.4.0" } });
  });

  it("without a last good pack, the built-in one", async () => {
    const storage = memory();
    const slow = await loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.3.0")), storage });
    expect(await setGuidanceAside(storage, slow.pack)).toMatchObject({ source: "built-in", notice: "too-slow", pack: { version: defaultPack().version } });
  });

  it("the built-in pack is never kept as the last that worked", async () => {
    const storage = memory();
    const none = await loadGuidance({ url: "https://x/l.json", fetch: () => Promise.reject(new TypeError("Failed to fetch")), storage });
    expect(none).toMatchObject({ source: "built-in", notice: "offline" });
    rememberGoodGuidance(storage, none.pack);
    expect(storage.get(LAST_GOOD_KEY)).toBeNull();
  });
});

describe("the built-in pack is fetched only when needed", () => {
  beforeEach(() => jest.resetModules());
  afterEach(() => {
    jest.dontMock("../../src/guidance/default-pack");
    jest.resetModules();
  });

  it("is not loaded when the published pack is used", async () => {
    let loaded = false;
    jest.doMock("../../src/guidance/default-pack", () => {
      loaded = true;
      return jest.requireActual("../../src/guidance/default-pack");
    });
    const fresh = await import("../../src/taskpane/boot/guidance");
    const g = await fresh.loadGuidance({ url: "https://x/l.json", fetch: ok(packText("1.2.0")), storage: memory() });
    expect(g.source).toBe("published");
    expect(loaded).toBe(false);
  });

  it("when it cannot be fetched either (offline, nothing kept), loading fails with GuidanceUnavailable and the pane says so", async () => {
    jest.doMock("../../src/guidance/default-pack", () => {
      throw new Error("ChunkLoadError: Loading chunk jamkoll-built-in-guidance failed.");
    });
    const fresh = await import("../../src/taskpane/boot/guidance");
    const { GuidanceUnavailable } = await import("../../src/taskpane/boot/built-in-pack");
    await expect(fresh.loadGuidance({ url: "https://x/l.json", fetch: () => Promise.reject(new TypeError("Failed to fetch")), storage: memory() })).rejects.toBeInstanceOf(GuidanceUnavailable);
  });
});

describe("the demo's ?guidance=", () => {
  it("takes a path beside the demo and refuses data: URLs and other sites", () => {
    expect(demoGuidanceUrl(null)).toBe("https://localhost/guidance/latest.json");
    expect(demoGuidanceUrl("published/latest.json")).toBe("https://localhost/published/latest.json");
    expect(demoGuidanceUrl(`data:application/json,${encodeURIComponent(packText("9.0.0"))}`)).toBeNull();
    expect(demoGuidanceUrl("https://evil.example.net/latest.json")).toBeNull();
  });

  it("a refused URL fetches nothing and caches nothing", async () => {
    const storage = memory();
    const g = await loadGuidance({ url: null, fetch: async () => new Response(packText("9.0.0")), storage });
    expect(g).toMatchObject({ source: "built-in", notice: "refused" });
    expect(storage.data[CACHE_KEY]).toBeUndefined();
  });
});
