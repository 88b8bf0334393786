import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describeWithTool, hasTool } from "./helpers/system-tool";

const root = resolve(__dirname, "..");
const schemas = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");

describeWithTool("xmllint", hasTool("xmllint"), "manifest.xml", () => {
  const maybe = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd")) ? it : it.skip;
  maybe("validates against the add-in manifest schema and names only files the build serves", () => {
    const out = execFileSync("node", [join(root, "scripts", "validate-manifest.mjs")], { encoding: "utf8" });
    expect(out).toContain("manifest.xml is valid");
  });
});
