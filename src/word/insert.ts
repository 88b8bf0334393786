// Applies an insertion plan in one sync, never replacing the officer's text; if Word fails
// half-way, removes what was inserted so nothing half-done is left behind.
import { COMMENT_TAG_PREFIX, type DocumentModel } from "../analysis/model";
import type { HeadingFormat, InsertionPlan } from "./plan";
import { paragraphText } from "./read";
import { xmlSafe } from "../guidance/xml-text";

export interface Insertion {
  /** The paragraphs written, in order (heading first when there is one). */
  texts: string[];
  /** The block the first paragraph went next to, for undo and clean-up. */
  anchor: number | null;
  where: "Before" | "After";
}

function applyHeading(p: Word.Paragraph, format: HeadingFormat): void {
  if (format.kind === "bold") {
    p.styleBuiltIn = Word.BuiltInStyleName.normal;
    p.getRange("Whole").font.bold = true;
  } else if (format.builtIn) {
    p.styleBuiltIn = format.builtIn as Word.BuiltInStyleName;
  } else {
    p.style = format.style;
  }
}

/** Queues the insertion; the caller syncs once. */
export function queueInsertion(context: Word.RequestContext, paragraphs: Word.ParagraphCollection, model: DocumentModel, plan: InsertionPlan): Insertion {
  // A pack validated elsewhere (or cached before validation refused it) may still hold characters a document cannot.
  const texts = [...(plan.heading ? [plan.heading.text] : []), ...plan.paragraphs].map(xmlSafe);
  const anchorBlock = plan.anchor === null ? null : model.blocks[plan.anchor];
  // Questions or template text after the last paragraph of a section held in a content control go
  // in at the control's End: inserted after that paragraph, Word may leave them outside it.
  const intoControl = plan.heading === null && plan.where === "After" && anchorBlock !== null && endsControl(model, anchorBlock.index);
  let cursor: Word.Paragraph | null = null;
  texts.forEach((text, i) => {
    const p: Word.Paragraph =
      cursor !== null
        ? cursor.insertParagraph(text, "After")
        : plan.anchor === null
          ? context.document.body.insertParagraph(text, "End")
          : intoControl
            ? paragraphs.items[plan.anchor].parentContentControlOrNullObject.insertParagraph(text, "End")
            : paragraphs.items[plan.anchor].insertParagraph(text, plan.where);
    if (anchorBlock?.kind === "listItem" && plan.where === "After") p.detachFromList();
    if (i === 0 && plan.heading) {
      applyHeading(p, plan.heading.format);
    } else {
      // Body text in the table cell it belongs to keeps the cell's style; elsewhere it is Normal.
      if (!anchorBlock?.table) p.styleBuiltIn = Word.BuiltInStyleName.normal;
      p.getRange("Whole").font.bold = false;
    }
    cursor = p;
  });
  return { texts, anchor: plan.anchor, where: plan.where };
}

/** Whether the block is the last paragraph of its innermost content control (not a reviewer comment). */
function endsControl(model: DocumentModel, index: number): boolean {
  const controls = model.blocks[index].controls;
  const inner = controls[controls.length - 1];
  if (!inner || inner.tag.startsWith(COMMENT_TAG_PREFIX)) return false;
  return !model.blocks[index + 1]?.controls.some((c) => c.id === inner.id);
}

/** Where the first inserted paragraph lands, when the document has not changed since. */
function expectedStart(items: readonly Word.Paragraph[], insertion: Insertion, count: number): number {
  if (insertion.anchor === null) return items.length - count;
  return insertion.where === "After" ? insertion.anchor + 1 : insertion.anchor;
}

/**
 * Finds the inserted paragraphs again by their text and queues their removal; returns how many.
 * `partial`: right after a failed sync, where Word may have applied only the first few.
 */
export function queueRemoval(paragraphs: Word.ParagraphCollection, insertion: Insertion, partial = false): number {
  const items = paragraphs.items;
  const texts = insertion.texts;
  // Compared as the model reads text (line breaks, non-breaking spaces), as Word reports it.
  const matches = (i: number, k: number) => items[i + k] !== undefined && paragraphText(items[i + k].text).text === paragraphText(texts[k]).text;
  let start: number | null = null;
  let count = 0;
  if (partial) {
    // Only where the insertion went: the officer's own paragraphs elsewhere may say the same.
    for (let n = texts.length; n >= 1 && start === null; n--) {
      const at = expectedStart(items, insertion, n);
      if (at >= 0 && Array.from({ length: n }, (_, k) => matches(at, k)).every(Boolean)) {
        start = at;
        count = n;
      }
    }
  } else {
    const near = expectedStart(items, insertion, texts.length);
    for (let i = 0; i + texts.length <= items.length; i++) {
      if (!texts.every((_, k) => matches(i, k))) continue;
      if (start === null || Math.abs(i - near) < Math.abs(start - near)) start = i;
    }
    count = start === null ? 0 : texts.length;
  }
  if (start === null) return 0;
  for (let k = count - 1; k >= 0; k--) items[start + k].delete();
  return count;
}
