// Serves a deployment build (dist/) on this computer as deploy/nginx.conf and deploy/web.config
// would: under a sub-path, with the CSP, nosniff, cache rules and MIME types. A way to look at a
// build before uploading it; the tests use scripts/deploy/server.cjs directly.
//   node scripts/serve-deploy.mjs [dist] [--base /jamkoll/1.2.0/] [--port 3102] [--office-js local] [--guidance-origin https://…]
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { serveDeployment } = require("./deploy/server.cjs");

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const basePath = flag("--base", "/").replace(/\/?$/, "/");
const port = Number(flag("--port", "3102"));
const officeJs = flag("--office-js", "cdn");
const guidanceOrigin = flag("--guidance-origin", null);
const dir = args[0] ?? "dist";
await serveDeployment(dir, { port, basePath, officeJs, guidanceOrigin });
console.log(`serve-deploy: ${dir} on http://127.0.0.1:${port}${basePath}taskpane.html (Ctrl+C to stop)`);
