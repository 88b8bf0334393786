// The review record's custom XML part, through the Office common API
// (Office.context.document.customXmlParts): it reaches every Word since 2013, including Word 2019
// at WordApi 1.3, where Word JS's own customXmlParts (WordApi 1.4) does not exist.
import { MAX_PART_BYTES, partBytes, REVIEW_NS } from "../review/xml";
import { WordFailure } from "./problems";

type Part = Office.CustomXmlPart;

function call<T>(fn: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    fn((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(new WordFailure({ code: /protect/i.test(r.error?.message ?? "") ? "protected" : "unknown", detail: r.error?.message ?? "custom XML part error" })) : resolve(r.value))),
  );
}

function parts(): Office.CustomXmlParts {
  const p = Office.context.document?.customXmlParts;
  if (!p) throw new WordFailure({ code: "requirement", detail: "This Word cannot store custom XML parts." });
  return p;
}

/** A review part as read: Office's handle and id, and its text exactly as Word gave it. */
export interface StoredPart {
  id: string;
  xml: string;
  handle: Part;
}

/** Another pane (a second window, a co-author) wrote the review between our read and our write. */
export class WriteConflict extends Error {
  constructor() {
    super("The review record was changed by someone else during the write.");
    this.name = "WriteConflict";
  }
}

async function reviewParts(): Promise<Part[]> {
  return call<Part[]>((cb) => parts().getByNamespaceAsync(REVIEW_NS, cb));
}

/** The review parts and their text; a part that goes between listing and reading (another pane's write) means list again. */
export async function readReviewParts(): Promise<StoredPart[]> {
  for (let attempt = 1; ; attempt++) {
    const found = await reviewParts();
    try {
      return await Promise.all(found.map(async (p) => ({ id: p.id, handle: p, xml: await call<string>((cb) => p.getXmlAsync(cb)) })));
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
}

/** Refuses a record Word on the web would reject, before anything in the document changes. */
export function assertFits(xml: string): void {
  const bytes = partBytes(xml);
  if (bytes > MAX_PART_BYTES) {
    throw new WordFailure({ code: "too-large", detail: `The review record would be ${Math.round(bytes / 1024)} KB; Word on the web accepts at most ${MAX_PART_BYTES / 1024} KB.` });
  }
}

/**
 * Puts `xml` in place of `old` (or beside the parts seen, when `old` is null). The Office common
 * API has no transaction and no way to edit a part in place, so: add the new part, then look
 * again — if a part appeared that was not in our read, or `old` changed or went, someone else
 * wrote meanwhile: take ours away and throw WriteConflict (the caller reads again and retries).
 * Otherwise delete `old`. Of two panes writing at once, at least the later one sees the other.
 */
export async function commitPart(seen: readonly StoredPart[], old: StoredPart | null, xml: string): Promise<void> {
  assertFits(xml);
  const added = await call<Part>((cb) => parts().addAsync(xml, cb));
  const takeBack = () => call<void>((cb) => added.deleteAsync(cb)).catch(() => undefined);
  const now = await reviewParts();
  const foreign = now.some((p) => p.id !== added.id && !seen.some((s) => s.id === p.id));
  const oldNow = old ? await call<string>((cb) => old.handle.getXmlAsync(cb)).catch(() => null) : null;
  if (foreign || (old && oldNow !== old.xml)) {
    await takeBack();
    throw new WriteConflict();
  }
  if (!old) return;
  try {
    await call<void>((cb) => old.handle.deleteAsync(cb));
  } catch (e) {
    await takeBack();
    throw e;
  }
}
