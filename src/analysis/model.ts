// The document model: what both `word` (from Word JS) and `docx` (from a file) produce and the
// analyser reads. Blocks are paragraphs in document order; nothing here knows about Office.js.

export type BlockKind = "title" | "heading" | "paragraph" | "listItem" | "tableCell";

/** A content control that encloses (part of) a block. */
export interface ControlRef {
  tag: string;
  title: string;
  /** Stable id of the control within one read, so blocks in the same control can be grouped. */
  id: string;
}

export interface TableRef {
  table: number;
  row: number;
  cell: number;
}

export interface Block {
  /** Position in document order, 0-based. */
  index: number;
  kind: BlockKind;
  /** Outline level 1–9 for headings; 0 otherwise. */
  level: number;
  /** The paragraph style as the source names it (style name where known, else id). */
  style: string;
  text: string;
  /** The whole (non-empty) paragraph is bold: a heading typed by hand when short. */
  bold: boolean;
  /** Bold text that opens the paragraph when the rest is not bold ("Jämställdhet: …"). */
  boldLead?: string;
  table?: TableRef;
  /** Enclosing content controls, outermost first. */
  controls: ControlRef[];
}

export interface DocumentModel {
  blocks: Block[];
}


/** Reviewer comments (DESIGN.md's in-document format) are notes about the text, not the text. */
export const COMMENT_TAG_PREFIX = "jamkoll:comment:";
export function isReviewerComment(b: Block): boolean {
  return b.controls.some((c) => c.tag.startsWith(COMMENT_TAG_PREFIX));
}
