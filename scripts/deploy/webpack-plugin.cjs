// The webpack side of a deployment build (JAMKOLL_BASE_URL set): writes the manifest generated for
// the base, checked against the XSD, and DEPLOY.txt. A failure is a build error that says why.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");
const { generateManifest } = require("./manifest.cjs");
const { checkManifestSchema } = require("./schema-check.cjs");
const { deployNotes } = require("./deploy-notes.cjs");

const NAME = "JamkollDeployment";

function deploymentError(message) {
  const e = new WebpackError(`Jämkoll deployment: ${message}`);
  e.hideStack = true;
  return e;
}

class DeploymentPlugin {
  /** @param {{ settings: import("./settings.d.cts").DeploySettings, root: string, manifestTemplate?: string }} options */
  constructor(options) {
    this.settings = options.settings;
    this.root = options.root;
    this.template = options.manifestTemplate ?? join(options.root, "manifest.xml");
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const template = readFileSync(this.template, "utf8");
        const r = generateManifest(template, this.settings);
        if (!r.ok) {
          for (const e of r.errors) compilation.errors.push(deploymentError(e));
          return;
        }
        const check = checkManifestSchema(r.xml, this.root);
        if (check.status === "invalid") {
          compilation.errors.push(deploymentError(`the generated manifest is not valid against the add-in manifest schema:\n${check.message}`));
          return;
        }
        if (check.status === "unchecked") {
          const message = `the generated manifest could not be checked against the schema: ${check.message}.`;
          if (process.env.JAMKOLL_SKIP_SCHEMA_CHECK === "1") compilation.warnings.push(deploymentError(`${message} Skipped (JAMKOLL_SKIP_SCHEMA_CHECK=1): check dist/manifest.xml with \`npx office-addin-manifest validate dist/manifest.xml\` before deploying it.`));
          else {
            compilation.errors.push(deploymentError(`${message} Install it, or set JAMKOLL_SKIP_SCHEMA_CHECK=1 and validate dist/manifest.xml online (npx office-addin-manifest validate dist/manifest.xml).`));
            return;
          }
        }
        compilation.emitAsset("manifest.xml", new sources.RawSource(r.xml));
      });
      // Last, so that it lists every file the build writes.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        if (compilation.errors.length > 0) return;
        const files = compilation.getAssets().map((a) => a.name).concat("DEPLOY.txt");
        compilation.emitAsset("DEPLOY.txt", new sources.RawSource(deployNotes(this.settings, files)));
      });
    });
  }
}

module.exports = { DeploymentPlugin };
