import { writeFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/docx/read";
import { readDocxFile } from "../../src/docx/file";
import { DocxError } from "../../src/docx/errors";
import { fixture } from "../helpers/corpus";

const headings = (blocks: { kind: string; level: number; text: string }[]) =>
  blocks.filter((b) => b.kind === "heading").map((b) => `${b.level} ${b.text}`);

describe("reading the corpus into the document model", () => {
  it("reads styled headings and the title", async () => {
    const m = await readDocxFile(fixture("dev-04-parkeringshus.docx"));
    expect(m.blocks[0]).toMatchObject({ kind: "title", text: "Investering i parkeringshus vid länssjukhuset" });
    expect(headings(m.blocks)).toEqual([
      "1 Sammanfattning",
      "1 Förslag till beslut",
      "1 Bedömda resultat och konsekvenser",
      "1 Resurser och finansiering",
      "1 Jämställdhet",
      "1 Beslutsunderlag",
    ]);
  });

  it("reads the Heading 2 under Konsekvenser in dev-07", async () => {
    const m = await readDocxFile(fixture("dev-07-heltid.docx"));
    expect(headings(m.blocks)).toContain("2 Konsekvenser för jämställdheten");
    expect(headings(m.blocks)).toContain("1 Konsekvenser");
  });

  it("reads hand-typed bold lines in dev-06 as bold paragraphs", async () => {
    const m = await readDocxFile(fixture("dev-06-kulturstod.docx"));
    const bold = m.blocks.filter((b) => b.bold).map((b) => b.text);
    expect(bold).toEqual(["Sammanfattning", "Förslag till beslut", "Jämställdhet och jämlikhet", "Beslutsunderlag"]);
    expect(m.blocks.find((b) => b.text.startsWith("Föreningarnas"))?.bold).toBe(false);
  });

  it("reads the content control around the heading in dev-10", async () => {
    const m = await readDocxFile(fixture("dev-10-nattbussar.docx"));
    const h = m.blocks.find((b) => b.text === "Jämställdhet")!;
    expect(h.controls).toEqual([expect.objectContaining({ tag: "section-jamstalldhet", title: "Jämställdhet" })]);
    expect(m.blocks.find((b) => b.text === "Beslutsunderlag")!.controls).toEqual([]);
  });

  it("reads list items in dev-12 and the table in the perf proposal", async () => {
    const m12 = await readDocxFile(fixture("dev-12-tandvard.docx"));
    expect(m12.blocks.filter((b) => b.kind === "listItem")).toHaveLength(3);
    const perf = await readDocxFile(fixture("perf/perf-long.docx"));
    const cells = perf.blocks.filter((b) => b.kind === "tableCell");
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.slice(0, 3).map((c) => c.text)).toEqual(["Område", "Kvinnor", "Män"]);
    expect(cells[3].table).toEqual({ table: 0, row: 1, cell: 0 });
    expect(perf.blocks.length).toBeGreaterThan(1500);
  });
});

describe("text as Word shows it", () => {
  it("reads tracked insertions and moves, skips deletions, joins runs split mid-word", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const doc = `<w:document ${W}><w:body><w:p><w:r><w:t>Kvin</w:t></w:r><w:r><w:t>nor</w:t></w:r><w:del><w:r><w:delText> och flickor</w:delText></w:r></w:del><w:ins><w:r><w:t> och män</w:t></w:r></w:ins><w:moveTo><w:r><w:t> berörs</w:t></w:r></w:moveTo><w:moveFrom><w:r><w:t> gammal</w:t></w:r></w:moveFrom></w:p></w:body></w:document>`;
    const m = readDocx(zipSync({ "word/document.xml": strToU8(doc) }), "t.docx");
    expect(m.blocks[0].text).toBe("Kvinnor och män berörs");
  });
});

describe("bad input gets one clear message naming the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "jamkoll-"));
  const write = (name: string, data: Uint8Array | string) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const expectError = async (file: string, code: string, text: RegExp) => {
    const e = await readDocxFile(file).catch((x) => x);
    expect(e).toBeInstanceOf(DocxError);
    expect(e.code).toBe(code);
    expect(e.message).toContain(file);
    expect(e.message).toMatch(text);
  };

  it("a missing file", () => expectError(join(dir, "nope.docx"), "not-found", /no such file/));
  it("a file that is not a zip", () => expectError(write("text.docx", "hello"), "not-zip", /not a zip/));
  it("a truncated zip", () => expectError(write("cut.docx", readFileSync(fixture("dev-01-strategi-jamstalldhet.docx")).subarray(0, 300)), "not-zip", /damaged/));
  it("a zip that is not a Word document", () => expectError(write("other.docx", zipSync({ "a.txt": strToU8("x") })), "not-word", /not a Word document/));
  it("a damaged document.xml", () =>
    expectError(write("bad.docx", zipSync({ "word/document.xml": strToU8("<w:document xmlns:w='x'><w:body><w:p></w:body>") })), "damaged", /document\.xml.*damaged/));
  it("reads from bytes as well", () => {
    expect(() => readDocx(new Uint8Array([1, 2, 3]), "x.docx")).toThrow(/x\.docx: .*not a zip/);
  });
});
