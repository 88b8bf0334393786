// Small helpers over @xmldom/xmldom for WordprocessingML: parse strictly, walk by local name.
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type { XmlDocument, XmlElement };

/** Parses XML; throws an Error with the parser's reason when the text is not well-formed. */
export function parseXml(text: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  });
  const doc = parser.parseFromString(text, "application/xml");
  if (!doc.documentElement) throw new Error("no root element");
  return doc;
}

export function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) out.push(n as XmlElement);
  }
  return out;
}

/** First direct child in the w: namespace with this local name. */
export function wChild(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === W_NS) {
      return n as XmlElement;
    }
  }
  return null;
}

export function wChildren(el: XmlElement, name: string): XmlElement[] {
  return elementChildren(el).filter((c) => c.localName === name && c.namespaceURI === W_NS);
}

/** The w:val attribute of a direct child, e.g. wVal(pPr, "pStyle"). */
export function wVal(el: XmlElement | null | undefined, name: string): string | null {
  const c = wChild(el, name);
  if (!c) return null;
  return c.getAttributeNS(W_NS, "val") || c.getAttribute("w:val") || null;
}

/** A toggle property such as <w:b/>: present and not switched off. */
export function wToggle(el: XmlElement | null | undefined, name: string): boolean | null {
  const c = wChild(el, name);
  if (!c) return null;
  const v = c.getAttributeNS(W_NS, "val") || c.getAttribute("w:val");
  return !(v === "0" || v === "false" || v === "off");
}
