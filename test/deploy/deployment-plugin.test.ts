// The build's deployment step on a tiny compilation: a manifest that fails the XSD check fails the
// build with xmllint's reason, and nothing is written; a valid one is written with DEPLOY.txt.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { readDeploySettings, type DeploySettings } from "../../scripts/deploy/settings.cjs";
import { DeploymentPlugin } from "../../scripts/deploy/webpack-plugin.cjs";
import { describeWithTool, hasTool } from "../helpers/system-tool";

const root = resolve(__dirname, "..", "..");
const schemas = process.env.JAMKOLL_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "addin-manifest");

function settings(): DeploySettings {
  const r = readDeploySettings({ JAMKOLL_BASE_URL: "https://addins.example.se/jamkoll/" }, "1.2.0");
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.settings;
}

function compile(manifestTemplate: string): Promise<{ errors: string[]; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "jamkoll-plugin-"));
  writeFileSync(join(dir, "entry.js"), "console.log(1);\n");
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "out") },
    plugins: [new DeploymentPlugin({ settings: settings(), root, manifestTemplate })],
  });
  return new Promise((ok, fail) =>
    compiler.run((err, stats) => {
      if (err || !stats) return fail(err ?? new Error("no stats"));
      compiler.close(() => ok({ errors: stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [], out: join(dir, "out") }));
    }),
  );
}

describeWithTool("xmllint", hasTool("xmllint"), "the deployment step of the build", () => {
  const maybe = existsSync(join(schemas, "OfficeAppManifestV1_1.xsd")) ? it : it.skip;

  maybe("fails the build when the generated manifest is not valid against the schema, and writes no manifest", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "jamkoll-manifest-")), "manifest.xml");
    // A manifest without <Permissions>, which the schema requires.
    writeFileSync(broken, readFileSync(join(root, "manifest.xml"), "utf8").replace(/\s*<Permissions>[^<]*<\/Permissions>/, ""));
    const { errors, out } = await compile(broken);
    expect(errors.join("\n")).toMatch(/Jämkoll deployment: the generated manifest is not valid against the add-in manifest schema/);
    expect(errors.join("\n")).toMatch(/Permissions|Element/);
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
  }, 60_000);

  maybe("writes the manifest and DEPLOY.txt when it is valid", async () => {
    const { errors, out } = await compile(join(root, "manifest.xml"));
    expect(errors).toEqual([]);
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toContain('<SourceLocation DefaultValue="https://addins.example.se/jamkoll/taskpane.html"/>');
    expect(readFileSync(join(out, "DEPLOY.txt"), "utf8")).toContain("https://addins.example.se/jamkoll/");
  }, 60_000);
});
