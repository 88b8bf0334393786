// Generates the add-in manifest for a deployment from manifest.xml (the developers' manifest,
// which names https://localhost:3000/): every URL moved under the deployment's base, the Id and
// display name of its environment, <Version> from package.json, <AppDomains> only when configured.
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

const DEV_BASE = "https://localhost:3000/";
const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function elements(doc, ns, name) {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

const isNamespaceDeclaration = (attr) => attr.name === "xmlns" || attr.name.startsWith("xmlns:");

/** Every http(s) URL the manifest names, in attributes and in element text, in document order. */
function manifestUrls(xml) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const urls = [];
  const walk = (node) => {
    if (node.nodeType === 1) {
      for (const a of Array.from(node.attributes)) if (!isNamespaceDeclaration(a) && /^https?:\/\//i.test(a.value)) urls.push(a.value);
      for (const c of Array.from(node.childNodes)) walk(c);
    } else if (node.nodeType === 3 && /^\s*https?:\/\//i.test(node.data)) urls.push(node.data.trim());
  };
  walk(doc.documentElement);
  return urls;
}

/**
 * @param {string} templateXml manifest.xml
 * @param {import("./settings.d.cts").DeploySettings} settings with a baseUrl
 * @returns {{ ok: true, xml: string, urls: string[] } | { ok: false, errors: string[] }}
 */
function generateManifest(templateXml, settings) {
  if (!settings.baseUrl) return { ok: false, errors: ["A manifest is generated only for a deployment: set JAMKOLL_BASE_URL."] };
  let doc;
  try {
    doc = new DOMParser().parseFromString(templateXml, "text/xml");
  } catch (e) {
    return { ok: false, errors: [`manifest.xml is not well-formed XML: ${e.message}`] };
  }
  const root = doc.documentElement;
  const rebase = (value) => (value.startsWith(DEV_BASE) ? settings.baseUrl + value.slice(DEV_BASE.length) : value);
  const walk = (node) => {
    if (node.nodeType !== 1) return;
    for (const a of Array.from(node.attributes)) if (a.value.startsWith(DEV_BASE)) node.setAttribute(a.name, rebase(a.value));
    for (const c of Array.from(node.childNodes)) walk(c);
  };
  walk(root);

  const setText = (name, value) => {
    const [el] = elements(doc, OFFICE_NS, name);
    if (!el) return false;
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(doc.createTextNode(value));
    return true;
  };
  const errors = [];
  if (!setText("Id", settings.addinId)) errors.push("manifest.xml has no <Id>.");
  if (!setText("Version", settings.version)) errors.push("manifest.xml has no <Version>.");

  // The environment's name follows the add-in's own name wherever users see it side by side.
  if (settings.displayNameSuffix) {
    const suffix = (el, attr) => el.setAttribute(attr, el.getAttribute(attr) + settings.displayNameSuffix);
    for (const dn of elements(doc, OFFICE_NS, "DisplayName")) {
      suffix(dn, "DefaultValue");
      for (const o of Array.from(dn.getElementsByTagNameNS(OFFICE_NS, "Override"))) suffix(o, "Value");
    }
    for (const s of elements(doc, BT_NS, "String").filter((s) => s.getAttribute("id") === "Group.Label")) {
      suffix(s, "DefaultValue");
      for (const o of Array.from(s.getElementsByTagNameNS(BT_NS, "Override"))) suffix(o, "Value");
    }
  }

  // <AppDomains> lists only domains the pane navigates to; the pane's own needs no entry.
  const [appDomains] = elements(doc, OFFICE_NS, "AppDomains");
  if (settings.appDomains.length > 0) {
    const fresh = doc.createElementNS(OFFICE_NS, "AppDomains");
    for (const d of settings.appDomains) {
      const el = doc.createElementNS(OFFICE_NS, "AppDomain");
      el.appendChild(doc.createTextNode(d));
      fresh.appendChild(el);
    }
    if (appDomains) root.replaceChild(fresh, appDomains);
    else {
      const [hosts] = elements(doc, OFFICE_NS, "Hosts").filter((h) => h.parentNode === root);
      root.insertBefore(fresh, hosts ?? null);
    }
  } else if (appDomains) {
    const before = appDomains.previousSibling;
    root.removeChild(appDomains);
    if (before && before.nodeType === 3 && /^\s*$/.test(before.data)) root.removeChild(before);
  }

  const xml = new XMLSerializer().serializeToString(doc);
  const urls = manifestUrls(xml);
  if (/localhost/i.test(xml)) errors.push("The generated manifest still names localhost: every URL in manifest.xml must start with https://localhost:3000/ to be moved under JAMKOLL_BASE_URL.");
  for (const u of urls) {
    if (!u.startsWith(settings.baseUrl) && !settings.appDomains.includes(u)) errors.push(`The generated manifest names ${u}, which is not under ${settings.baseUrl}.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, xml: xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, urls };
}

module.exports = { DEV_BASE, generateManifest, manifestUrls };
