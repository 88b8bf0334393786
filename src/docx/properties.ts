// The document's properties: core (docProps/core.xml: title, author, dates) and custom
// (docProps/custom.xml, where case-management systems write Diarienummer, Nämnd,
// Sammanträdesdatum …). A damaged or missing part gives no properties, never an unreadable file.
// The parts are streamed (sax.ts), within the package's nesting cap, without building a DOM.
import type { DocxPackage } from "./package";
import { streamXml, type Tag } from "./sax";

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

/** An element of a small part as far as the readers need it: name, attributes and all its text. */
interface Element {
  tag: Tag;
  text: string;
  /** The first child element (a custom property's typed value). */
  first: Element | null;
}

/**
 * The root and its child elements (with their first child), or null when the part is missing,
 * not well-formed or nested past the cap: a damaged part gives no properties.
 */
function readShallow(text: string | null, maxDepth: number): { root: Tag; children: Element[] } | null {
  if (!text) return null;
  let root: Tag | null = null;
  const children: Element[] = [];
  // The open child (depth 2) and its open first child (depth 3): text at any depth below goes to
  // these two only, so a part's text is kept at most twice however deep it nests.
  const open: Element[] = [];
  try {
    streamXml(text, maxDepth, {
      open(tag, depth) {
        if (depth === 1) root = tag;
        else if (depth === 2) children.push((open[0] = { tag, text: "", first: null }));
        else if (depth === 3 && open[0] && !open[0].first) open[1] = open[0].first = { tag, text: "", first: null };
      },
      close(_tag, depth) {
        if (depth === 2) open.length = 0;
        else if (depth === 3) open.length = Math.min(open.length, 1);
      },
      text(t) {
        // Text belongs to every element it lies in (textContent).
        for (const el of open) el.text += t;
      },
    });
  } catch {
    return null;
  }
  return root ? { root, children } : null;
}

const attr = (tag: Tag, name: string): string | null => tag.attributes[name]?.value ?? null;

/** The part a package relationship of this type points to, else the conventional name. */
function partName(pkg: DocxPackage, type: RegExp, fallback: string): string {
  // Word and every generator we know use the conventional name; the relationships are read
  // only when it is absent (parsing them is most of the cost of reading properties).
  if (pkg.has(fallback)) return fallback;
  const rels = readShallow(pkg.text("_rels/.rels"), pkg.limits.maxDepth);
  for (const { tag: r } of rels?.children ?? []) {
    if (r.local !== "Relationship" || r.uri !== REL_NS) continue;
    if (!type.test(attr(r, "Type") ?? "") || attr(r, "TargetMode") === "External") continue;
    const target = (attr(r, "Target") ?? "").replace(/^\//, "");
    if (target && pkg.has(target)) return target;
  }
  return fallback;
}

/** Runs of spaces become one; line breaks a writer put in a title are kept. */
const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? "").replace(/[^\S\r\n]+/g, " ").replace(/ *\r?\n */g, "\n").trim();
  return t ? t : null;
};

export function readCoreProperties(pkg: DocxPackage): CoreProperties {
  const part = readShallow(pkg.text(partName(pkg, CORE_REL, "docProps/core.xml")), pkg.limits.maxDepth);
  if (!part || part.root.local !== "coreProperties") return { ...EMPTY_CORE };
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
  for (const el of part.children) {
    const field = Object.hasOwn(fields, el.tag.local) ? fields[el.tag.local] : undefined;
    if (field && field[0] === el.tag.uri) core[field[1]] = clean(el.text);
  }
  for (const k of ["created", "modified"] as const) {
    if (core[k] && Number.isNaN(Date.parse(core[k]))) core[k] = null;
  }
  return core;
}

function variantValue(v: Element): PropertyValue | null {
  const text = v.text;
  switch (v.tag.local) {
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
  const part = readShallow(pkg.text(partName(pkg, CUSTOM_REL, "docProps/custom.xml")), pkg.limits.maxDepth);
  if (!part || part.root.uri !== CUSTOM_NS) return [];
  const out: CustomProperty[] = [];
  for (const p of part.children) {
    if (p.tag.local !== "property") continue;
    const name = clean(attr(p.tag, "name"));
    const v = p.first;
    if (!name || !v || INTERNAL_PROPERTY.test(name) || out.some((x) => x.name === name)) continue;
    const value = variantValue(v);
    if (value !== null) out.push({ name, value });
  }
  return out;
}

export function readDocumentProperties(pkg: DocxPackage): DocumentProperties {
  return { core: readCoreProperties(pkg), custom: readCustomProperties(pkg) };
}
