// Validates manifest.xml offline: xmllint against the add-in manifest schemas in
// ../shared/schemas/addin-manifest/ (or $JAMKOLL_MANIFEST_SCHEMAS), then checks that every
// URL it names points at a file the build serves. `npm run validate:online` uses Microsoft's service.
// `npm run validate -- dist/manifest.xml` checks a deployment build's manifest instead: the schema,
// https everywhere and no localhost.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const deployed = process.argv[2] ? resolve(process.argv[2]) : null;
const manifest = deployed ?? join(root, "manifest.xml");
const label = deployed ? process.argv[2] : "manifest.xml";
const schemaDir = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");
const schema = join(schemaDir, "OfficeAppManifestV1_1.xsd");
const ci = process.env.CI === "true";
let failed = false;

if (!existsSync(schema)) {
  console.log(`validate: SKIPPED the schema check: no manifest schemas at ${schemaDir} (set JAMKOLL_MANIFEST_SCHEMAS, or run npm run validate:online).`);
} else if (spawnSync("xmllint", ["--version"]).error) {
  const msg = "validate: xmllint is not installed (Debian: apt-get install libxml2-utils)";
  if (ci) { console.error(`${msg}; CI installs it, so this is a broken .ci/run.`); process.exit(1); }
  console.log(`${msg}: SKIPPED the schema check.`);
} else {
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, manifest], { stdio: "pipe" });
    console.log(`validate: ${label} is valid against the OfficeApp 1.1 schema.`);
  } catch (e) {
    console.error(`validate: ${label} is NOT valid:\n${e.stderr?.toString() ?? e.message}`);
    failed = true;
  }
}

if (deployed) {
  const text = readFileSync(manifest, "utf8");
  if (/localhost/i.test(text)) { console.error(`validate: ${label} names localhost: build it with JAMKOLL_BASE_URL (docs/deployment.md).`); failed = true; }
  for (const m of text.matchAll(/"(http:\/\/[^"]+)"/g)) {
    if (!m[1].startsWith("http://schemas.microsoft.com/") && !m[1].startsWith("http://www.w3.org/")) { console.error(`validate: ${label} names ${m[1]}: every add-in URL must be https.`); failed = true; }
  }
  process.exit(failed ? 1 : 0);
}

// Every https://localhost:3000/<path> in the manifest must be something the build produces.
const text = readFileSync(manifest, "utf8");
const served = new Set(["taskpane.html", "commands.html", "help.html"]);
for (const m of text.matchAll(/https:\/\/localhost:3000\/([^"<\s]+)/g)) {
  const path = m[1];
  const ok = served.has(path) || existsSync(join(root, path));
  if (!ok) { console.error(`validate: the manifest names ${path}, which the build does not produce.`); failed = true; }
}
for (const size of [16, 32, 64, 80]) {
  if (!existsSync(join(root, "assets", `icon-${size}.png`))) { console.error(`validate: assets/icon-${size}.png is missing.`); failed = true; }
}
if (!/<Set Name="WordApi" MinVersion="1\.3"\/>/.test(text)) { console.error("validate: the manifest must require WordApi 1.3."); failed = true; }
process.exit(failed ? 1 : 0);
