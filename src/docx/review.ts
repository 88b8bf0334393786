// The review in a .docx: the comment controls (tag jamkoll:comment:<uuid>) with their visible
// text, and the custom XML parts in the review namespace — recognised by their root element's
// namespace, in whatever encoding the part is stored.
import { TAG_PREFIX } from "../review/model";
import type { CommentControl } from "../review/reconcile";
import { rootNamespaceOf } from "../review/layout";
import { REVIEW_NS } from "../review/xml";
import type { DocumentModel } from "../analysis/model";
import type { DocxPackage } from "./package";

/** One entry per control: keyed by its tag (and its w:id, so one control spanning paragraphs is one). */
export function commentControls(model: DocumentModel): CommentControl[] {
  const byKey = new Map<string, CommentControl>();
  for (const b of model.blocks) {
    for (const c of b.controls) {
      if (!c.tag.startsWith(TAG_PREFIX)) continue;
      const key = `${c.tag}\u0000${c.id}`;
      const prev = byKey.get(key);
      byKey.set(key, { tag: c.tag, text: prev ? `${prev.text}\n${b.text}` : b.text });
    }
  }
  return [...byKey.values()];
}

/** XML text from a part's bytes: UTF-8, or UTF-16 by its byte-order mark or its first characters (XML 1.0 appendix F). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

const itemNumber = (name: string): number => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

export function reviewParts(pkg: DocxPackage): string[] {
  const out: string[] = [];
  const names = [...pkg.parts.keys()].filter((name) => /^customXml\/item\d+\.xml$/.test(name)).sort((x, y) => itemNumber(x) - itemNumber(y));
  for (const name of names) {
    const bytes = pkg.parts.get(name);
    if (!bytes) continue;
    const xml = decodeXmlBytes(bytes);
    if (rootNamespaceOf(xml) === REVIEW_NS) out.push(xml);
  }
  return out;
}
