// npm run test:e2e: builds the demo and runs the Playwright suite against it in Debian's
// Chromium. Without Chromium it says the suite was skipped (and fails under CI=true).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  const msg = `test:e2e: Chromium is not installed at ${chromium} (Debian: apt-get install chromium)`;
  if (process.env.CI === "true") {
    console.error(`${msg}; CI installs it, so this is a broken .ci/run.`);
    process.exit(1);
  }
  console.log(`${msg}: SKIPPED the browser tests.`);
  process.exit(0);
}
console.log("test:e2e: building the command line and the demo …");
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--env", "demo", "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
// The production pane too: e2e/production.spec.ts boots it with Office.js stubbed, e2e/deploy.spec.ts
// serves it under a sub-path with the deployment CSP. Built as the default (CDN Office.js, guidance
// beside the pane), whatever JAMKOLL_* settings this shell has.
const plainEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("JAMKOLL_")));
execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: root, env: plainEnv, stdio: ["ignore", "ignore", "inherit"] });
const r = spawnSync(process.execPath, [join(root, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
