// The HTTP headers dist/ must be served with: the Content-Security-Policy, the cache rules and the
// MIME types. One source for the pages' CSP meta, DEPLOY.txt, the local deployment server used by
// the tests, and (checked by test/deploy/server-configs.test.ts) deploy/nginx.conf and deploy/web.config.

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
/** Where the local copy of @microsoft/office-js goes inside dist/. */
const OFFICE_JS_LOCAL_DIR = "office-js";

/**
 * The pages Office on the web frames the pane in (frame-ancestors checks every ancestor, not only
 * the parent): Word on the web, the SharePoint / OneDrive / Microsoft 365 pages around it.
 */
const OFFICE_FRAME_ANCESTORS = [
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://onedrive.live.com",
];

/**
 * The Content-Security-Policy of the pane's pages.
 * - scripts only from the add-in's origin and, unless it is served locally, Office.js's origin;
 * - styles also inline: Griffel (Fluent UI v9) and Office.js insert <style> elements;
 * - connect-src the add-in's origin plus the guidance pack's, when it is elsewhere;
 * - frame-ancestors Office on the web (a header-only directive: a <meta> CSP ignores it).
 * @param {{ officeJs?: "cdn" | "local", guidanceOrigin?: string | null, meta?: boolean, frameAncestors?: string[] }} [options]
 */
function contentSecurityPolicy(options = {}) {
  const { officeJs = "cdn", guidanceOrigin = null, meta = false, frameAncestors = [] } = options;
  const officeJsSources = officeJs === "local" ? [] : [OFFICE_JS_ORIGIN];
  const directives = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", ...officeJsSources]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", ...(guidanceOrigin ? [guidanceOrigin] : [])]],
    ["worker-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
  if (!meta) directives.push(["frame-ancestors", ["'self'", ...OFFICE_FRAME_ANCESTORS, ...frameAncestors]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

/** MIME types for every kind of file dist/ holds. */
const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const CACHE = {
  /** Bundles whose name carries a content hash never change. */
  immutable: "public, max-age=31536000, immutable",
  /** Office caches add-in icons and requires that they may be cached. */
  images: "public, max-age=86400",
  /** Everything else (taskpane.html, manifest.xml, guidance/latest.json, office-js/) is revalidated on each use. */
  revalidate: "no-cache",
};

/** The Cache-Control for a path inside dist/. */
function cacheControl(path) {
  if (/\.[0-9a-f]{8}\.js$/.test(path)) return CACHE.immutable;
  if (/\.(png|ico|svg)$/.test(path)) return CACHE.images;
  return CACHE.revalidate;
}

/** Headers every response carries besides the CSP (no X-Frame-Options: Office on the web frames the pane). */
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

module.exports = { OFFICE_JS_ORIGIN, OFFICE_JS_CDN_URL, OFFICE_JS_LOCAL_DIR, OFFICE_FRAME_ANCESTORS, contentSecurityPolicy, MIME_TYPES, CACHE, cacheControl, SECURITY_HEADERS };
