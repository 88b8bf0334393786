// Serves a built dist/ the way deploy/nginx.conf and deploy/web.config do: under a sub-path, with
// the Content-Security-Policy, X-Content-Type-Options, cache rules and MIME types of
// scripts/deploy/headers.cjs. Used by the link check and the CSP browser test; also a way to look
// at a deployment build before uploading it:
//   node scripts/serve-deploy.mjs [dist] [--base /jamkoll/1.2.0/] [--port 3102] [--office-js local] [--guidance-origin https://…]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { MIME_TYPES, SECURITY_HEADERS, cacheControl, contentSecurityPolicy } = require("./deploy/headers.cjs");

/**
 * @param {string} dir the folder to serve
 * @param {{ port: number, basePath?: string, officeJs?: "cdn" | "local", guidanceOrigin?: string | null, host?: string }} options
 */
export function serveDeployment(dir, options) {
  const root = resolve(dir);
  const basePath = (options.basePath ?? "/").replace(/\/?$/, "/");
  const csp = contentSecurityPolicy({ officeJs: options.officeJs ?? "cdn", guidanceOrigin: options.guidanceOrigin ?? null });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const common = { ...SECURITY_HEADERS, "Content-Security-Policy": csp };
    const notFound = () => {
      res.writeHead(404, { ...common, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("not found");
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...common, Allow: "GET, HEAD" });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) return notFound();
    try {
      const relative = decodeURIComponent(url.pathname.slice(basePath.length));
      const path = normalize(join(root, relative));
      if (path !== root && !path.startsWith(root + sep)) return notFound();
      if (!(await stat(path)).isFile()) return notFound();
      const type = MIME_TYPES[extname(path)];
      if (!type) return notFound();
      const body = await readFile(path);
      res.writeHead(200, { ...common, "Content-Type": type, "Cache-Control": cacheControl(relative), "Content-Length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      notFound();
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port, options.host ?? "127.0.0.1", () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const basePath = flag("--base", "/");
  const port = Number(flag("--port", "3102"));
  const officeJs = flag("--office-js", "cdn");
  const guidanceOrigin = flag("--guidance-origin", null);
  const dir = args[0] ?? "dist";
  await serveDeployment(dir, { port, basePath, officeJs, guidanceOrigin });
  console.log(`serve-deploy: ${dir} on http://127.0.0.1:${port}${basePath.replace(/\/?$/, "/")}taskpane.html (Ctrl+C to stop)`);
}
