// Selects an exact span of a paragraph's text. Word JS (1.3) has no character offsets, so the
// span is found with search: the occurrence that starts where the span starts, and for a span
// longer than search allows (255 characters), its head expanded to its tail.

/** Word's search reads ^ codes even without wildcards: ^^ is a caret, ^l a manual line break, ^t a tab, ^s a non-breaking space. */
export function searchText(raw: string): string {
  return raw.replace(/\^/g, "^^").replace(/\v/g, "^l").replace(/\t/g, "^t").replace(/\u00a0/g, "^s");
}

/** Which match, counting as Word does (each search resumes after the previous match), starts at `at`; -1 if none. */
export function occurrenceAt(raw: string, piece: string, at: number): number {
  let k = 0;
  for (let i = raw.indexOf(piece); i >= 0; i = raw.indexOf(piece, i + piece.length), k++) {
    if (i === at) return k;
    if (i > at) return -1;
  }
  return -1;
}

/** Raw characters per search piece: escaped, even a text of carets stays within Word's 255. */
const PIECE = 120;

/** The range of raw[from, to) in the paragraph, or null when search cannot pin it down. Syncs once. */
export async function selectSpan(context: Word.RequestContext, paragraph: Word.Paragraph, raw: string, from: number, to: number): Promise<Word.Range | null> {
  const head = raw.slice(from, Math.min(to, from + PIECE));
  const tailFrom = Math.max(from, to - PIECE);
  const tail = raw.slice(tailFrom, to);
  const k = occurrenceAt(raw, head, from);
  const j = to - from > PIECE ? occurrenceAt(raw, tail, tailFrom) : -1;
  if (k < 0 || (to - from > PIECE && j < 0)) return null;
  const heads = paragraph.search(searchText(head), { matchCase: true });
  heads.load("items");
  const tails = j >= 0 ? paragraph.search(searchText(tail), { matchCase: true }) : null;
  tails?.load("items");
  await context.sync();
  const first = heads.items[k];
  if (!first) return null;
  if (!tails) return first;
  const last = tails.items[j];
  return last ? first.expandTo(last) : null;
}
