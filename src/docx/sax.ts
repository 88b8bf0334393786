// Streaming XML for the .docx parts Jämkoll reads (saxes): strict, namespace-aware, no DTD
// entities (so no entity expansion or external fetches), and nothing built but what the reader
// keeps — memory grows with the paragraphs, not with the XML. Nesting past a cap is refused.
import { SaxesParser, type SaxesTagNS } from "saxes";
import { W_NS } from "./xml";

export type Tag = SaxesTagNS;

/** The XML is nested deeper than the reader allows. */
export class XmlTooDeepError extends Error {
  constructor(readonly maxDepth: number) {
    super(`nested too deeply (more than ${maxDepth} levels)`);
    this.name = "XmlTooDeepError";
  }
}

/** The XML is not well-formed; the message has the parser's line:column and reason. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

export interface XmlHandlers {
  /** An element opens at `depth` (the root is 1). */
  open(tag: Tag, depth: number): void;
  close(tag: Tag, depth: number): void;
  /** Character data, with entities and CDATA resolved. */
  text(text: string): void;
}

export function streamXml(xml: string, maxDepth: number, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  parser.on("error", (e) => {
    throw new XmlSyntaxError(e.message);
  });
  parser.on("opentag", (tag) => {
    if (++depth > maxDepth) throw new XmlTooDeepError(maxDepth);
    h.open(tag, depth);
  });
  parser.on("closetag", (tag) => {
    h.close(tag, depth--);
  });
  parser.on("text", h.text);
  parser.on("cdata", h.text);
  parser.write(xml).close();
}

/**
 * Checks the shape of XML that another reader will build a DOM from: nesting and element count
 * within the caps (what a DOM's time and memory grow with). Not well-formed XML is left to that
 * reader, which may be forgiving; the scan goes on past the error.
 */
export function checkXmlShape(xml: string, maxDepth: number, maxElements: number): "ok" | "too-deep" | "too-many-elements" {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let elements = 0;
  let verdict: "ok" | "too-deep" | "too-many-elements" = "ok";
  parser.on("error", () => undefined);
  parser.on("opentag", () => {
    if (++depth > maxDepth) verdict = "too-deep";
    else if (++elements > maxElements) verdict = "too-many-elements";
    if (verdict !== "ok") throw new Stop();
  });
  parser.on("closetag", () => {
    depth--;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return verdict;
}

class Stop extends Error {}

/** Whether the tag is w:<local>. */
export function isW(tag: Tag, local: string): boolean {
  return tag.local === local && tag.uri === W_NS;
}

/** An attribute in the w: namespace (w:val, w:styleId …), or null when absent or empty. */
export function wAttr(tag: Tag, local: string): string | null {
  const a = tag.attributes[`w:${local}`];
  if (a && a.uri === W_NS) return a.value || null;
  for (const k in tag.attributes) {
    const b = tag.attributes[k];
    if (b.local === local && b.uri === W_NS) return b.value || null;
  }
  return null;
}

/** A toggle property such as <w:b/>: present and not switched off. */
export function toggleValue(tag: Tag): boolean {
  const v = wAttr(tag, "val");
  return !(v === "0" || v === "false" || v === "off");
}
