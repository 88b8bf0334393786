// Hostile .docx files: the reader inflates only the parts it reads, within caps, and refuses deep
// nesting and huge paragraph counts with a message that names the file.
import { strToU8, zipSync } from "fflate";
import { DocxError } from "../../src/docx/errors";
import { DEFAULT_LIMITS, type DocxLimits } from "../../src/docx/limits";
import { DocxPackage } from "../../src/docx/package";
import { readDocx } from "../../src/docx/read";
import { nodeInflateRaw } from "../../src/docx/node-inflate";
import { StyleSheet } from "../../src/docx/styles";
import { inflateInSteps } from "../../src/docx/zip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const limits = (l: Partial<DocxLimits>): DocxLimits => ({ ...DEFAULT_LIMITS, ...l });

function thrown(f: () => unknown): DocxError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    return e as DocxError;
  }
  throw new Error("expected a DocxError");
}

/** A copy of the zip with one entry's headers changed (both the central and the local one). */
function patchEntry(zip: Uint8Array, name: string, change: { declared?: number; method?: number }): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const n = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + n)) !== name) continue;
    const local = view.getUint32(i + 42, true);
    if (change.declared !== undefined) {
      view.setUint32(i + 24, change.declared, true);
      view.setUint32(local + 22, change.declared, true);
    }
    if (change.method !== undefined) {
      view.setUint16(i + 10, change.method, true);
      view.setUint16(local + 8, change.method, true);
    }
  }
  return out;
}

describe.each([
  ["fflate in steps (the pane, the demo)", inflateInSteps],
  ["Node's zlib (the command line)", nodeInflateRaw],
])("both inflaters are bounded and read the same: %s", (_name, inflate) => {
  it("unpacks a part as it was written", () => {
    const xml = doc(para("Kvinnor och män påverkas olika. ".repeat(200)));
    const bytes = zipSync({ "word/document.xml": strToU8(xml) });
    expect(DocxPackage.open(bytes, "a.docx", DEFAULT_LIMITS, inflate).text("word/document.xml")).toBe(xml);
  });

  it("stops at the cap whatever the zip claims", () => {
    const honest = zipSync({ "word/document.xml": strToU8(doc(para("x".repeat(50_000)))) });
    const lying = patchEntry(honest, "word/document.xml", { declared: 100 });
    const e = thrown(() => readDocx(lying, "ljuger.docx", limits({ maxPartBytes: 4000 }), inflate));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/too large when unpacked/);
  });

  it("calls damaged data damaged", () => {
    const good = zipSync({ "word/document.xml": strToU8(doc(para("Kvinnor och män ".repeat(500)))) });
    // Overwrite the middle of the compressed data with bytes that are no valid deflate stream.
    const bad = good.slice();
    for (let i = 60; i < 200; i++) bad[i] = 0xff;
    const e = thrown(() => readDocx(bad, "trasig.docx", DEFAULT_LIMITS, inflate));
    expect(e.code).toBe("damaged");
  });
});

describe("zip inflation is bounded", () => {
  it("refuses a part larger than the cap with 'too large when unpacked', naming the file and the part", () => {
    const bytes = zipSync({ "word/document.xml": strToU8(doc(para("x".repeat(5000)))) });
    const e = thrown(() => readDocx(bytes, "stor.docx", limits({ maxPartBytes: 4000 })));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^stor\.docx: .*word\/document\.xml.*too large when unpacked/);
  });

  it("stops inflating at the cap even when the zip lies about the size", () => {
    const honest = zipSync({ "word/document.xml": strToU8(doc(para("x".repeat(50_000)))) });
    const lying = patchEntry(honest, "word/document.xml", { declared: 100 });
    const e = thrown(() => readDocx(lying, "ljuger.docx", limits({ maxPartBytes: 4000 })));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/too large when unpacked/);
  });

  it("counts every part read against a total", () => {
    const parts: Record<string, Uint8Array> = { "word/document.xml": strToU8(doc(para("x"))) };
    for (let i = 1; i <= 5; i++) parts[`customXml/item${i}.xml`] = strToU8(`<review xmlns="urn:jamkoll:review:1">${" ".repeat(3000)}</review>`);
    const pkg = DocxPackage.open(zipSync(parts), "summa.docx", limits({ maxPartBytes: 4000, maxTotalBytes: 10_000 }));
    pkg.text("customXml/item1.xml");
    pkg.text("customXml/item2.xml");
    const e = thrown(() => [3, 4, 5].forEach((i) => pkg.text(`customXml/item${i}.xml`)));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^summa\.docx: .*too large when unpacked/);
  });

  it("refuses more entries than the cap", () => {
    const parts: Record<string, Uint8Array> = { "word/document.xml": strToU8(doc(para("x"))) };
    for (let i = 0; i < 50; i++) parts[`word/media/${i}.bin`] = new Uint8Array(0);
    const e = thrown(() => DocxPackage.open(zipSync(parts), "många.docx", limits({ maxEntries: 40 })));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^många\.docx: .*too large when unpacked.*40 parts/);
  });

  it("never inflates a part that is not read", () => {
    // Deflate data that cannot be inflated (reserved block type 3): reading it would fail.
    const junk = new Uint8Array(64).fill(0xff);
    const bytes = patchEntry(zipSync({ "word/document.xml": strToU8(doc(para("Hej"))), "word/media/image1.png": [junk, { level: 0 }] }), "word/media/image1.png", { method: 8 });
    expect(readDocx(bytes, "bild.docx").blocks[0].text).toBe("Hej");
    const pkg = DocxPackage.open(bytes, "bild.docx");
    expect(pkg.has("word/media/image1.png")).toBe(true);
    expect(() => pkg.text("word/media/image1.png")).toThrow(/bild\.docx: .*word\/media\/image1\.png/);
  });

  it("still writes every part back unchanged", () => {
    const parts = { "word/document.xml": strToU8(doc(para("Hej"))), "word/media/a.bin": new Uint8Array([1, 2, 3]) };
    const pkg = DocxPackage.open(zipSync(parts), "skriv.docx");
    pkg.setText("word/document.xml", doc(para("Hopp")));
    const again = DocxPackage.open(pkg.toBytes(), "skriv.docx");
    expect(again.text("word/document.xml")).toContain("Hopp");
    expect([...again.parts.keys()].sort()).toEqual(["word/document.xml", "word/media/a.bin"]);
  });

  it("names an unknown compression method", () => {
    const bytes = patchEntry(zipSync({ "word/document.xml": [strToU8(doc(para("x"))), { level: 0 }] }), "word/document.xml", { method: 99 });
    const e = thrown(() => readDocx(bytes, "metod.docx"));
    expect(e.code).toBe("damaged");
    expect(e.message).toMatch(/^metod\.docx: .*word\/document\.xml/);
  });
});

describe("deep nesting is refused, naming the file", () => {
  const deep = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);
  it.each([
    ["content controls", deep("<w:sdt><w:sdtContent>", para("x"), "</w:sdtContent></w:sdt>", 100_000)],
    ["tables", deep("<w:tbl><w:tr><w:tc>", para("x"), "</w:tc></w:tr></w:tbl>", 100_000)],
    ["hyperlinks in a paragraph", `<w:p>${deep("<w:hyperlink>", "<w:r><w:t>x</w:t></w:r>", "</w:hyperlink>", 100_000)}</w:p>`],
  ])("%s 100 000 levels deep", (_, body) => {
    const e = thrown(() => readDocx(zipSync({ "word/document.xml": strToU8(doc(body)) }), "djup.docx"));
    expect(e.code).toBe("too-deep");
    expect(e.message).toMatch(/^djup\.docx: .*word\/document\.xml.*nested too deeply/);
  });

  it("reads ordinary nesting: a table in a table in a content control", () => {
    const body = `<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>${para("inre")}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>`;
    const m = readDocx(zipSync({ "word/document.xml": strToU8(doc(body)) }), "ok.docx");
    expect(m.blocks[0]).toMatchObject({ text: "inre", kind: "tableCell" });
    expect(m.blocks[0].controls).toEqual([expect.objectContaining({ tag: "t" })]);
  });

  it("styles nested 100 000 levels deep", () => {
    const styles = `<w:styles ${W}>${deep("<w:style>", "", "</w:style>", 100_000)}</w:styles>`;
    const e = thrown(() => readDocx(zipSync({ "word/document.xml": strToU8(doc(para("x"))), "word/styles.xml": strToU8(styles) }), "stil.docx"));
    expect(e.code).toBe("too-deep");
    expect(e.message).toMatch(/^stil\.docx: .*word\/styles\.xml.*nested too deeply/);
    expect(() => new StyleSheet(styles)).toThrow(/nested too deeply/);
  });
});

describe("parts read into a DOM (the review record, document properties)", () => {
  const pkgWith = (review: string) => DocxPackage.open(zipSync({ "word/document.xml": strToU8(doc(para("x"))), "customXml/item1.xml": strToU8(review) }), "granskning.docx");

  it("refuses one nested too deeply, naming the file and the part", () => {
    const e = thrown(() => pkgWith(`<review>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</review>`).text("customXml/item1.xml"));
    expect(e.code).toBe("too-deep");
    expect(e.message).toMatch(/^granskning\.docx: .*customXml\/item1\.xml.*nested too deeply/);
  });

  it("refuses one with more elements than a DOM should hold", () => {
    const e = thrown(() => pkgWith(`<review>${"<x/>".repeat(DEFAULT_LIMITS.maxDomElements)}</review>`).text("customXml/item1.xml"));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^granskning\.docx: .*customXml\/item1\.xml.*too large when unpacked/);
  });

  it("hands out a damaged part as it is, for its reader to judge", () => {
    expect(pkgWith("<review><comment></review>").text("customXml/item1.xml")).toBe("<review><comment></review>");
  });
});

describe("huge paragraph counts", () => {
  it("refuses more paragraphs than the cap, naming the file", () => {
    const e = thrown(() => readDocx(zipSync({ "word/document.xml": strToU8(doc("<w:p/>".repeat(2000))) }), "lång.docx", limits({ maxBlocks: 1000 })));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^lång\.docx: .*more than 1[  ]?000 paragraphs/);
  });

  it("reads 200 000 short paragraphs in bounded time", () => {
    const started = Date.now();
    const m = readDocx(zipSync({ "word/document.xml": strToU8(doc(para("Hej").repeat(200_000))) }), "många.docx");
    expect(m.blocks).toHaveLength(200_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
