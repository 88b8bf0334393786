// The style sheet of a real Word document: most of its bytes are latent styles (how the style
// gallery shows built-in styles), which say nothing about headings and are not read.
import { StyleSheet, withoutLatentStyles } from "../../src/docx/styles";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (id: string, body: string, type = "paragraph") => `<w:style w:type="${type}" w:styleId="${id}">${body}</w:style>`;
const STYLES = [
  style("Normal", '<w:name w:val="Normal"/>').replace("<w:style ", '<w:style w:default="1" '),
  style("Rubrik1", '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
  style("Underrubrik", '<w:name w:val="Underrubrik"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr>'),
  style("Fet", '<w:name w:val="Fet"/><w:rPr><w:b/></w:rPr>', "character"),
].join("");
const latent = (n: number) =>
  `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:count="${n}">${Array.from({ length: n }, (_, i) => `<w:lsdException w:name="heading ${(i % 9) + 1}" w:uiPriority="9" w:qFormat="1"/>`).join("")}</w:latentStyles>`;
const sheet = (middle: string) => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:docDefaults/>${middle}${STYLES}</w:styles>`;
const resolved = (s: StyleSheet) => ["Normal", "Rubrik1", "Underrubrik", "Fet", "Okänd"].map((id) => s.resolve(id));

describe("Word's latent styles", () => {
  it("are cut before reading, and the styles read are the same as without them", () => {
    const word = sheet(latent(376));
    expect(withoutLatentStyles(word)).toBe(sheet(""));
    expect(resolved(new StyleSheet(word))).toEqual(resolved(new StyleSheet(sheet(""))));
    expect(new StyleSheet(word).resolve("Underrubrik")).toMatchObject({ level: 2, bold: true });
    expect(new StyleSheet(word).resolve(null)).toMatchObject({ id: "Normal", level: 0 });
  });

  it("leave a style sheet without them, or with an empty or unclosed element, as it is", () => {
    for (const xml of [sheet(""), sheet("<w:latentStyles/>"), sheet("<w:latentStylesX/>"), `<w:styles ${W}><w:latentStyles w:count="1">`]) {
      expect(withoutLatentStyles(xml)).toBe(xml);
    }
  });
});
