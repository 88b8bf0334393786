import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateManifest } from "../scripts/deploy/manifest.cjs";
import { readDeploySettings } from "../scripts/deploy/settings.cjs";
import { describeWithTool, hasTool } from "./helpers/system-tool";

const root = resolve(__dirname, "..");
const schemas = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");

describeWithTool("xmllint", hasTool("xmllint"), "manifest.xml", () => {
  const maybe = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd")) ? it : it.skip;
  maybe("validates against the add-in manifest schema and names only files the build serves", () => {
    const out = execFileSync("node", [join(root, "scripts", "validate-manifest.mjs")], { encoding: "utf8" });
    expect(out).toContain("manifest.xml is valid");
  });

  maybe("validate -- <file> checks a deployment build's manifest: valid for a base, refused while it names localhost", () => {
    const dir = mkdtempSync(join(tmpdir(), "jamkoll-validate-"));
    const r = readDeploySettings({ JAMKOLL_BASE_URL: "https://addins.example.se/jamkoll/" }, "1.2.0");
    const generated = r.ok ? generateManifest(readFileSync(join(root, "manifest.xml"), "utf8"), r.settings) : null;
    if (!generated?.ok) throw new Error("the manifest could not be generated");
    writeFileSync(join(dir, "deployed.xml"), generated.xml);
    writeFileSync(join(dir, "dev.xml"), readFileSync(join(root, "manifest.xml")));
    const ok = spawnSync("node", [join(root, "scripts", "validate-manifest.mjs"), join(dir, "deployed.xml")], { encoding: "utf8" });
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining("is valid")]);
    const dev = spawnSync("node", [join(root, "scripts", "validate-manifest.mjs"), join(dir, "dev.xml")], { encoding: "utf8" });
    expect(dev.status).toBe(1);
    expect(dev.stderr).toMatch(/names localhost: build it with JAMKOLL_BASE_URL/);
  });
});
