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

async function reviewParts(): Promise<Part[]> {
  return call<Part[]>((cb) => parts().getByNamespaceAsync(REVIEW_NS, cb));
}

export async function readReviewParts(): Promise<string[]> {
  const found = await reviewParts();
  return Promise.all(found.map((p) => call<string>((cb) => p.getXmlAsync(cb))));
}

/** Refuses a record Word on the web would reject, before anything in the document changes. */
export function assertFits(xml: string): void {
  const bytes = partBytes(xml);
  if (bytes > MAX_PART_BYTES) {
    throw new WordFailure({ code: "too-large", detail: `The review record would be ${Math.round(bytes / 1024)} KB; Word on the web accepts at most ${MAX_PART_BYTES / 1024} KB.` });
  }
}

/** Replaces the review part: the new one is added before the old ones go, so a failure loses nothing. */
export async function writeReviewPart(xml: string): Promise<void> {
  assertFits(xml);
  const old = await reviewParts();
  await call<Part>((cb) => parts().addAsync(xml, cb));
  for (const p of old) await call<void>((cb) => p.deleteAsync(cb));
}
