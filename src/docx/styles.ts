// The style sheet of a .docx (word/styles.xml): which paragraph styles are headings, the title,
// bold or list styles — through the basedOn chain, the outline level and the style's name in any
// language Word writes ids in (Heading1, Rubrik1, Überschrift1 …).
import { DEFAULT_LIMITS } from "./limits";
import { isW, streamXml, toggleValue, wAttr, type Tag } from "./sax";

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

/** A w:style element as far as it matters: the first of each kept child, by local name. */
interface Node {
  tag: Tag;
  kids: Map<string, Node>;
}
const KEPT = new Set(["name", "basedOn", "pPr", "rPr", "outlineLvl", "numPr", "numId", "b"]);
const val = (n: Node | undefined): string | null => (n ? wAttr(n.tag, "val") : null);

function rawStyle(style: Node): RawStyle {
  const id = wAttr(style.tag, "styleId") ?? "";
  const pPr = style.kids.get("pPr");
  const lvl = val(pPr?.kids.get("outlineLvl"));
  const numPr = pPr?.kids.get("numPr");
  const b = style.kids.get("rPr")?.kids.get("b");
  return {
    id,
    name: val(style.kids.get("name")) ?? id,
    basedOn: val(style.kids.get("basedOn")),
    outlineLevel: lvl === null ? null : Number(lvl),
    bold: b ? toggleValue(b.tag) : null,
    list: Boolean(numPr && val(numPr.kids.get("numId")) !== "0"),
  };
}

const LATENT_OPEN = /<w:latentStyles[\s>]/;
const LATENT_CLOSE = "</w:latentStyles>";

/**
 * The style sheet less Word's latent styles: some 370 w:lsdException elements, most of the bytes
 * of a styles.xml Word saves, that only say how the style gallery shows built-in styles.
 * Streaming past them was most of the time spent reading a real proposal's styles.
 */
export function withoutLatentStyles(xml: string): string {
  const open = LATENT_OPEN.exec(xml);
  if (!open) return xml;
  const close = xml.indexOf(LATENT_CLOSE, open.index);
  return close < 0 ? xml : xml.slice(0, open.index) + xml.slice(close + LATENT_CLOSE.length);
}

export class StyleSheet {
  private readonly raw = new Map<string, RawStyle>();
  private readonly cache = new Map<string, ResolvedStyle>();
  private defaultParagraphStyle: string | null = null;

  /** Throws XmlSyntaxError when the XML is not well-formed, XmlTooDeepError past `maxDepth`. */
  constructor(xml: string | null, maxDepth: number = DEFAULT_LIMITS.maxDepth) {
    if (!xml) return;
    xml = withoutLatentStyles(xml);
    // Only the root's w:style children of type paragraph, and a few of their descendants, are kept.
    const open: (Node | null)[] = [];
    streamXml(xml, maxDepth, {
      open: (tag, depth) => {
        if (depth === 2) {
          open[2] = isW(tag, "style") && wAttr(tag, "type") === "paragraph" ? { tag, kids: new Map() } : null;
          return;
        }
        const parent = depth > 2 && depth <= 5 ? open[depth - 1] : null;
        if (parent && isW(tag, tag.local) && KEPT.has(tag.local) && !parent.kids.has(tag.local)) {
          const node = { tag, kids: new Map() };
          parent.kids.set(tag.local, node);
          open[depth] = node;
        } else if (depth <= 5) open[depth] = null;
      },
      close: (_tag, depth) => {
        const style = depth === 2 ? open[2] : null;
        if (!style) return;
        const raw = rawStyle(style);
        this.raw.set(raw.id, raw);
        const def = wAttr(style.tag, "default");
        if (def === "1" || def === "true") this.defaultParagraphStyle = raw.id;
        open[2] = null;
      },
      text: () => undefined,
    });
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
