// Document, file-name and pack text never drives the terminal: control characters (C0, C1, DEL)
// and bidi controls are printed as visible escapes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { terminalText } from "../../src/cli/terminal";
import { cli } from "../helpers/cli";

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const EVIL = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u202c\u2066x\u2069";
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
// XML 1.1 may hold C0 controls as character references; XML 1.0 may hold C1 and bidi controls raw.
// eslint-disable-next-line no-control-regex
const xmlText = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
const para = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${xmlText(text)}</w:t></w:r></w:p>`;
const TAG = "jamkoll:comment:6f1c2a3b-0000-4000-8000-000000000001";

function hostileDocx(): string {
  const document =
    `<?xml version="1.1" encoding="UTF-8"?><w:document ${W}><w:body>` +
    para(`Titel ${EVIL}`, "Title") +
    para(`Jämställdhet ${EVIL}`, "Heading1") +
    para(`Kvinnor och män ${EVIL}`) +
    `<w:sdt><w:sdtPr><w:alias w:val="${xmlText(EVIL)}"/><w:tag w:val="${TAG}"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${para(`Granskare ${EVIL}`)}</w:sdtContent></w:sdt>` +
    `</w:body></w:document>`;
  const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
  const review =
    `<?xml version="1.0" encoding="UTF-8"?><review xmlns="urn:jamkoll:review:1" version="1"><comment id="6f1c2a3b-0000-4000-8000-000000000001" status="open" created="2026-01-01T00:00:00Z" updated="2026-01-01T00:00:00Z">` +
    `<author role="reviewer">Anna \u202eredivorp\u202c</author><text>Se över \u009b2J här</text><quote>x</quote><status value="open" at="2026-01-01T00:00:00Z" by="Anna"/></comment></review>`;
  const dir = mkdtempSync(join(tmpdir(), "jk-term-"));
  const file = join(dir, "fientlig.docx");
  writeFileSync(file, zipSync({ "word/document.xml": strToU8(document), "word/styles.xml": strToU8(styles), "customXml/item1.xml": strToU8(review) }));
  return file;
}

describe("terminal text", () => {
  it("escapes control and bidi characters, keeps newlines, tabs and Swedish letters", () => {
    expect(terminalText("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(terminalText("x\u202ey\u2066z")).toBe("x\\u202ey\\u2066z");
    expect(terminalText("\u009b31m\u007f\r")).toBe("\\u009b31m\\u007f\\u000d");
    expect(terminalText("Jämställdhet\n\tår – “citat” ✓")).toBe("Jämställdhet\n\tår – “citat” ✓");
  });

  describe("every command prints document text escaped", () => {
    const file = hostileDocx();
    it.each([["outline"], ["check"], ["check", "--json"], ["review"], ["review", "--json"]])("%s %s", async (...args) => {
      const r = await cli(...args.filter(Boolean), file);
      expect(r.err).toBe("");
      expect(r.out).not.toMatch(RAW_CONTROL);
      // The document's text (outline, check) or the comment's (review), escaped.
      expect(r.out).toContain(args[0] === "review" ? "Se över \\u009b2J här" : "\\u001b[2J\\u001b]0;pwned\\u0007");
      if (args[0] === "outline") expect(r.out).toContain("Titel \\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202eevil\\u202c\\u2066x\\u2069");
      if (args[1] === "--json") expect(() => JSON.parse(r.out)).not.toThrow();
    });
  });

  it("escapes a file name in an error message", async () => {
    const r = await cli("check", join(tmpdir(), "saknas-\u001b]0;titel\u0007.docx"));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(RAW_CONTROL);
    expect(r.err).toContain("saknas-\\u001b]0;titel\\u0007.docx");
  });
});
