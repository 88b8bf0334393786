// The deployment settings of a build, read from JAMKOLL_* environment variables and checked:
// every problem comes back as a message for the person running the build, never a stack trace.
const { createHash } = require("node:crypto");

/** The add-in Id of the production install; other environments derive theirs from it. */
const PRODUCTION_ID = "3f6c2a8e-5b1d-4e7a-9c42-7d0e8b1f5a63";
/** The only environments a deployment build knows; each installs side by side with the others. */
const ENVIRONMENTS = ["production", "test"];

/** A name-based (version 5) UUID: the same environment always gets the same add-in Id. */
function uuidV5(namespace, name) {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(Buffer.concat([ns, Buffer.from(name, "utf8")])).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function addinId(environment) {
  return environment === "production" ? PRODUCTION_ID : uuidV5(PRODUCTION_ID, `jamkoll:${environment}`);
}

function isLocalHost(hostname) {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || h === "0.0.0.0" || /^127\./.test(h);
}

/** Checks an absolute URL a deployment points Office or the pane at: https, not this computer. */
function remoteHttpsProblem(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `${name} must be an absolute https:// URL (got "${value}").`;
  }
  if (url.protocol !== "https:") return `${name} must start with https:// — Office loads add-ins and their files only over https (got "${value}").`;
  if (isLocalHost(url.hostname)) return `${name} points at this computer (${url.hostname}): a deployment build must name the server users reach. For development use plain \`npm run build\` or \`npm start\` (got "${value}").`;
  if (url.username || url.password) return `${name} must not contain a user name or password (got "${value}").`;
  return null;
}

/** "1.2.3" → "1.2.3.0", the four-part version the manifest needs. */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion ?? ""));
  if (!m) return { error: `package.json's version must be MAJOR.MINOR.PATCH (digits only) so the manifest can carry it (got "${packageVersion}").` };
  return { value: `${m[1]}.${m[2]}.${m[3]}.0` };
}

/**
 * Reads the deployment settings.
 * @param {Record<string, string | undefined>} env usually process.env
 * @param {string} packageVersion package.json's version
 * @returns {{ ok: true, settings: import("./settings.d.cts").DeploySettings } | { ok: false, errors: string[] }}
 */
function readDeploySettings(env, packageVersion) {
  const errors = [];
  const rawBase = (env.JAMKOLL_BASE_URL ?? "").trim();
  const environment = (env.JAMKOLL_ENV ?? "").trim() || "production";
  const officeJs = (env.JAMKOLL_OFFICEJS ?? "").trim() || "cdn";
  const rawGuidance = (env.JAMKOLL_GUIDANCE_URL ?? "").trim();
  const rawDomains = (env.JAMKOLL_APP_DOMAINS ?? "").trim();

  if (!ENVIRONMENTS.includes(environment)) errors.push(`JAMKOLL_ENV must be one of ${ENVIRONMENTS.join(", ")} (got "${environment}").`);
  if (officeJs !== "cdn" && officeJs !== "local") errors.push(`JAMKOLL_OFFICEJS must be "cdn" (Microsoft's CDN, the default) or "local" (a copy of @microsoft/office-js in dist/) (got "${officeJs}").`);

  let baseUrl = null;
  if (rawBase) {
    const problem = remoteHttpsProblem("JAMKOLL_BASE_URL", rawBase);
    if (problem) errors.push(problem);
    else {
      const url = new URL(rawBase);
      if (url.search || url.hash) errors.push(`JAMKOLL_BASE_URL must be the folder the files are served from, without ?query or #fragment (got "${rawBase}").`);
      if (!url.pathname.endsWith("/")) url.pathname += "/";
      baseUrl = url.toString();
    }
  } else {
    if (environment !== "production") errors.push(`JAMKOLL_ENV=${environment} needs JAMKOLL_BASE_URL: the ${environment} add-in must be served from its own https address.`);
    if (rawDomains) errors.push("JAMKOLL_APP_DOMAINS needs JAMKOLL_BASE_URL: only a deployment build writes a manifest.");
  }

  // The guidance pack: beside the pane unless configured; a relative URL is resolved against the pane.
  let guidanceOrigin = null;
  if (rawGuidance && /^[a-z][a-z0-9+.-]*:/i.test(rawGuidance)) {
    const problem = baseUrl ? remoteHttpsProblem("JAMKOLL_GUIDANCE_URL", rawGuidance) : null;
    if (problem) errors.push(problem);
    else {
      try {
        guidanceOrigin = new URL(rawGuidance).origin;
      } catch {
        errors.push(`JAMKOLL_GUIDANCE_URL must be a URL, absolute or relative to the pane (got "${rawGuidance}").`);
      }
    }
  }
  if (baseUrl && guidanceOrigin === new URL(baseUrl).origin) guidanceOrigin = null;

  const appDomains = [];
  for (const d of rawDomains ? rawDomains.split(/[,\s]+/).filter(Boolean) : []) {
    const problem = remoteHttpsProblem("JAMKOLL_APP_DOMAINS", d);
    if (problem) errors.push(problem);
    else appDomains.push(new URL(d).origin);
  }

  const version = manifestVersion(packageVersion);
  if (version.error) errors.push(version.error);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      baseUrl,
      environment,
      officeJs,
      guidanceUrl: rawGuidance,
      guidanceOrigin,
      appDomains,
      version: version.value,
      addinId: addinId(environment),
      displayNameSuffix: environment === "production" ? "" : ` (${environment})`,
    },
  };
}

module.exports = { PRODUCTION_ID, ENVIRONMENTS, readDeploySettings, addinId, uuidV5, isLocalHost };
