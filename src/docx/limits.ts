// How much of a .docx Jämkoll is willing to unpack and read. A real proposal is far below every
// cap; a zip bomb or a generated monster meets one of them long before it can exhaust memory
// (the reader stays within 5 s and 512 MB on the hostile corpus).
export interface DocxLimits {
  /** Entries the zip may list (a proposal has 10–50, one with many images a few hundred). */
  maxEntries: number;
  /** Unpacked bytes of one part that is read (word/document.xml of a 300-page report is ~10 MB). */
  maxPartBytes: number;
  /** Unpacked bytes of all the parts read from one file. */
  maxTotalBytes: number;
  /** XML elements nested inside one another (Word's own documents stay below 60). */
  maxDepth: number;
  /** Paragraphs in the document (a 1,000-page report has ~30,000). */
  maxBlocks: number;
  /**
   * XML elements in a part read into a DOM (the review record, document properties): a DOM
   * costs ~1 KB and ~10 µs an element. document.xml and styles.xml are streamed instead.
   */
  maxDomElements: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxEntries: 5000,
  maxPartBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxDepth: 256,
  maxBlocks: 200_000,
  maxDomElements: 100_000,
});

/** "32 MB", "5 000": sizes and counts as a reader sees them. */
export function formatBytes(n: number): string {
  return n >= MiB ? `${Math.round(n / MiB)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
