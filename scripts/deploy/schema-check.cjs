// Checks a manifest offline against the add-in manifest XSDs with xmllint (Debian: libxml2-utils).
// The schemas live in ../shared/schemas/addin-manifest/ or $JAMKOLL_MANIFEST_SCHEMAS.
const { spawnSync } = require("node:child_process");
const { existsSync, mkdtempSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join, resolve } = require("node:path");

function schemaDir(root) {
  return process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");
}

/**
 * @param {string} xml the manifest
 * @param {string} root the project folder
 * @returns {{ status: "valid" } | { status: "invalid", message: string } | { status: "unchecked", message: string }}
 */
function checkManifestSchema(xml, root) {
  const dir = schemaDir(root);
  const schema = join(dir, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(schema)) return { status: "unchecked", message: `no add-in manifest schemas at ${dir} (set JAMKOLL_MANIFEST_SCHEMAS to the folder holding OfficeAppManifestV1_1.xsd)` };
  const tmp = mkdtempSync(join(tmpdir(), "jamkoll-manifest-"));
  try {
    const file = join(tmp, "manifest.xml");
    writeFileSync(file, xml);
    const r = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
    if (r.error) return { status: "unchecked", message: "xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)" };
    if (r.status !== 0) return { status: "invalid", message: r.stderr.replaceAll(file, "manifest.xml").trim() };
    return { status: "valid" };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { checkManifestSchema, schemaDir };
