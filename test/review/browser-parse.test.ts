/** @jest-environment jsdom */
// In the pane the review record is parsed by the browser's DOMParser, not @xmldom/xmldom.
import { newComment } from "../../src/review/model";
import { parseReview, serializeReview } from "../../src/review/xml";

it("parses the record with the browser's DOMParser, and reports damage", () => {
  const c = newComment({ id: "x1", author: { name: "Anna", role: "granskare" }, criterion: "impact", text: "Å & ö <b>", quote: "q", at: "2026-11-24T09:00:00.000Z" });
  expect(parseReview(serializeReview([c]))).toEqual({ records: [c], problems: [] });
  expect(parseReview("<review><comment").problems[0].kind).toBe("malformed-part");
});
