// Reads the open document into the document model in one sync, whatever its size: every
// paragraph with its style, outline level, bold, list and table flags and enclosing controls.
import type { Block, BlockKind, ControlRef, DocumentModel } from "../analysis/model";

/** Tags of Jämkoll's own reversible marks: never part of the proposal's structure. */
export const MARK_TAG = "jamkoll:mark";

const CONTROL = "tag,title,id,isNullObject";
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

export function modelFromParagraphs(paragraphs: Word.ParagraphCollection): DocumentModel {
  const blocks: Block[] = [];
  let table = -1;
  let lastCell: { row: number; cell: number } | null = null;
  paragraphs.items.forEach((p, index) => {
    const text = p.text.replace(/\u00a0/g, " ").replace(/[\r\v]+/g, "\n").trim();
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

export async function readDocumentModel(context: Word.RequestContext): Promise<{ model: DocumentModel; paragraphs: Word.ParagraphCollection }> {
  const paragraphs = loadParagraphs(context);
  await context.sync();
  return { model: modelFromParagraphs(paragraphs), paragraphs };
}
