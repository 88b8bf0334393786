// The officer's keyboard in the Word host: typing, deleting, splitting and joining paragraphs,
// pasting, highlighting and bold, with Track Changes as Word applies it. For tests that edit the
// document between the pane's actions (and for the demo); Word JS has no such calls.
import { deleteText, insertTextAt, type WordHostRuntime } from "./api";
import type { HostDocument, HostParagraph } from "./document";

/** Whether the officer can edit here in Word: not in a table, not in a content control. */
export function editable(doc: HostDocument, index: number): boolean {
  const p = doc.paragraphs[index];
  return p !== undefined && p.table === null && !doc.controls.some((c) => doc.indexOf(c.start.para) <= index && index <= doc.indexOf(c.end.para));
}

export class Officer {
  constructor(private readonly runtime: WordHostRuntime) {}

  private get doc(): HostDocument {
    return this.runtime.doc;
  }

  private done(): void {
    this.runtime.emitChange();
  }

  /** Types (or pastes) text at an offset; U+000B is a soft line break, as Word reports it. */
  type(index: number, offset: number, text: string): void {
    const p = this.doc.paragraphs[index];
    insertTextAt(this.doc, { para: p.id, offset: Math.min(offset, p.text.length) }, text);
    this.done();
  }

  /** Deletes characters; under Track Changes they stay as a tracked deletion. */
  delete(index: number, start: number, length: number): void {
    const p = this.doc.paragraphs[index];
    const from = Math.min(start, p.text.length);
    const to = Math.min(p.text.length, from + length);
    if (to > from) deleteText(this.doc, { start: { para: p.id, offset: from }, end: { para: p.id, offset: to } });
    this.done();
  }

  /** Enter: the paragraph splits at the offset; the new one keeps the style. */
  split(index: number, offset: number): void {
    const d = this.doc;
    const p = d.paragraphs[index];
    const at = Math.min(offset, p.text.length);
    const tail: HostParagraph = {
      ...d.newParagraph("", p.styleId, p),
      text: p.text.slice(at),
      bold: p.bold.slice(at),
      highlight: p.highlight.slice(at),
      inserted: p.inserted.slice(at),
      deleted: p.deleted.slice(at),
      list: p.list,
    };
    p.text = p.text.slice(0, at);
    for (const k of ["bold", "highlight", "inserted", "deleted"] as const) p[k].splice(at);
    d.paragraphs.splice(index + 1, 0, tail);
    this.done();
  }

  /** Delete at the end of a paragraph: the next one joins it (Track Changes off). */
  merge(index: number): void {
    const d = this.doc;
    const p = d.paragraphs[index];
    const next = d.paragraphs[index + 1];
    p.text += next.text;
    for (const k of ["bold", "highlight", "inserted", "deleted"] as const) (p[k] as unknown[]).push(...next[k]);
    d.paragraphs.splice(index + 1, 1);
    this.done();
  }

  /** Highlight (a colour name as in the file, or null for none) or bold on a span; a revision under Track Changes. */
  format(index: number, start: number, length: number, change: { highlight?: string | null; bold?: boolean }): void {
    const d = this.doc;
    const p = d.paragraphs[index];
    const to = Math.min(p.text.length, start + length);
    let tracked = false;
    for (let i = Math.min(start, p.text.length); i < to; i++) {
      if (change.highlight !== undefined) p.highlight[i] = change.highlight;
      if (change.bold !== undefined) p.bold[i] = change.bold;
      if (d.trackChanges && !p.inserted[i]) tracked = true;
    }
    if (tracked) d.formatRevisions.push({ para: p.id, what: change.highlight !== undefined ? "highlight" : "bold" });
    this.done();
  }

  trackChanges(on: boolean): void {
    this.doc.trackChanges = on;
  }
}
