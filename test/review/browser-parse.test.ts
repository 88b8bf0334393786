/** @jest-environment jsdom */
// In the pane the review record is parsed by the browser's DOMParser, not @xmldom/xmldom.
import { newComment } from "../../src/review/model";
import { parseReview, serializeReview } from "../../src/review/xml";

it("parses the record with the browser's DOMParser, and reports damage", () => {
  const c = newComment({ id: "x1", author: { name: "Anna", role: "granskare" }, criterion: "impact", text: "Å & ö <b>", quote: "q", at: "2026-11-24T09:00:00.000Z" });
  expect(parseReview(serializeReview([c]))).toEqual({ records: [c], problems: [] });
  expect(parseReview("<review><comment").problems[0].kind).toBe("malformed-part");
});

it("in the pane too, a part with U+001B is listed without it but never edited, and a plain part can be", async () => {
  const { readPart } = await import("../../src/review/xml");
  const c = newComment({ id: "x2", author: { name: "Anna", role: "granskare" }, criterion: null, text: "A\u001bB", quote: "", at: "2026-11-24T09:00:00.000Z" });
  const clean = serializeReview([{ ...c, text: "AB" }]);
  const spoiled = clean.replace("AB", "A\u001bB");
  expect(readPart(spoiled)).toMatchObject({ layout: null, records: [{ text: "AB" }], problems: [{ kind: "malformed-part", detail: expect.stringContaining("U+001B") }] });
  expect(readPart(clean).layout).not.toBeNull();
  expect(readPart(clean).entries[0].span).toEqual({ start: clean.indexOf("<comment"), end: clean.indexOf("</review>") });
});
