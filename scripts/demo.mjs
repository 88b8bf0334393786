// npm run demo: builds the demo (the real pane + the Word host + the corpus) and serves it on
// http://localhost:3100. Nothing is loaded from outside this machine.
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./serve-static.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3100);
if (!process.argv.includes("--no-build")) {
  console.log("demo: building …");
  execFileSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--env", "demo", "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
await serveStatic(join(root, "dist-demo"), port);
console.log(`demo: open http://localhost:${port}/ (Ctrl+C to stop)`);
