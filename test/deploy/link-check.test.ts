// The link check: a deployment build served at its base (a sub-path, as on a real host) by the
// local deployment server, with the headers of deploy/; every URL in the generated manifest and
// every file the pages reference answers 200 with the right content type. Also: the build refuses
// bases Office cannot use, and says why.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { MIME_TYPES, cacheControl, contentSecurityPolicy } from "../../scripts/deploy/headers.cjs";
import { manifestUrls } from "../../scripts/deploy/manifest.cjs";
import { serveDeployment } from "../../scripts/deploy/server.cjs";
import { describeWithTool, hasTool } from "../helpers/system-tool";

const root = resolve(__dirname, "..", "..");
const webpackCli = join(root, "node_modules", "webpack", "bin", "webpack.js");
const BASE = "https://addins.example.se/jamkoll/1.2.0/";
const PORT = 3181;
const LOCAL = `http://127.0.0.1:${PORT}/jamkoll/1.2.0/`;
const schemas = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");
const canCheckSchema = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd")) && !spawnSync("xmllint", ["--version"]).error;

function build(env: Record<string, string>, outDir: string) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("JAMKOLL_")));
  return spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", outDir], {
    cwd: root,
    env: { ...clean, ...(canCheckSchema ? {} : { JAMKOLL_SKIP_SCHEMA_CHECK: "1" }), ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** src and href values of a page (the build minifies it: quotes are optional). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const expectedType = (url: string) => MIME_TYPES[extname(new URL(url).pathname)];
const toLocal = (url: string) => (url.startsWith(BASE) ? LOCAL + url.slice(BASE.length) : url);
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe("a deployment build, served under its sub-path", () => {
  let out = "";
  let server: Server | null = null;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "jamkoll-dist-"));
    const r = build({ JAMKOLL_BASE_URL: BASE, JAMKOLL_ENV: "test", JAMKOLL_OFFICEJS: "local" }, out);
    if (r.status !== 0) throw new Error(`the deployment build failed:\n${r.stderr}\n${r.stdout.slice(-4000)}`);
    server = await serveDeployment(out, { port: PORT, basePath: "/jamkoll/1.2.0/", officeJs: "local" });
  }, 20 * 60_000);

  afterAll(() => {
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("writes a manifest for the base (no localhost, the version, the test environment's name) and DEPLOY.txt", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain('<DisplayName DefaultValue="Jämkoll (test)">');
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    const notes = readFileSync(join(out, "DEPLOY.txt"), "utf8");
    expect(notes).toContain(BASE);
    expect(notes).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ officeJs: "local" })}`);
    expect(notes).toMatch(/office-js\/ \(\d+ filer\/files\)/);
  });

  it("serves every URL in the manifest with 200 and the right content type", async () => {
    const urls = [...new Set(manifestUrls(readFileSync(join(out, "manifest.xml"), "utf8")))];
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      const res = await fetch(toLocal(url));
      expect([url, res.status, res.headers.get("content-type")]).toEqual([url, 200, expectedType(url)]);
      // Office caches icons: they must be cacheable.
      if (url.endsWith(".png")) expect(res.headers.get("cache-control")).toMatch(/max-age=[1-9]/);
    }
  });

  it("serves every file the pages reference, and the guidance pack the pane fetches, with 200 and the right type", async () => {
    const checked: string[] = [];
    for (const page of ["taskpane.html", "commands.html", "help.html"]) {
      const res = await fetch(LOCAL + page);
      expect([page, res.status]).toEqual([page, 200]);
      expect(res.headers.get("content-security-policy")).toBe(contentSecurityPolicy({ officeJs: "local" }));
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBeNull();
      expect(res.headers.get("cache-control")).toBe("no-cache");
      const html = await res.text();
      expect(html).toContain(`content="${contentSecurityPolicy({ officeJs: "local", meta: true })}"`);
      for (const ref of references(html)) {
        const url = new URL(ref, LOCAL + page).toString();
        // A local Office.js build loads nothing from outside the add-in's origin.
        expect([page, url.startsWith(LOCAL)]).toEqual([page, true]);
        const r = await fetch(url);
        expect([url, r.status, r.headers.get("content-type")]).toEqual([url, 200, expectedType(url)]);
        checked.push(url.slice(LOCAL.length));
      }
    }
    expect(checked).toEqual(expect.arrayContaining(["office-js/office.js", "scripts/old-office.js", "scripts/commands.js"]));
    expect(checked.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    const bundle = checked.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)) ?? "";
    expect((await fetch(LOCAL + bundle)).headers.get("cache-control")).toBe(cacheControl(bundle));
    // The chunks the bundle loads itself (lazy modules, the analysis worker) sit beside it.
    for (const chunk of readdirSync(out).filter((f) => f.endsWith(".js"))) {
      const r = await fetch(LOCAL + chunk);
      expect([chunk, r.status, r.headers.get("content-type"), r.headers.get("cache-control")]).toEqual([chunk, 200, MIME_TYPES[".js"], cacheControl(chunk)]);
    }
    const guidance = await fetch(`${LOCAL}guidance/latest.json`);
    expect([guidance.status, guidance.headers.get("content-type")]).toEqual([200, MIME_TYPES[".json"]]);
    expect(guidance.headers.get("cache-control")).toBe("no-cache");
  });

  it("copies Office.js unmodified, with the Word and Swedish files it loads", () => {
    const source = join(root, "node_modules", "@microsoft", "office-js", "dist");
    const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
    for (const f of ["office.js", "word-win32-16.01.js", "word-web-16.00.js", "word-mac-16.00.js", join("sv-se", "office_strings.js")]) {
      expect([f, existsSync(join(out, "office-js", f))]).toEqual([f, true]);
      expect([f, sha(join(out, "office-js", f))]).toEqual([f, sha(join(source, f))]);
    }
    expect(readdirSync(join(out, "office-js")).some((f) => f.endsWith(".debug.js"))).toBe(false);
  });

  describeWithTool("chromium", hasTool(chromiumPath), "in a browser", () => {
    it("the real Office.js, served beside the pane, runs under the CSP: outside Word the pane says so", async () => {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
      try {
        const page = await browser.newPage();
        const violations: string[] = [];
        const outside: string[] = [];
        page.on("console", (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
        });
        page.on("request", (r) => {
          if (!r.url().startsWith(LOCAL)) outside.push(r.url());
        });
        await page.goto(LOCAL + "taskpane.html");
        await page.getByText("Jämkoll kan inte köras här").waitFor({ timeout: 30_000 });
        expect(await page.locator("#jk-no-officejs").isVisible()).toBe(false);
        // Outside Office, Office.js tries to frame Microsoft's telemetry proxy: the CSP refuses that and nothing else.
        expect(violations.filter((v) => !/Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/.test(v))).toEqual([]);
        expect(outside.filter((u) => !u.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});

describe("a deployment build refuses what Office cannot use", () => {
  it.each([
    ["an http base", { JAMKOLL_BASE_URL: "http://addins.example.se/jamkoll/" }, /JAMKOLL_BASE_URL must start with https:\/\//],
    ["a localhost base", { JAMKOLL_BASE_URL: "https://localhost:3000/" }, /points at this computer/],
    ["a test build without a base", { JAMKOLL_ENV: "test" }, /JAMKOLL_ENV=test needs JAMKOLL_BASE_URL/],
  ])("%s, and says why", (_name, env, message) => {
    const out = mkdtempSync(join(tmpdir(), "jamkoll-dist-"));
    const r = build(env, out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Jämkoll: cannot build for deployment/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
    rmSync(out, { recursive: true, force: true });
  });
});
