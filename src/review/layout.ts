// Where each child of a review part's root element sits in the part's text, so that a write can
// replace, add or remove one record and leave every other byte as it was. Runs only on text that
// an XML parser has already accepted as well-formed; anything unexpected gives null (not edited).

export interface Span {
  start: number;
  end: number;
}

export interface PartLayout {
  /** The root element's qualified name, e.g. `review` or `r:review`. */
  rootName: string;
  /** Offset of the root's end tag, where a new child goes; -1 when the root is written `<review/>`. */
  insertAt: number;
  /** Offset of the `/>` of a self-closing root. */
  selfClosingAt: number;
  /** Every element child of the root, in document order. */
  children: Span[];
}

/** The end of a start tag (the offset of its `>`), skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let j = from; j < xml.length; j++) {
    const ch = xml[j];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return j;
  }
  return -1;
}

export function layoutOf(xml: string): PartLayout | null {
  const children: Span[] = [];
  let rootName = "";
  let depth = 0;
  let childStart = -1;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return null;
    const skip = (close: string, open: number): number => {
      const e = xml.indexOf(close, lt + open);
      return e < 0 ? -1 : e + close.length;
    };
    if (xml.startsWith("<!--", lt)) i = skip("-->", 4);
    else if (xml.startsWith("<![CDATA[", lt)) i = skip("]]>", 9);
    else if (xml.startsWith("<?", lt)) i = skip("?>", 2);
    else if (xml.startsWith("<!", lt)) return null; // a document type declaration: never edited
    else if (xml[lt + 1] === "/") {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) return null;
      depth--;
      if (depth === 1 && childStart >= 0) {
        children.push({ start: childStart, end: gt + 1 });
        childStart = -1;
      }
      if (depth === 0) return { rootName, insertAt: lt, selfClosingAt: -1, children };
      i = gt + 1;
    } else {
      const gt = tagEnd(xml, lt + 1);
      if (gt < 0) return null;
      const selfClosing = xml[gt - 1] === "/";
      if (depth === 0) {
        rootName = /^<([^\s/>]+)/.exec(xml.slice(lt, gt + 1))?.[1] ?? "";
        if (!rootName) return null;
        if (selfClosing) return { rootName, insertAt: -1, selfClosingAt: gt - 1, children };
      } else if (depth === 1) {
        if (selfClosing) children.push({ start: lt, end: gt + 1 });
        else childStart = lt;
      }
      if (!selfClosing) depth++;
      i = gt + 1;
    }
    if (i < 0) return null;
  }
}

export function replaceSpan(xml: string, span: Span, text: string): string {
  return xml.slice(0, span.start) + text + xml.slice(span.end);
}

/** Adds a child at the end of the root element. */
export function appendChild(xml: string, layout: PartLayout, text: string): string {
  if (layout.insertAt < 0) return `${xml.slice(0, layout.selfClosingAt)}>${text}</${layout.rootName}>${xml.slice(layout.selfClosingAt + 2)}`;
  return xml.slice(0, layout.insertAt) + text + xml.slice(layout.insertAt);
}

/**
 * The namespace of the root element, read from its start tag (where it must be declared), so a
 * part is recognised by what it is, not by text near its start — and a damaged part that says it
 * is a review is still recognised, to be reported. Null when there is no root start tag.
 */
export function rootNamespaceOf(xml: string): string | null {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return null;
    if (xml.startsWith("<!--", lt)) i = xml.indexOf("-->", lt + 4) + 3;
    else if (xml.startsWith("<?", lt)) i = xml.indexOf("?>", lt + 2) + 2;
    else if (xml.startsWith("<!", lt)) i = xml.indexOf(">", lt) + 1; // a DTD without an internal subset
    else {
      const gt = tagEnd(xml, lt + 1);
      const tag = xml.slice(lt + 1, gt < 0 ? undefined : gt);
      const name = /^[^\s/>]+/.exec(tag)?.[0] ?? "";
      const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
      const attr = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
      return attr ? (attr[2] ?? attr[3]) : null;
    }
    if (i <= 0) return null;
  }
}
