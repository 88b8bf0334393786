// Reads the open document into the document model in one sync, whatever its size: every
// paragraph with its style, outline level, bold, list and table flags and enclosing controls.
import type { Block, BlockKind, ControlRef, DocumentModel } from "../analysis/model";

/** Tag of the marks earlier versions wrote into documents: never part of the proposal's structure. */
export const MARK_TAG = "jamkoll:mark";

const CONTROL = "tag,title,id,isNullObject,cannotEdit";
export const PARAGRAPH_PROPERTIES = [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "tableNestingLevel",
  "font/bold",
  "font/highlightColor",
  ...CONTROL.split(",").map((p) => `parentContentControlOrNullObject/${p}`),
  ...CONTROL.split(",").map((p) => `parentContentControlOrNullObject/parentContentControlOrNullObject/${p}`),
  "parentTableCellOrNullObject/isNullObject",
  "parentTableCellOrNullObject/rowIndex",
  "parentTableCellOrNullObject/cellIndex",
].map((p) => `items/${p}`);

/** Queues the load; call context.sync() once, then modelFromParagraphs. */
export function loadParagraphs(context: Word.RequestContext): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES.join(","));
  return paragraphs;
}

/**
 * A paragraph's text as the model has it, with where each character came from in Word's text:
 * tracked deletions dropped (Word on the web keeps them in `text`), a manual line break (U+000B)
 * or page break as "\n", a non-breaking space as a space, trimmed. `map[i]` is the index in the
 * raw text of character i; `map[text.length]` is the raw end.
 */
export function paragraphText(raw: string, deleted: readonly string[] = []): { text: string; map: number[] } {
  const gone = new Array<boolean>(raw.length).fill(false);
  let from = 0;
  for (const d of deleted) {
    if (!d) continue;
    const at = raw.indexOf(d, from);
    if (at < 0) continue;
    for (let k = at; k < at + d.length; k++) gone[k] = true;
    from = at + d.length;
  }
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (gone[i]) continue;
    let c = raw[i];
    if (c === "\u00a0") c = " ";
    if (c === "\r" || c === "\v" || c === "\f") c = "\n";
    text += c;
    map.push(i);
  }
  // Trim, keeping the map in step.
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const kept = map.slice(lead, lead + trimmed.length);
  const end = kept.length ? kept[kept.length - 1] + 1 : 0;
  return { text: trimmed, map: [...kept, end] };
}

/** Tracked deletions per paragraph (WordApi 1.6), for paragraphText; queue, sync, then read. */
export function loadDeletions(paragraphs: Word.ParagraphCollection): Word.TrackedChangeCollection[] {
  return paragraphs.items.map((p) => {
    const changes = p.getTrackedChanges();
    changes.load("items/type,items/text");
    return changes;
  });
}

export function deletionsOf(changes: Word.TrackedChangeCollection | undefined): string[] {
  return (changes?.items ?? []).filter((c) => c.type === "Deleted").map((c) => c.text);
}

/** Whether the paragraph lies in a control locked against editing (a reviewer comment aside, which stands alone). */
export function inLockedControl(p: Word.Paragraph, commentPrefix: string): boolean {
  const inner = p.parentContentControlOrNullObject;
  if (inner.isNullObject) return false;
  const outer = inner.parentContentControlOrNullObject;
  return [inner, outer].some((c) => !c.isNullObject && c.cannotEdit === true && !(c.tag ?? "").startsWith(commentPrefix));
}

function controlsOf(p: Word.Paragraph): ControlRef[] {
  const out: ControlRef[] = [];
  const inner = p.parentContentControlOrNullObject;
  if (inner.isNullObject) return out;
  const outer = inner.parentContentControlOrNullObject;
  for (const c of [outer, inner]) {
    if (c.isNullObject || c.tag === MARK_TAG) continue;
    out.push({ tag: c.tag ?? "", title: c.title ?? "", id: String(c.id) });
  }
  return out;
}

function levelOf(p: Word.Paragraph): { level: number; title: boolean } {
  const builtIn = String(p.styleBuiltIn);
  const m = /^Heading([1-9])$/.exec(builtIn);
  if (m) return { level: Number(m[1]), title: false };
  if (builtIn === "Title") return { level: 0, title: true };
  // Custom heading styles carry only an outline level (10 is body text).
  return { level: p.outlineLevel >= 1 && p.outlineLevel <= 9 ? p.outlineLevel : 0, title: false };
}

export function modelFromParagraphs(paragraphs: Word.ParagraphCollection, deletions: Word.TrackedChangeCollection[] = []): DocumentModel {
  const blocks: Block[] = [];
  let table = -1;
  let lastCell: { row: number; cell: number } | null = null;
  paragraphs.items.forEach((p, index) => {
    const text = paragraphText(p.text, deletionsOf(deletions[index])).text;
    const { level, title } = levelOf(p);
    const cell = p.parentTableCellOrNullObject;
    let tableRef: Block["table"];
    if (p.tableNestingLevel > 0 && !cell.isNullObject) {
      const here = { row: cell.rowIndex, cell: cell.cellIndex };
      // A new table starts after body text, or when the cells start again from the top.
      if (!lastCell || (here.row < lastCell.row || (here.row === 0 && here.cell === 0 && (lastCell.row !== 0 || lastCell.cell !== 0)))) table++;
      lastCell = here;
      tableRef = { table, ...here };
    } else {
      lastCell = null;
    }
    let kind: BlockKind = "paragraph";
    if (tableRef) kind = "tableCell";
    else if (title) kind = "title";
    else if (level > 0 && text !== "") kind = "heading";
    else if (p.isListItem) kind = "listItem";
    blocks.push({
      index,
      kind,
      level: kind === "heading" ? level : 0,
      style: p.style,
      text,
      bold: text !== "" && p.font.bold === true,
      ...(tableRef ? { table: tableRef } : {}),
      controls: controlsOf(p),
    });
  });
  return { blocks };
}

/**
 * Reads the document: one sync, and where Word has tracked changes (WordApi 1.6) and the
 * document holds deletions, one more to leave the deleted text out of the model.
 */
export async function readDocumentModel(context: Word.RequestContext, trackedChanges: boolean): Promise<{ model: DocumentModel; paragraphs: Word.ParagraphCollection; deletions: Word.TrackedChangeCollection[] }> {
  const paragraphs = loadParagraphs(context);
  const all = trackedChanges ? context.document.body.getTrackedChanges() : null;
  all?.load("items/type");
  await context.sync();
  let deletions: Word.TrackedChangeCollection[] = [];
  if (all?.items.some((c) => c.type === "Deleted")) {
    deletions = loadDeletions(paragraphs);
    await context.sync();
  }
  return { model: modelFromParagraphs(paragraphs, deletions), paragraphs, deletions };
}

/** A cheap fingerprint of the document's text: whether it changed since the last check. */
export function fingerprint(texts: readonly string[]): string {
  // FNV-1a over the paragraphs with a separator, plus the count: enough to tell an edit apart.
  let h = 0x811c9dc5;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2029, 0x01000193);
  }
  return `${texts.length}:${(h >>> 0).toString(16)}`;
}
