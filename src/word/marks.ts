// Shows the gaps in the document without ever changing it: annotations (WordApi 1.7, which need
// a Microsoft 365 subscription) or Range.highlight() (1.8, temporary); both live outside the
// file and make no revision under Track Changes. Where Word has neither, the pane lists the
// findings and "Gå till" selects the phrase: a check writes no highlight and no content control.
import type { Report } from "../analysis/report";

export type MarkingMode = "annotations" | "highlight" | "list";

/** The best mode Word claims to support; annotations may still fail without Microsoft 365 (see the gateway's fallback). */
export function markingModeFor(isSupported: (version: string) => boolean): MarkingMode {
  if (isSupported("1.7")) return "annotations";
  if (isSupported("1.8")) return "highlight";
  return "list";
}

/** The next mode to try when Word refuses this one. */
export function fallbackMode(mode: MarkingMode, isSupported: (version: string) => boolean): MarkingMode {
  return mode === "annotations" && isSupported("1.8") ? "highlight" : "list";
}

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

/** Queues the removal of the marks this pane made. Nothing here touches the officer's text or formatting. */
export function queueClearMarks(context: Word.RequestContext, state: MarkState | null): void {
  if (state?.mode === "highlight") context.document.body.getRange("Whole").removeHighlight();
  if (state?.mode === "annotations") {
    for (const result of state.annotationIds) for (const id of result.value ?? []) context.document.getAnnotationById(id).delete();
  }
}

/** Queues marks on the given paragraphs; in list mode, none. */
export function queueMarks(mode: MarkingMode, paragraphs: Word.ParagraphCollection, blocks: number[]): MarkState {
  const state: MarkState = { mode, annotationIds: [] };
  if (mode === "list") return state;
  for (const i of blocks) {
    const p = paragraphs.items[i];
    if (!p || p.text.trim() === "") continue;
    if (mode === "annotations") {
      state.annotationIds.push(p.insertAnnotations({ critiques: [{ colorScheme: Word.CritiqueColorScheme.lavender, start: 0, length: p.text.length }] }));
    } else {
      p.getRange("Content").highlight();
    }
  }
  return state;
}
