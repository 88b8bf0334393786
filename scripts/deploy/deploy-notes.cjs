// DEPLOY.txt: what the IT department uploads from this build, where, and what it must allow.
// Swedish first, English below, like everything an administrator reads.
const { OFFICE_JS_ORIGIN, contentSecurityPolicy, SECURITY_HEADERS, CACHE } = require("./headers.cjs");

/** The top-level entries of dist/, folders summarised as "name/ (N files)". */
function summariseFiles(files) {
  const top = new Map();
  for (const f of files) {
    const [head, ...rest] = f.split("/");
    const key = rest.length > 0 ? `${head}/` : head;
    top.set(key, (top.get(key) ?? 0) + 1);
  }
  return [...top.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => (k.endsWith("/") ? `${k} (${n} ${n === 1 ? "fil/file" : "filer/files"})` : k));
}

/**
 * @param {import("./settings.d.cts").DeploySettings} s
 * @param {string[]} files the paths inside dist/
 */
function deployNotes(s, files) {
  const csp = contentSecurityPolicy({ officeJs: s.officeJs, guidanceOrigin: s.guidanceOrigin });
  const guidance = s.guidanceUrl ? new URL(s.guidanceUrl, `${s.baseUrl}taskpane.html`).toString() : `${s.baseUrl}guidance/latest.json`;
  const origins = [new URL(s.baseUrl).origin, ...(s.officeJs === "cdn" ? [OFFICE_JS_ORIGIN] : []), ...(s.guidanceOrigin ? [s.guidanceOrigin] : [])];
  const list = summariseFiles(files).map((f) => `  ${f}`).join("\n");
  const headers = [`  Content-Security-Policy: ${csp}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  const cache = [
    `  taskpane.<hash>.js: Cache-Control: ${CACHE.immutable}`,
    `  assets/*.png: Cache-Control: ${CACHE.images}`,
    `  allt annat / everything else: Cache-Control: ${CACHE.revalidate}`,
  ].join("\n");
  return `Jämkoll ${s.version} — ${s.environment === "production" ? "produktion" : s.environment}${s.displayNameSuffix ? ` (visas som "Jämkoll${s.displayNameSuffix}")` : ""}
Tilläggets Id / add-in Id: ${s.addinId}
Adress / base URL: ${s.baseUrl}

SVENSKA
1. Ladda upp hela den här mappen (dist/) så att den nås på ${s.baseUrl}
   Filen ${s.baseUrl}taskpane.html ska alltså finnas. Källkodskartorna (*.map) kan lämnas kvar eller tas bort.
2. Servera den med rubrikerna nedan: färdiga konfigurationer för nginx och IIS finns i deploy/ i källkoden.
3. Installera manifest.xml i Microsoft 365 administrationscenter (Integrerade appar), i en
   SharePoint-appkatalog eller, som sista utväg, i en katalog på en nätverksresurs.
   Se docs/deployment.md. Vid en ny version: ladda upp till en ny mapp och låt den förra ligga kvar.
4. Användarnas datorer måste nå: ${origins.join(", ")}
   Vägledningen hämtas från ${guidance}
   ${s.officeJs === "local" ? "Office.js ligger i office-js/ i den här mappen (JAMKOLL_OFFICEJS=local): Microsofts CDN behövs inte." : `Office.js hämtas från Microsofts CDN (${OFFICE_JS_ORIGIN}). Bygg med JAMKOLL_OFFICEJS=local om nätverket spärrar den.`}

ENGLISH
1. Upload this whole folder (dist/) so that it is served at ${s.baseUrl}
   (${s.baseUrl}taskpane.html must exist). The source maps (*.map) may be left out.
2. Serve it with the headers below; deploy/ in the source has ready nginx and IIS configurations.
3. Install manifest.xml through the Microsoft 365 admin center (Integrated apps), a SharePoint app
   catalog or, as a last resort, a network-share catalog: see docs/deployment.md. For a new
   version upload to a new folder and keep the previous one online for rollback.
4. Users' computers must reach: ${origins.join(", ")}
   The guidance pack is fetched from ${guidance}
   ${s.officeJs === "local" ? "Office.js is served from office-js/ in this folder (JAMKOLL_OFFICEJS=local): Microsoft's CDN is not needed." : `Office.js comes from Microsoft's CDN (${OFFICE_JS_ORIGIN}); build with JAMKOLL_OFFICEJS=local if the network blocks it.`}

Rubriker / headers (every response):
${headers}
  (no X-Frame-Options: Word on the web shows the pane in a frame)
Cache:
${cache}

Filer / files:
${list}
`;
}

module.exports = { deployNotes, summariseFiles };
