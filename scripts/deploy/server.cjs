// Serves a built dist/ the way deploy/nginx.conf and deploy/web.config do: under a sub-path, with
// the Content-Security-Policy, X-Content-Type-Options, cache rules and MIME types of headers.cjs.
// Only for this computer (127.0.0.1): the link check, the CSP browser test and a look before upload.
const { createServer } = require("node:http");
const { readFile, stat } = require("node:fs/promises");
const { extname, join, normalize, resolve, sep } = require("node:path");
const { MIME_TYPES, SECURITY_HEADERS, cacheControl, contentSecurityPolicy } = require("./headers.cjs");

/**
 * @param {string} dir the folder to serve
 * @param {{ port: number, basePath?: string, officeJs?: "cdn" | "local", guidanceOrigin?: string | null, host?: string }} options
 */
function serveDeployment(dir, options) {
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

module.exports = { serveDeployment };
