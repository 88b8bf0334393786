// Writes small .docx files for tests from the corpus's plain-text proposal format
// (= title, # heading, ## heading 2, ** bold line, - list item, | table | row |,
// [cc tag=… title=…] … [/cc]), with the heading styles of different templates.
import { strToU8, zipSync } from "fflate";

export type HeadingForm =
  | "english" // Heading1, name "heading 1" (the corpus)
  | "swedish" // Swedish Word: ids Rubrik1 / Rubrik, names "heading 1" / "Title"
  | "outline" // a case-management template: own style names, only an outline level
  | "based-on"; // own style names based on the built-in headings

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function styles(form: HeadingForm): { xml: string; title: string; heading: (n: number) => string } {
  const base = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>`;
  const levels = [1, 2, 3];
  switch (form) {
    case "english":
      return {
        xml: base + `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` + levels.map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/></w:style>`).join(""),
        title: "Title",
        heading: (n) => `Heading${n}`,
      };
    case "swedish":
      return {
        xml: base + `<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>` + levels.map((n) => `<w:style w:type="paragraph" w:styleId="Rubrik${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`).join(""),
        title: "Rubrik",
        heading: (n) => `Rubrik${n}`,
      };
    case "outline":
      return {
        xml: base + `<w:style w:type="paragraph" w:styleId="DokTitel"><w:name w:val="Dokumenttitel"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>` + levels.map((n) => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="KSRubrikNiva${n}"><w:name w:val="KS Rubrik nivå ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`).join(""),
        title: "DokTitel",
        heading: (n) => `KSRubrikNiva${n}`,
      };
    case "based-on":
      return {
        xml: base + `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` + levels.map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="Region${n}"><w:name w:val="Regionrubrik ${n}"/><w:basedOn w:val="Heading${n}"/></w:style>`).join(""),
        title: "Title",
        heading: (n) => `Region${n}`,
      };
  }
}

export function proposalXml(source: string, form: HeadingForm = "english"): { document: string; styles: string } {
  const st = styles(form);
  const body: string[] = [];
  let table: string[] | null = null;
  let cc = 0;
  const para = (text: string, style?: string, opts: { bold?: boolean; list?: boolean } = {}) => {
    const pPr = style || opts.list ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${opts.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>` : ""}</w:pPr>` : "";
    const rPr = opts.bold ? "<w:rPr><w:b/></w:rPr>" : "";
    return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  };
  const flushTable = () => {
    if (table) body.push(`<w:tbl>${table.join("")}</w:tbl>`);
    table = null;
  };
  const lines = source.replace(/^---[\s\S]*?---\n/, "").split("\n");
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line.startsWith("|")) flushTable();
    let m: RegExpExecArray | null;
    if (!line) continue;
    if ((m = /^\[cc tag=(\S*) title=(.*)\]$/.exec(line))) body.push(`<w:sdt><w:sdtPr><w:alias w:val="${esc(m[2])}"/><w:tag w:val="${esc(m[1])}"/><w:id w:val="${100 + cc++}"/></w:sdtPr><w:sdtContent>`);
    else if (line === "[/cc]") body.push(`</w:sdtContent></w:sdt>`);
    else if ((m = /^= (.*)$/.exec(line))) body.push(para(m[1], st.title));
    else if ((m = /^(#{1,3}) (.*)$/.exec(line))) body.push(para(m[2], st.heading(m[1].length)));
    else if ((m = /^\*\* (.*)$/.exec(line))) body.push(para(m[1], undefined, { bold: true }));
    else if ((m = /^- (.*)$/.exec(line))) body.push(para(m[1], "ListParagraph", { list: true }));
    else if (line.startsWith("|")) {
      table ??= [];
      const cells = line.split("|").slice(1, -1).map((c) => c.trim());
      table.push(`<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join("")}</w:tr>`);
    } else body.push(para(line));
  }
  flushTable();
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return {
    document: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join("")}<w:sectPr/></w:body></w:document>`,
    styles: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${st.xml}</w:styles>`,
  };
}

export function buildDocx(source: string, form: HeadingForm = "english"): Uint8Array {
  const { document, styles } = proposalXml(source, form);
  return zipDocx(document, styles);
}

/** A minimal .docx package around a document part and a styles part. */
export function zipDocx(document: string, styles: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(document),
    "word/styles.xml": strToU8(styles),
  });
}
