// Marks the gaps in the document without changing the file where Word allows it:
// annotations (WordApi 1.7), else Range.highlight() (1.8, temporary), else a reversible mark
// (a hidden content control tagged jamkoll:mark with a yellow highlight) that Jämkoll removes
// again on every re-check, on "Rensa markeringar" and when the pane closes.
import type { Report } from "../analysis/report";
import { MARK_TAG } from "./read";

export type MarkingMode = "annotations" | "highlight" | "reversible";

export function markingModeFor(isSupported: (version: string) => boolean): MarkingMode {
  if (isSupported("1.7")) return "annotations";
  if (isSupported("1.8")) return "highlight";
  return "reversible";
}

export const MARK_HIGHLIGHT = "#FFFF00";

/** The blocks a report's findings point at: the section heading for gaps, the text for other findings. */
export function blocksToMark(report: Report): number[] {
  const out = new Set<number>();
  for (const f of report.findings) {
    if (!f.blocks) continue;
    if (f.kind === "criterion" || f.kind === "status") {
      const s = report.sections.find((x) => x.id === f.section);
      out.add(s?.headingBlock ?? f.blocks.start);
    } else {
      for (let i = f.blocks.start; i <= f.blocks.end; i++) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

export interface MarkState {
  mode: MarkingMode;
  annotationIds: OfficeExtension.ClientResult<string[]>[];
}

/** Queues the removal of earlier marks. Reversible marks are found by their tag (they may come from an earlier session). */
export function queueClearMarks(context: Word.RequestContext, mode: MarkingMode, state: MarkState | null, reversible: Word.ContentControlCollection | null): void {
  if (mode === "highlight") context.document.body.getRange("Whole").removeHighlight();
  if (state?.mode === "annotations") {
    for (const result of state.annotationIds) for (const id of result.value) context.document.getAnnotationById(id).delete();
  }
  for (const c of reversible?.items ?? []) {
    const original = c.title.startsWith("#") ? c.title : null;
    c.getRange("Whole").font.highlightColor = original as string;
    c.cannotDelete = false;
    c.delete(true);
  }
}

/** Queues marks on the given paragraphs. */
export function queueMarks(context: Word.RequestContext, mode: MarkingMode, paragraphs: Word.ParagraphCollection, blocks: number[]): MarkState {
  const state: MarkState = { mode, annotationIds: [] };
  for (const i of blocks) {
    const p = paragraphs.items[i];
    if (!p || p.text.trim() === "") continue;
    if (mode === "annotations") {
      state.annotationIds.push(p.insertAnnotations({ critiques: [{ colorScheme: Word.CritiqueColorScheme.lavender, start: 0, length: p.text.length }] }));
    } else if (mode === "highlight") {
      p.getRange("Content").highlight();
    } else {
      const original = originalHighlight(p);
      const mark = p.getRange("Content").insertContentControl();
      mark.tag = MARK_TAG;
      mark.title = original ?? "none";
      mark.appearance = "Hidden";
      mark.getRange("Whole").font.highlightColor = MARK_HIGHLIGHT;
    }
  }
  return state;
}

/** The paragraph's highlight before Jämkoll marked it: a mark from an earlier check keeps it in its title. */
function originalHighlight(p: Word.Paragraph): string | null {
  const parent = p.parentContentControlOrNullObject;
  if (!parent.isNullObject && parent.tag === MARK_TAG) return parent.title.startsWith("#") ? parent.title : null;
  return p.font.highlightColor;
}

export function loadReversibleMarks(context: Word.RequestContext): Word.ContentControlCollection {
  const marks = context.document.body.contentControls.getByTag(MARK_TAG);
  marks.load("items/title");
  return marks;
}
