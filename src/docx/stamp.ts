// The guidance stamp in a saved .docx: the pack id and version that last checked it. The pane
// writes it with Office's document settings, which Word saves as a property of the add-in's
// web extension part (word/webextensions/webextension*.xml); the in-memory Word host used by the
// demo and tests keeps the settings in a custom property instead. Both are read.
import type { DocxPackage } from "./package";
import { elementChildren, parseXml, type XmlElement } from "./xml";

/** The settings key src/word/stamp.ts writes (kept equal by a test). */
export const STAMP_SETTING = "jamkoll.guidanceStamp";

export interface DocumentStamp {
  id: string;
  version: string;
  checkedAt: string | null;
}

function asStamp(v: unknown): DocumentStamp | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" || typeof o.version !== "string") return null;
  return { id: o.id, version: o.version, checkedAt: typeof o.checkedAt === "string" ? o.checkedAt : null };
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elementChildren(el)) {
    if (c.localName === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

function fromWebExtensions(pkg: DocxPackage): DocumentStamp | null {
  for (const name of [...pkg.parts.keys()].filter((n) => /^word\/webextensions\/webextension\d*\.xml$/.test(n)).sort()) {
    let root: XmlElement;
    try {
      root = parseXml(pkg.text(name) ?? "").documentElement as unknown as XmlElement;
    } catch {
      continue;
    }
    for (const p of descendants(root, "property")) {
      if (p.getAttribute("name") !== STAMP_SETTING) continue;
      // Office stores each setting's value as JSON.
      const stamp = asStamp(json(p.getAttribute("value") ?? ""));
      if (stamp) return stamp;
    }
  }
  return null;
}

function fromHostSettings(pkg: DocxPackage): DocumentStamp | null {
  const text = pkg.text("docProps/custom.xml");
  if (!text || !text.includes("_JamkollOfficeSettings")) return null;
  try {
    const root = parseXml(text).documentElement as unknown as XmlElement;
    for (const p of elementChildren(root)) {
      if (p.localName !== "property" || p.getAttribute("name") !== "_JamkollOfficeSettings") continue;
      const settings = json(p.textContent ?? "") as Record<string, unknown> | null;
      return asStamp(settings?.[STAMP_SETTING]);
    }
  } catch {
    return null;
  }
  return null;
}

export function readStamp(pkg: DocxPackage): DocumentStamp | null {
  return fromWebExtensions(pkg) ?? fromHostSettings(pkg);
}
