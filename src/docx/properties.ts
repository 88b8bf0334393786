// The document's properties: core (docProps/core.xml: title, author, dates) and custom
// (docProps/custom.xml, where case-management systems write Diarienummer, Nämnd,
// Sammanträdesdatum …). A damaged or missing part gives no properties, never an unreadable file.
import type { DocxPackage } from "./package";
import { elementChildren, parseXml, type XmlElement } from "./xml";

export interface CoreProperties {
  title: string | null;
  subject: string | null;
  creator: string | null;
  lastModifiedBy: string | null;
  /** ISO 8601 as the file states it (W3CDTF), or null. */
  created: string | null;
  modified: string | null;
  keywords: string | null;
  description: string | null;
  category: string | null;
}

export type PropertyValue = string | number | boolean;

/** A custom property, in document order; dates (vt:filetime, vt:date) as ISO strings. */
export interface CustomProperty {
  name: string;
  value: PropertyValue;
}

export interface DocumentProperties {
  core: CoreProperties;
  custom: CustomProperty[];
}

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CORE_REL = /\/metadata\/core-properties$/;
const CUSTOM_REL = /\/officeDocument\/2006\/relationships\/custom-properties$/;
const CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const DCTERMS_NS = "http://purl.org/dc/terms/";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

/** Custom properties that are Jämkoll's own bookkeeping, not the organisation's metadata. */
export const INTERNAL_PROPERTY = /^_Jamkoll/;

const EMPTY_CORE: CoreProperties = {
  title: null,
  subject: null,
  creator: null,
  lastModifiedBy: null,
  created: null,
  modified: null,
  keywords: null,
  description: null,
  category: null,
};

function tryParse(text: string | null): XmlElement | null {
  if (!text) return null;
  try {
    return parseXml(text).documentElement as unknown as XmlElement;
  } catch {
    return null;
  }
}

/** The part a package relationship of this type points to, else the conventional name. */
function partName(pkg: DocxPackage, type: RegExp, fallback: string): string {
  // Word and every generator we know use the conventional name; the relationships are read
  // only when it is absent (parsing them is most of the cost of reading properties).
  if (pkg.has(fallback)) return fallback;
  const rels = tryParse(pkg.text("_rels/.rels"));
  if (rels) {
    for (const r of elementChildren(rels)) {
      if (r.localName !== "Relationship" || r.namespaceURI !== REL_NS) continue;
      if (!type.test(r.getAttribute("Type") ?? "") || r.getAttribute("TargetMode") === "External") continue;
      const target = (r.getAttribute("Target") ?? "").replace(/^\//, "");
      if (target && pkg.has(target)) return target;
    }
  }
  return fallback;
}

/** Runs of spaces become one; line breaks a writer put in a title are kept. */
const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? "").replace(/[^\S\r\n]+/g, " ").replace(/ *\r?\n */g, "\n").trim();
  return t ? t : null;
};

export function readCoreProperties(pkg: DocxPackage): CoreProperties {
  const root = tryParse(pkg.text(partName(pkg, CORE_REL, "docProps/core.xml")));
  if (!root || root.localName !== "coreProperties") return { ...EMPTY_CORE };
  const core = { ...EMPTY_CORE };
  const fields: Record<string, [string, keyof CoreProperties]> = {
    title: [DC_NS, "title"],
    subject: [DC_NS, "subject"],
    creator: [DC_NS, "creator"],
    description: [DC_NS, "description"],
    lastModifiedBy: [CP_NS, "lastModifiedBy"],
    keywords: [CP_NS, "keywords"],
    category: [CP_NS, "category"],
    created: [DCTERMS_NS, "created"],
    modified: [DCTERMS_NS, "modified"],
  };
  for (const el of elementChildren(root)) {
    const field = fields[el.localName ?? ""];
    if (field && field[0] === el.namespaceURI) core[field[1]] = clean(el.textContent);
  }
  for (const k of ["created", "modified"] as const) {
    if (core[k] && Number.isNaN(Date.parse(core[k]))) core[k] = null;
  }
  return core;
}

function variantValue(v: XmlElement): PropertyValue | null {
  const text = v.textContent ?? "";
  switch (v.localName) {
    case "bool":
      return /^(true|1)$/i.test(text.trim());
    case "i1":
    case "i2":
    case "i4":
    case "i8":
    case "int":
    case "ui1":
    case "ui2":
    case "ui4":
    case "ui8":
    case "uint":
    case "r4":
    case "r8":
    case "decimal": {
      const n = Number(text.trim());
      return Number.isFinite(n) ? n : clean(text);
    }
    case "filetime":
    case "date": {
      const t = text.trim();
      return Number.isNaN(Date.parse(t)) ? clean(t) : t;
    }
    default:
      // lpwstr, lpstr, bstr and anything else with text
      return clean(text);
  }
}

export function readCustomProperties(pkg: DocxPackage): CustomProperty[] {
  const root = tryParse(pkg.text(partName(pkg, CUSTOM_REL, "docProps/custom.xml")));
  if (!root || root.namespaceURI !== CUSTOM_NS) return [];
  const out: CustomProperty[] = [];
  for (const p of elementChildren(root)) {
    if (p.localName !== "property") continue;
    const name = clean(p.getAttribute("name"));
    const v = elementChildren(p)[0];
    if (!name || !v || INTERNAL_PROPERTY.test(name) || out.some((x) => x.name === name)) continue;
    const value = variantValue(v);
    if (value !== null) out.push({ name, value });
  }
  return out;
}

export function readDocumentProperties(pkg: DocxPackage): DocumentProperties {
  return { core: readCoreProperties(pkg), custom: readCustomProperties(pkg) };
}
