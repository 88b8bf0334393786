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

/** A block to mark: the words in it (offsets in the block's text, as the model has it), or all of it. */
export interface MarkTarget {
  block: number;
  spans: { start: number; end: number }[] | "whole";
}

/**
 * What a report's findings point at: the words that set a finding off where the analyser knows
 * them, else the section heading for gaps and the text for other findings.
 */
export function marksFor(report: Report): MarkTarget[] {
  const out = new Map<number, MarkTarget["spans"]>();
  const whole = (i: number) => out.set(i, "whole");
  for (const f of report.findings) {
    if (!f.blocks) continue;
    const words = (f.triggers ?? []).filter((t) => t.start !== undefined && t.end !== undefined && t.end > t.start);
    if (words.length) {
      for (const t of words) {
        const spans = out.get(t.block) ?? [];
        if (spans !== "whole") out.set(t.block, [...spans, { start: t.start!, end: t.end! }]);
      }
    } else if (f.kind === "criterion" || f.kind === "status") {
      const s = report.sections.find((x) => x.id === f.section);
      whole(s?.headingBlock ?? f.blocks.start);
    } else {
      for (let i = f.blocks.start; i <= f.blocks.end; i++) whole(i);
    }
  }
  return [...out].sort((a, b) => a[0] - b[0]).map(([block, spans]) => ({ block, spans }));
}

export function blocksToMark(report: Report): number[] {
  return marksFor(report).map((m) => m.block);
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

/**
 * Queues marks; in list mode, none. Annotations mark the very words (`rawOffsets(i)` maps the
 * block's model offsets to Word's text); a temporary highlight marks the paragraph.
 */
export function queueMarks(mode: MarkingMode, paragraphs: Word.ParagraphCollection, targets: MarkTarget[], rawOffsets: (block: number) => number[]): MarkState {
  const state: MarkState = { mode, annotationIds: [] };
  if (mode === "list") return state;
  for (const { block, spans } of targets) {
    const p = paragraphs.items[block];
    if (!p || p.text.trim() === "") continue;
    if (mode === "annotations") {
      const map = rawOffsets(block);
      const critiques =
        spans === "whole"
          ? [{ start: 0, length: p.text.length }]
          : spans.filter((s) => s.end < map.length).map((s) => ({ start: map[s.start], length: map[s.end - 1] + 1 - map[s.start] }));
      if (critiques.length) state.annotationIds.push(p.insertAnnotations({ critiques: critiques.map((c) => ({ colorScheme: Word.CritiqueColorScheme.lavender, ...c })) }));
    } else {
      p.getRange("Content").highlight();
    }
  }
  return state;
}
