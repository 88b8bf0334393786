// The style sheet of a .docx (word/styles.xml): which paragraph styles are headings, the title,
// bold or list styles — through the basedOn chain, the outline level and the style's name in any
// language Word writes ids in (Heading1, Rubrik1, Überschrift1 …).
import { parseXml, wChild, wChildren, wToggle, wVal, W_NS, type XmlElement } from "./xml";

interface RawStyle {
  id: string;
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  bold: boolean | null;
  list: boolean;
}

export interface ResolvedStyle {
  id: string;
  /** The name to show: the style's own name, else its id. */
  name: string;
  /** 1–9 for heading styles, 0 for body styles. */
  level: number;
  title: boolean;
  bold: boolean;
  list: boolean;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
// Style ids localised Word writes for its built-in headings when the name is missing or odd.
const HEADING_ID = /^(heading|rubrik|berschrift|titre|kop|otsikko|overskrift|overskrift|nagwek|titolo|encabezado|ttulo)\s*([1-9])$/i;
const TITLE = /^(title|rubrik|titel|titre|otsikko|tittel)$/i;

export class StyleSheet {
  private readonly raw = new Map<string, RawStyle>();
  private readonly cache = new Map<string, ResolvedStyle>();
  private defaultParagraphStyle: string | null = null;

  constructor(xml: string | null) {
    if (!xml) return;
    const root = parseXml(xml).documentElement as unknown as XmlElement;
    for (const s of wChildren(root, "style")) {
      if ((s.getAttributeNS(W_NS, "type") || s.getAttribute("w:type")) !== "paragraph") continue;
      const id = s.getAttributeNS(W_NS, "styleId") || s.getAttribute("w:styleId") || "";
      const pPr = wChild(s, "pPr");
      const lvl = wVal(pPr, "outlineLvl");
      const numPr = wChild(pPr, "numPr");
      const numId = numPr ? wVal(numPr, "numId") : null;
      this.raw.set(id, {
        id,
        name: wVal(s, "name") ?? id,
        basedOn: wVal(s, "basedOn"),
        outlineLevel: lvl === null ? null : Number(lvl),
        bold: wToggle(wChild(s, "rPr"), "b"),
        list: Boolean(numPr && numId !== "0"),
      });
      const def = s.getAttributeNS(W_NS, "default") || s.getAttribute("w:default");
      if (def === "1" || def === "true") this.defaultParagraphStyle = id;
    }
  }

  resolve(styleId: string | null): ResolvedStyle {
    const id = styleId ?? this.defaultParagraphStyle ?? "Normal";
    const hit = this.cache.get(id);
    if (hit) return hit;
    const resolved = this.compute(id);
    this.cache.set(id, resolved);
    return resolved;
  }

  private compute(id: string): ResolvedStyle {
    const own = this.raw.get(id);
    const name = own?.name ?? id;
    let level = 0;
    let title = false;
    let bold: boolean | null = null;
    let list = false;
    let levelKnown = false;
    const seen = new Set<string>();
    // Walk the basedOn chain: the nearest style that says something wins.
    for (let s: RawStyle | undefined = own, sid: string | null = id; sid && !seen.has(sid); ) {
      seen.add(sid);
      const sname = s?.name ?? sid;
      if (!levelKnown) {
        const byName = HEADING_NAME.exec(sname) ?? (s?.name && s.name !== sid ? null : HEADING_ID.exec(sid));
        if (s?.outlineLevel !== null && s?.outlineLevel !== undefined) {
          level = s.outlineLevel >= 0 && s.outlineLevel <= 8 ? s.outlineLevel + 1 : 0;
          levelKnown = true;
        } else if (byName) {
          level = Number(byName[byName.length - 1]);
          levelKnown = true;
        } else if (TITLE.test(sname) && (sname.toLowerCase() === "title" || !s?.name || s.name === sid)) {
          title = true;
          levelKnown = true;
        }
      }
      if (bold === null && s && s.bold !== null) bold = s.bold;
      if (s?.list) list = true;
      sid = s?.basedOn ?? null;
      s = sid ? this.raw.get(sid) : undefined;
    }
    return { id, name, level, title, bold: bold ?? false, list };
  }
}
