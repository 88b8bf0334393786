// The review in a .docx: the comment controls (tag jamkoll:comment:<uuid>) with their visible
// text, and the custom XML parts in the review namespace.
import { TAG_PREFIX } from "../review/model";
import type { CommentControl } from "../review/reconcile";
import { REVIEW_NS } from "../review/xml";
import type { DocumentModel } from "../analysis/model";
import type { DocxPackage } from "./package";

export function commentControls(model: DocumentModel): CommentControl[] {
  const byId = new Map<string, CommentControl>();
  for (const b of model.blocks) {
    for (const c of b.controls) {
      if (!c.tag.startsWith(TAG_PREFIX)) continue;
      const prev = byId.get(c.id);
      byId.set(c.id, { tag: c.tag, text: prev ? `${prev.text}\n${b.text}` : b.text });
    }
  }
  return [...byId.values()];
}

export function reviewParts(pkg: DocxPackage): string[] {
  const out: string[] = [];
  for (const name of [...pkg.parts.keys()].sort()) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const xml = pkg.text(name) ?? "";
    if (xml.slice(0, 500).includes(REVIEW_NS)) out.push(xml);
  }
  return out;
}
