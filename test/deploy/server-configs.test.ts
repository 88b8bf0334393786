// deploy/nginx.conf and deploy/web.config send what scripts/deploy/headers.cjs says (the headers
// the build prints in DEPLOY.txt and the local deployment server sends): the same CSP, nosniff,
// no X-Frame-Options, the same MIME types and cache rules. nginx itself checks its file.
import { DOMParser } from "@xmldom/xmldom";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { CACHE, MIME_TYPES, OFFICE_JS_ORIGIN, SECURITY_HEADERS, cacheControl, contentSecurityPolicy } from "../../scripts/deploy/headers.cjs";
import { describeWithTool, hasTool } from "../helpers/system-tool";

const root = resolve(__dirname, "..", "..");
const nginx = readFileSync(join(root, "deploy", "nginx.conf"), "utf8");
const webConfig = readFileSync(join(root, "deploy", "web.config"), "utf8");
const samplePaths = ["taskpane.html", "taskpane.1a2b3c4d.js", "taskpane.1a2b3c4d.js.map", "manifest.xml", "guidance/latest.json", "guidance/1.2.0.json", "assets/icon-32.png", "scripts/old-office.js", "office-js/office.js", "DEPLOY.txt"];

describe("the Content-Security-Policy", () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

  it("allows scripts from the add-in's origin and Office.js's only, no inline script and no eval", () => {
    expect(directive("script-src")).toBe(`script-src 'self' ${OFFICE_JS_ORIGIN}`);
    expect(contentSecurityPolicy({ officeJs: "local" })).toContain("script-src 'self';");
  });

  it("lets the pane fetch from its own origin and the guidance pack's, and lets Office on the web frame it", () => {
    expect(directive("connect-src")).toBe("connect-src 'self'");
    expect(contentSecurityPolicy({ guidanceOrigin: "https://guidance.example.se" })).toContain("connect-src 'self' https://guidance.example.se;");
    expect(directive("frame-ancestors")).toMatch(/^frame-ancestors 'self' .*https:\/\/\*\.officeapps\.live\.com.*https:\/\/\*\.sharepoint\.com/);
    expect(contentSecurityPolicy({ meta: true })).not.toContain("frame-ancestors");
  });

  it("revalidates the pages, the manifest and latest.json, keeps hashed bundles and caches icons", () => {
    expect(cacheControl("taskpane.html")).toBe(CACHE.revalidate);
    expect(cacheControl("manifest.xml")).toBe(CACHE.revalidate);
    expect(cacheControl("guidance/latest.json")).toBe(CACHE.revalidate);
    expect(cacheControl("taskpane.1a2b3c4d.js")).toBe(CACHE.immutable);
    expect(cacheControl("assets/icon-32.png")).toMatch(/max-age=\d+/);
  });
});

describe("deploy/nginx.conf", () => {
  const headers = [...nginx.matchAll(/^\s*add_header\s+(\S+)\s+("[^"]*"|\S+)\s+always;/gm)].map((m) => [m[1], m[2].replace(/^"|"$/g, "")]);

  it("sends the CSP, nosniff and the referrer policy, and no X-Frame-Options", () => {
    expect(Object.fromEntries(headers)).toEqual({ "Content-Security-Policy": contentSecurityPolicy(), ...SECURITY_HEADERS, "Cache-Control": "$jamkoll_cache_control" });
    expect(nginx).not.toMatch(/add_header\s+X-Frame-Options/i);
  });

  it("maps every file type dist/ holds to its MIME type, with a charset on the text ones", () => {
    const types = new Map<string, string>();
    const block = /types\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    for (const line of block.split(";")) {
      const [type, ...exts] = line.trim().split(/\s+/);
      for (const ext of exts) types.set(`.${ext}`, type);
    }
    const charsetTypes = /charset_types\s+([^;]+);/.exec(nginx)?.[1].split(/\s+/) ?? [];
    for (const [ext, full] of Object.entries(MIME_TYPES)) {
      const [type, charset] = full.split("; ");
      expect([ext, types.get(ext)]).toEqual([ext, type]);
      expect([ext, charsetTypes.includes(type)]).toEqual([ext, charset === "charset=utf-8"]);
    }
  });

  it("gives each file the Cache-Control of the cache rules", () => {
    const block = /map \$uri \$jamkoll_cache_control \{([\s\S]*?)\n\}/.exec(nginx)?.[1] ?? "";
    const rules = [...block.matchAll(/^\s*("~[^"]+"|default)\s+"([^"]+)";/gm)].map((m) => ({ pattern: m[1], value: m[2] }));
    const nginxCache = (path: string) => {
      const hit = rules.find((r) => r.pattern !== "default" && new RegExp(r.pattern.slice(2, -1)).test(`/jamkoll/1.2.0/${path}`));
      return (hit ?? rules.find((r) => r.pattern === "default"))?.value;
    };
    for (const path of samplePaths) expect([path, nginxCache(path)]).toEqual([path, cacheControl(path)]);
  });
});

describe("deploy/web.config", () => {
  const doc = new DOMParser().parseFromString(webConfig, "text/xml");
  const all = (name: string) => Array.from(doc.getElementsByTagName(name));

  it("is well-formed and sends the CSP, nosniff and the referrer policy, and removes X-Frame-Options", () => {
    const added = Object.fromEntries(all("add").filter((e) => e.parentNode?.nodeName === "customHeaders").map((e) => [e.getAttribute("name"), e.getAttribute("value")]));
    expect(added).toEqual({ "Content-Security-Policy": contentSecurityPolicy(), ...SECURITY_HEADERS });
    const removed = all("remove").filter((e) => e.parentNode?.nodeName === "customHeaders").map((e) => e.getAttribute("name"));
    expect(removed).toContain("X-Frame-Options");
  });

  it("maps every file type dist/ holds to the same MIME type", () => {
    const maps = Object.fromEntries(all("mimeMap").map((e) => [e.getAttribute("fileExtension"), e.getAttribute("mimeType")]));
    expect(maps).toEqual(MIME_TYPES);
  });

  it("revalidates by default and caches the icons for a day", () => {
    const caches = all("clientCache");
    const top = caches.find((e) => e.parentNode?.parentNode?.parentNode?.nodeName === "configuration");
    expect(top?.getAttribute("cacheControlMode")).toBe("DisableCache");
    const assets = all("location").find((l) => l.getAttribute("path") === "assets");
    const icons = assets ? Array.from(assets.getElementsByTagName("clientCache"))[0] : undefined;
    expect(icons?.getAttribute("cacheControlMaxAge")).toBe("1.00:00:00");
    expect(icons?.getAttribute("cacheControlCustom")).toBe("public");
    expect(CACHE.images).toBe("public, max-age=86400");
  });
});

describe("docs/deployment.md", () => {
  it("quotes the Content-Security-Policy the configurations send", () => {
    expect(readFileSync(join(root, "docs", "deployment.md"), "utf8")).toContain(contentSecurityPolicy());
  });
});

describeWithTool("nginx", hasTool("nginx", ["-v"]), "deploy/nginx.conf in nginx", () => {
  const PORT = 18443;
  let dir = "";
  let server: ChildProcess | null = null;

  /** deploy/nginx.conf with its host-specific lines filled in, inside a minimal nginx.conf. */
  function configure() {
    dir = mkdtempSync(join(tmpdir(), "jamkoll-nginx-"));
    chmodSync(dir, 0o755);
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=addins.example.se", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    const site = nginx
      .replace(/listen\s+443 ssl;/, `listen 127.0.0.1:${PORT} ssl;`)
      .replace(/^\s*listen \[::\]:443 ssl;.*$/m, "")
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${join(dir, "cert.pem")};`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${join(dir, "key.pem")};`)
      .replace(/root\s+\S+;/, `root ${join(dir, "www")};`);
    writeFileSync(join(dir, "jamkoll.conf"), site);
    writeFileSync(join(dir, "nginx.conf"), `daemon off;\npid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/jamkoll.conf;\n}\n`);
    // A few files of a release, as they lie in dist/.
    const release = join(dir, "www", "jamkoll", "1.2.0");
    for (const path of samplePaths) {
      mkdirSync(dirname(join(release, path)), { recursive: true });
      writeFileSync(join(release, path), "x");
    }
    for (const d of [join(dir, "www"), join(dir, "www", "jamkoll"), release, join(release, "guidance"), join(release, "assets"), join(release, "scripts"), join(release, "office-js")]) chmodSync(d, 0o755);
  }

  function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
    return new Promise((ok, fail) => {
      https
        .get({ host: "127.0.0.1", port: PORT, path, rejectUnauthorized: false, servername: "addins.example.se" }, (res) => {
          res.resume();
          res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
        })
        .on("error", fail);
    });
  }

  beforeAll(async () => {
    configure();
    execFileSync("nginx", ["-t", "-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "pipe" });
    server = spawn("nginx", ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "ignore" });
    for (let i = 0; i < 50; i++) {
      try {
        await get("/");
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error("nginx did not start");
  });
  afterAll(() => {
    server?.kill();
  });

  it("passes nginx -t and serves each file with its type, cache rule, CSP and nosniff, without X-Frame-Options", async () => {
    for (const path of samplePaths) {
      const r = await get(`/jamkoll/1.2.0/${path}`);
      const ext = /\.[a-z]+$/.exec(path)?.[0] ?? "";
      expect([path, r.status, r.headers["content-type"], r.headers["cache-control"]]).toEqual([path, 200, MIME_TYPES[ext], cacheControl(path)]);
      expect(r.headers["content-security-policy"]).toBe(contentSecurityPolicy());
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBeUndefined();
    }
    const missing = await get("/jamkoll/1.2.0/nothing-here.js");
    expect(missing.status).toBe(404);
    expect((await get("/jamkoll/1.2.0/")).status).not.toBe(200);
  });
});
