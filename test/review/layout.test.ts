// Editing one record of a review part in place: every other byte stays, whatever the part's form.
import { appendChild, layoutOf, replaceSpan, rootNamespaceOf } from "../../src/review/layout";
import { newComment } from "../../src/review/model";
import { readPart, REVIEW_NS, serializeComment } from "../../src/review/xml";

const c = (id: string, text: string) => newComment({ id, author: { name: "Anna", role: "granskare" }, criterion: null, text, quote: "", at: "2026-11-24T09:00:00.000Z" });

describe("a review part edited one record at a time", () => {
  it("finds each record's span past comments, CDATA, instructions and a '>' inside an attribute", () => {
    const head = `<?xml version="1.0"?><!-- <comment> --><review xmlns="${REVIEW_NS}" note="a > b"><?pi x?>`;
    const one = serializeComment(c("a", "Ett")).replace("<text>Ett</text>", "<text><![CDATA[E<t>t]]></text>");
    const xml = `${head}${one}\n  <extra xmlns="urn:x"/><!-- mellan -->${serializeComment(c("b", "Två"))}</review>`;
    const read = readPart(xml);
    expect(read.layout).not.toBeNull();
    expect(read.entries.map((e) => xml.slice(e.span!.start, e.span!.end))).toEqual([one, serializeComment(c("b", "Två"))]);
    const next = replaceSpan(xml, read.entries[1].span!, serializeComment(c("b", "Ändrad")));
    expect(next.slice(0, next.indexOf("Ändrad"))).toContain(`${one}\n  <extra xmlns="urn:x"/><!-- mellan -->`);
    expect(readPart(next).records.map((r) => r.text)).toEqual(["E<t>t", "Ändrad"]);
  });

  it("adds a record to a part whose root uses a prefix, in the review namespace", () => {
    const xml = `<r:review xmlns:r="${REVIEW_NS}">${serializeComment(c("a", "Ett")).replace(/<(\/?)(comment|author|text|quote|status)\b/g, "<$1r:$2")}</r:review>`;
    const read = readPart(xml);
    expect(read.prefixed).toBe(true);
    const next = appendChild(xml, read.layout!, serializeComment(c("b", "Två"), true));
    expect(next.startsWith(xml.slice(0, xml.indexOf("</r:review>")))).toBe(true);
    expect(readPart(next)).toMatchObject({ problems: [], records: [{ id: "a" }, { id: "b", text: "Två" }] });
  });

  it("adds a record to an empty, self-closing root", () => {
    const xml = `<?xml version="1.0"?>\n<review xmlns="${REVIEW_NS}" version="1"/>\n`;
    const layout = layoutOf(xml)!;
    const next = appendChild(xml, layout, serializeComment(c("a", "Ett")));
    expect(next).toBe(`<?xml version="1.0"?>\n<review xmlns="${REVIEW_NS}" version="1">${serializeComment(c("a", "Ett"))}</review>\n`);
    expect(readPart(next).records).toHaveLength(1);
  });

  it("never edits a part with a document type declaration", () => {
    expect(readPart(`<!DOCTYPE review [<!ENTITY x "y">]><review xmlns="${REVIEW_NS}"/>`)).toMatchObject({ layout: null, records: [], problems: [{ kind: "malformed-part" }] });
  });
});

describe("a part's namespace is its root element's", () => {
  it.each([
    ["declared after a long comment", `<?xml version="1.0"?><!-- ${"x".repeat(600)} --><review xmlns='${REVIEW_NS}'/>`, REVIEW_NS],
    ["declared for the root's prefix", `<r:review xmlns="urn:other" xmlns:r="${REVIEW_NS}">`, REVIEW_NS],
    ["only mentioned in the text", `<review xmlns="urn:other"><note>${REVIEW_NS}</note></review>`, "urn:other"],
    ["not declared", `<review>`, null],
  ])("%s", (_case, xml, ns) => {
    expect(rootNamespaceOf(xml)).toBe(ns);
  });
});
