// The manifest a deployment build writes: every URL under the base, the environment's Id and name,
// the version from package.json, AppDomains only when asked for, valid against the XSD.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateManifest, manifestUrls } from "../../scripts/deploy/manifest.cjs";
import { PRODUCTION_ID, readDeploySettings, type DeploySettings } from "../../scripts/deploy/settings.cjs";
import { describeWithTool, hasTool } from "../helpers/system-tool";

const root = resolve(__dirname, "..", "..");
const template = readFileSync(join(root, "manifest.xml"), "utf8");
const packageVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const BASE = "https://addins.example.se/jamkoll/";

function settings(env: Record<string, string>): DeploySettings {
  const r = readDeploySettings(env, packageVersion);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.settings;
}

function generate(env: Record<string, string>): string {
  const r = generateManifest(template, settings(env));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.xml;
}

describe("deployment settings", () => {
  it("refuse a base that is not https, and say why", () => {
    const r = readDeploySettings({ JAMKOLL_BASE_URL: "http://addins.example.se/jamkoll/" }, "1.2.0");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(" ")).toMatch(/JAMKOLL_BASE_URL must start with https:\/\/.*Office loads add-ins .* only over https/);
  });

  it.each(["https://localhost/jamkoll/", "https://localhost:3000/", "https://127.0.0.1/x/", "https://[::1]/", "https://pane.localhost/"])("refuse a base on this computer: %s", (base) => {
    const r = readDeploySettings({ JAMKOLL_BASE_URL: base }, "1.2.0");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(" ")).toMatch(/points at this computer/);
  });

  it("refuse what is not a URL, an unknown environment, a test build without a base and a version Office cannot carry", () => {
    const errors = (env: Record<string, string>, version = "1.2.0") => {
      const r = readDeploySettings(env, version);
      return r.ok ? "" : r.errors.join(" ");
    };
    expect(errors({ JAMKOLL_BASE_URL: "addins.example.se/jamkoll" })).toMatch(/absolute https:\/\/ URL/);
    expect(errors({ JAMKOLL_BASE_URL: BASE, JAMKOLL_ENV: "staging" })).toMatch(/JAMKOLL_ENV must be one of production, test/);
    expect(errors({ JAMKOLL_ENV: "test" })).toMatch(/JAMKOLL_ENV=test needs JAMKOLL_BASE_URL/);
    expect(errors({ JAMKOLL_BASE_URL: BASE, JAMKOLL_OFFICEJS: "bundle" })).toMatch(/JAMKOLL_OFFICEJS must be/);
    expect(errors({ JAMKOLL_BASE_URL: BASE, JAMKOLL_GUIDANCE_URL: "http://guidance.example.se/latest.json" })).toMatch(/JAMKOLL_GUIDANCE_URL must start with https/);
    expect(errors({ JAMKOLL_BASE_URL: BASE }, "1.2.0-rc.1")).toMatch(/package.json's version must be MAJOR.MINOR.PATCH/);
  });

  it("end the base with a slash so that the files resolve under it", () => {
    expect(settings({ JAMKOLL_BASE_URL: "https://addins.example.se/jamkoll/1.2.0" }).baseUrl).toBe("https://addins.example.se/jamkoll/1.2.0/");
  });

  it("give the test environment its own stable Id and a name suffix", () => {
    const test = settings({ JAMKOLL_BASE_URL: BASE, JAMKOLL_ENV: "test" });
    const prod = settings({ JAMKOLL_BASE_URL: BASE });
    expect(prod.addinId).toBe(PRODUCTION_ID);
    expect(test.addinId).not.toBe(PRODUCTION_ID);
    expect(test.addinId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(settings({ JAMKOLL_BASE_URL: "https://other.example.se/", JAMKOLL_ENV: "test" }).addinId).toBe(test.addinId);
    expect(test.displayNameSuffix).toBe(" (test)");
  });

  it("add the guidance pack's origin only when it is not the pane's", () => {
    expect(settings({ JAMKOLL_BASE_URL: BASE, JAMKOLL_GUIDANCE_URL: "https://guidance.example.se/pack/latest.json" }).guidanceOrigin).toBe("https://guidance.example.se");
    expect(settings({ JAMKOLL_BASE_URL: BASE, JAMKOLL_GUIDANCE_URL: "https://addins.example.se/guidance/latest.json" }).guidanceOrigin).toBeNull();
    expect(settings({ JAMKOLL_BASE_URL: BASE, JAMKOLL_GUIDANCE_URL: "../guidance/latest.json" }).guidanceOrigin).toBeNull();
  });
});

describe("the generated manifest", () => {
  it("names no localhost and puts every URL under the base", () => {
    const xml = generate({ JAMKOLL_BASE_URL: BASE });
    expect(xml).not.toMatch(/localhost/i);
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect(urls).toEqual(expect.arrayContaining([`${BASE}taskpane.html`, `${BASE}commands.html`, `${BASE}help.html`, `${BASE}assets/icon-32.png`, `${BASE}assets/icon-80.png`]));
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
  });

  it("carries package.json's version and no AppDomains unless some are configured", () => {
    const xml = generate({ JAMKOLL_BASE_URL: BASE });
    expect(xml).toContain(`<Version>${packageVersion}.0</Version>`);
    expect(xml).not.toContain("AppDomain");
    const withDomains = generate({ JAMKOLL_BASE_URL: BASE, JAMKOLL_APP_DOMAINS: "https://login.example.se" });
    expect(withDomains).toMatch(/<AppDomains>\s*<AppDomain>https:\/\/login\.example\.se<\/AppDomain>\s*<\/AppDomains>/);
  });

  it("in the test environment has its own Id and says (test) in its name", () => {
    const xml = generate({ JAMKOLL_BASE_URL: "https://addins-test.example.se/jamkoll/", JAMKOLL_ENV: "test" });
    expect(xml).not.toContain(PRODUCTION_ID);
    expect(xml).toContain('<DisplayName DefaultValue="Jämkoll (test)">');
    expect(xml).toContain('<Override Locale="en-US" Value="Jämkoll (test)"/>');
    expect(xml).toMatch(/<bt:String id="Group.Label" DefaultValue="Jämkoll \(test\)">/);
    expect(xml).toContain(`<Id>${settings({ JAMKOLL_BASE_URL: BASE, JAMKOLL_ENV: "test" }).addinId}</Id>`);
  });
});

const schemas = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");
describeWithTool("xmllint", hasTool("xmllint"), "the generated manifest against the add-in manifest schema", () => {
  const maybe = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd")) ? it : it.skip;
  maybe.each([
    ["production", { JAMKOLL_BASE_URL: BASE }],
    ["test", { JAMKOLL_BASE_URL: BASE, JAMKOLL_ENV: "test" }],
    ["with AppDomains", { JAMKOLL_BASE_URL: BASE, JAMKOLL_APP_DOMAINS: "https://login.example.se" }],
  ])("is valid: %s", (_name, env) => {
    const file = join(mkdtempSync(join(tmpdir(), "jamkoll-manifest-")), "manifest.xml");
    writeFileSync(file, generate(env));
    execFileSync("xmllint", ["--noout", "--schema", join(schemas, "OfficeAppManifestV1_1.xsd"), file], { stdio: "pipe" });
  });
});
