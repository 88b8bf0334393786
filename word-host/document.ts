// The Word host's document: paragraphs with per-character formatting, content controls as
// extents over paragraphs, custom XML parts, and what Word keeps outside the file (annotations,
// temporary highlights, the selection). Loads from a .docx through src/docx and saves back.
import { DocxPackage } from "../src/docx/package";
import { StyleSheet } from "../src/docx/styles";
import { elementChildren, parseXml, wChild, wToggle, wVal, W_NS, type XmlElement } from "../src/docx/xml";

export interface HostParagraph {
  id: number;
  styleId: string | null;
  text: string;
  bold: boolean[];
  highlight: (string | null)[];
  /** Direct numbering; `{ numId: "0" }` switches off the numbering a style brings. */
  list: { numId: string; ilvl: string } | null;
  table: { table: number; row: number; cell: number } | null;
  /** A direct outline level (1–9) set on the paragraph, over its style's. */
  outlineLevel: number | null;
  /** Track Changes: characters inserted or deleted as revisions (deleted text stays in `text`, as Word on the web reports it). */
  inserted: boolean[];
  deleted: boolean[];
}

export interface Point {
  para: number; // paragraph id
  offset: number;
}

export interface HostControl {
  id: number;
  tag: string;
  title: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  cannotEdit: boolean;
  cannotDelete: boolean;
  /** Block controls hold whole paragraphs; inline controls a span of one paragraph. */
  kind: "block" | "inline";
  /** Word's content control type (RichText, PlainText, CheckBox …). */
  type: string;
  /** A block control read from around a table row or cell, written back there. */
  wraps?: "row" | "cell";
  start: Point;
  end: Point;
}

export interface HostCustomXmlPart {
  id: string;
  xml: string;
}

export interface HostAnnotation {
  id: string;
  para: number;
  start: number;
  length: number;
  colorScheme: string;
}

export interface HostRange {
  start: Point;
  end: Point;
}

/** A formatting change recorded as a revision under Track Changes ("Formatted: …"). */
export interface HostFormatRevision {
  para: number;
  what: string;
}

const STYLE_NAME_OF_BUILTIN: Record<string, string> = { Normal: "Normal", Title: "Title", ListParagraph: "List Paragraph" };
for (let i = 1; i <= 9; i++) STYLE_NAME_OF_BUILTIN[`Heading${i}`] = `heading ${i}`;

export class HostDocument {
  paragraphs: HostParagraph[] = [];
  controls: HostControl[] = [];
  customXmlParts: HostCustomXmlPart[] = [];
  annotations: HostAnnotation[] = [];
  temporaryHighlights: HostRange[] = [];
  selection: HostRange | null = null;
  /** Document settings (Office.context.document.settings), saved in the file. */
  settings: Record<string, unknown> = {};
  /** When true, every change fails as in a document protected against editing or open for viewing. */
  protected = false;
  /** Track Changes on: insertions and deletions become revisions, formatting changes too. */
  trackChanges = false;
  formatRevisions: HostFormatRevision[] = [];
  private nextId = 1;
  readonly styles: StyleSheet;
  private readonly styleNames = new Map<string, string>(); // lower-case name → id

  constructor(
    private readonly pkg: DocxPackage,
    private stylesXml: string,
  ) {
    this.styles = new StyleSheet(stylesXml);
    for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<w:name w:val="([^"]+)"/g)) {
      this.styleNames.set(m[2].toLowerCase(), m[1]);
    }
  }

  static fromDocx(bytes: Uint8Array, file = "document.docx"): HostDocument {
    const pkg = DocxPackage.open(bytes, file);
    const doc = new HostDocument(pkg, pkg.text("word/styles.xml") ?? `<w:styles xmlns:w="${W_NS}"/>`);
    new Loader(doc).load(parseXml(pkg.text("word/document.xml") ?? "").documentElement as unknown as XmlElement);
    doc.loadCustomXml();
    doc.loadSettings();
    return doc;
  }

  newId(): number {
    return this.nextId++;
  }

  /** A copy to edit on its own (the package and style sheet are shared: they change only on save). */
  clone(): HostDocument {
    const copy = Object.create(HostDocument.prototype) as HostDocument;
    Object.assign(copy, this);
    copy.paragraphs = this.paragraphs.map((p) => ({ ...p, bold: [...p.bold], highlight: [...p.highlight], inserted: [...p.inserted], deleted: [...p.deleted], list: p.list && { ...p.list }, table: p.table && { ...p.table } }));
    copy.controls = this.controls.map((c) => ({ ...c, start: { ...c.start }, end: { ...c.end } }));
    copy.customXmlParts = this.customXmlParts.map((x) => ({ ...x }));
    copy.annotations = [];
    copy.temporaryHighlights = [];
    copy.formatRevisions = [];
    copy.selection = null;
    copy.settings = structuredClone(this.settings);
    return copy;
  }

  newParagraph(text: string, styleId: string | null, from?: HostParagraph): HostParagraph {
    const n = text.length;
    return { id: this.newId(), styleId, text, bold: Array(n).fill(false), highlight: Array(n).fill(null), list: null, table: from?.table ?? null, outlineLevel: null, inserted: Array(n).fill(this.trackChanges), deleted: Array(n).fill(false) };
  }

  indexOf(id: number): number {
    const i = this.paragraphs.findIndex((p) => p.id === id);
    if (i < 0) throw new Error(`paragraph ${id} is gone`);
    return i;
  }

  para(id: number): HostParagraph {
    return this.paragraphs[this.indexOf(id)];
  }

  has(id: number): boolean {
    return this.paragraphs.some((p) => p.id === id);
  }

  /** Position of a point in document order, for comparisons. */
  order(p: Point): number {
    return this.indexOf(p.para) * 1e6 + p.offset;
  }

  styleIdForName(name: string): string | null {
    return this.styleNames.get(name.toLowerCase()) ?? null;
  }

  styleIdForBuiltIn(builtIn: string): string | null {
    const name = STYLE_NAME_OF_BUILTIN[builtIn];
    return name ? (this.styleIdForName(name) ?? (builtIn === "Normal" ? null : builtIn)) : null;
  }

  ensureStyle(builtIn: string): string | null {
    const id = this.styleIdForBuiltIn(builtIn);
    if (!id || this.styleNames.has(STYLE_NAME_OF_BUILTIN[builtIn].toLowerCase())) return id;
    // A built-in style the file does not define yet: add it, as Word does on first use.
    const level = /^Heading(\d)$/.exec(builtIn)?.[1];
    const xml = `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${STYLE_NAME_OF_BUILTIN[builtIn]}"/><w:basedOn w:val="Normal"/>${level ? `<w:pPr><w:outlineLvl w:val="${Number(level) - 1}"/></w:pPr>` : ""}</w:style>`;
    this.stylesXml = this.stylesXml.replace(/<\/w:styles>\s*$/, `${xml}</w:styles>`);
    this.styleNames.set(STYLE_NAME_OF_BUILTIN[builtIn].toLowerCase(), id);
    (this as { styles: StyleSheet }).styles = new StyleSheet(this.stylesXml);
    return id;
  }

  /** The controls that contain a point, outermost first. */
  controlsAt(para: number, offset: number): HostControl[] {
    const at = this.order({ para, offset });
    return this.controls
      .filter((c) => this.order(c.start) <= at && at <= this.order(c.end) && (c.kind === "block" || (at < this.order(c.end) || c.start.offset === c.end.offset)))
      .sort((a, b) => this.order(a.start) - this.order(b.start) || this.order(b.end) - this.order(a.end));
  }

  rangeText(r: HostRange): string {
    const a = this.indexOf(r.start.para);
    const b = this.indexOf(r.end.para);
    const parts: string[] = [];
    for (let i = a; i <= b; i++) {
      const p = this.paragraphs[i];
      const s = i === a ? r.start.offset : 0;
      const e = i === b ? r.end.offset : p.text.length;
      parts.push(p.text.slice(s, e));
    }
    return parts.join("\r");
  }

  // ---- custom XML and settings ------------------------------------------------------------

  private loadCustomXml(): void {
    for (const name of this.pkg.parts.keys()) {
      const m = /^customXml\/item(\d+)\.xml$/.exec(name);
      if (!m) continue;
      const props = this.pkg.text(`customXml/itemProps${m[1]}.xml`) ?? "";
      const id = /ds:itemID="([^"]+)"/.exec(props)?.[1] ?? `{${crypto.randomUUID().toUpperCase()}}`;
      const xml = this.pkg.text(name) ?? "";
      if (/^\s*<\?xml[^>]*\?>\s*<b:Sources/.test(xml)) continue; // bibliography part Word keeps
      this.customXmlParts.push({ id, xml });
    }
  }

  private loadSettings(): void {
    const custom = this.pkg.text("docProps/custom.xml");
    const m = custom && /<property [^>]*name="_JamkollOfficeSettings"[^>]*>\s*<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(custom);
    if (m) {
      try {
        this.settings = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
      } catch {
        this.settings = {};
      }
    }
  }

  // ---- saving -------------------------------------------------------------------------------

  toDocx(): Uint8Array {
    this.pkg.setText("word/document.xml", new Writer(this).document(this.pkg.text("word/document.xml") ?? ""));
    this.pkg.setText("word/styles.xml", this.stylesXml);
    this.saveCustomXml();
    this.saveSettings();
    return this.pkg.toBytes();
  }

  private saveCustomXml(): void {
    for (const name of [...this.pkg.parts.keys()]) {
      if (/^customXml\/(item|itemProps)\d+\.xml$|^customXml\/_rels\/item\d+\.xml\.rels$/.test(name)) this.pkg.parts.delete(name);
    }
    let rels = this.pkg.text("word/_rels/document.xml.rels") ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    rels = rels.replace(/<Relationship [^>]*Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml"[^>]*\/>/g, "");
    let types = this.pkg.text("[Content_Types].xml") ?? "";
    types = types.replace(/<Override PartName="\/customXml\/itemProps\d+\.xml"[^>]*\/>/g, "");
    this.customXmlParts.forEach((part, i) => {
      const n = i + 1;
      this.pkg.setText(`customXml/item${n}.xml`, part.xml);
      this.pkg.setText(
        `customXml/itemProps${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${part.id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
      );
      this.pkg.setText(
        `customXml/_rels/item${n}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
      );
      rels = rels.replace("</Relationships>", `<Relationship Id="rIdJkXml${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/></Relationships>`);
      types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`);
    });
    this.pkg.setText("word/_rels/document.xml.rels", rels);
    if (types) this.pkg.setText("[Content_Types].xml", types);
  }

  private saveSettings(): void {
    if (Object.keys(this.settings).length === 0) return;
    const value = JSON.stringify(this.settings).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const prop = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="99" name="_JamkollOfficeSettings"><vt:lpwstr>${value}</vt:lpwstr></property>`;
    let custom = this.pkg.text("docProps/custom.xml");
    if (custom) {
      custom = custom.replace(/<Properties([^>]*)\/>\s*$/, "<Properties$1></Properties>");
      custom = custom.replace(/<property [^>]*name="_JamkollOfficeSettings"[^>]*>[\s\S]*?<\/property>/, "");
      const pids = [...custom.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
      custom = custom.replace("</Properties>", `${prop.replace('pid="99"', `pid="${Math.max(1, ...pids) + 1}"`)}</Properties>`);
    } else {
      custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${prop.replace('pid="99"', 'pid="2"')}</Properties>`;
      let types = this.pkg.text("[Content_Types].xml") ?? "";
      types = types.replace("</Types>", `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`);
      this.pkg.setText("[Content_Types].xml", types);
      const rels = this.pkg.text("_rels/.rels") ?? "";
      this.pkg.setText("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rIdJkCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
    }
    this.pkg.setText("docProps/custom.xml", custom);
  }
}

class Loader {
  private table = -1;
  constructor(private readonly doc: HostDocument) {}

  load(root: XmlElement): void {
    const body = wChild(root, "body");
    if (body) this.container(body, null);
  }

  private container(el: XmlElement, cell: HostParagraph["table"]): void {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI !== W_NS) continue;
      if (c.localName === "p") this.paragraph(c, cell);
      else if (c.localName === "tbl") this.tbl(c);
      else if (c.localName === "sdt") {
        const first = this.doc.paragraphs.length;
        this.container(wChild(c, "sdtContent") ?? c, cell);
        this.wrapControl(c, first);
      } else if (c.localName === "customXml" || c.localName === "ins") this.container(c, cell);
    }
  }

  private tbl(tbl: XmlElement): void {
    const table = ++this.table;
    // Rows and cells may sit inside content controls (repeating sections, locked cells).
    const unwrap = (el: XmlElement, name: string): { el: XmlElement; sdt: XmlElement | null }[] =>
      elementChildren(el).flatMap((c): { el: XmlElement; sdt: XmlElement | null }[] => (c.localName === name && c.namespaceURI === W_NS ? [{ el: c, sdt: null }] : c.localName === "sdt" ? wChildren(wChild(c, "sdtContent") ?? c, name).map((x) => ({ el: x, sdt: c })) : []));
    unwrap(tbl, "tr").forEach(({ el: tr, sdt: rowSdt }, row) => {
      const rowFirst = this.doc.paragraphs.length;
      unwrap(tr, "tc").forEach(({ el: tc, sdt: cellSdt }, cell) => {
        const first = this.doc.paragraphs.length;
        this.container(tc, { table, row, cell });
        if (cellSdt) this.wrapControl(cellSdt, first, "cell");
      });
      if (rowSdt) this.wrapControl(rowSdt, rowFirst, "row");
    });
  }

  private wrapControl(sdt: XmlElement, first: number, wraps?: "row" | "cell"): void {
    const paras = this.doc.paragraphs.slice(first);
    if (!paras.length) return;
    const last = paras[paras.length - 1];
    this.doc.controls.push({ ...controlProps(sdt, this.doc.newId()), kind: "block", ...(wraps ? { wraps } : {}), start: { para: paras[0].id, offset: 0 }, end: { para: last.id, offset: last.text.length } });
  }

  private paragraph(p: XmlElement, cell: HostParagraph["table"]): void {
    const pPr = wChild(p, "pPr");
    const para = this.doc.newParagraph("", wVal(pPr, "pStyle"));
    para.table = cell;
    const numPr = wChild(pPr, "numPr");
    if (numPr) para.list = { numId: wVal(numPr, "numId") ?? "1", ilvl: wVal(numPr, "ilvl") ?? "0" };
    const lvl = wVal(pPr, "outlineLvl");
    if (lvl !== null && Number(lvl) >= 0 && Number(lvl) <= 8) para.outlineLevel = Number(lvl) + 1;
    this.doc.paragraphs.push(para);
    this.runs(p, para, null);
  }

  private runs(el: XmlElement, para: HostParagraph, revision: "ins" | "del" | null): void {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI !== W_NS) continue;
      if (c.localName === "r") {
        const rPr = wChild(c, "rPr");
        // A run without its own bold takes its character style's or its paragraph style's, as Word shows it.
        const charStyle = wVal(rPr, "rStyle");
        const bold = wToggle(rPr, "b") ?? ((charStyle !== null && /strong|stark|fet|bold/i.test(charStyle)) || this.doc.styles.resolve(para.styleId).bold);
        const highlight = wVal(rPr, "highlight");
        let text = "";
        for (const t of elementChildren(c)) {
          if (t.localName === "t" || t.localName === "delText") text += t.textContent ?? "";
          else if (t.localName === "tab") text += "\t";
          // Word reports a manual line break (Shift+Enter) as U+000B in paragraph text.
          else if (t.localName === "br" || t.localName === "cr") text += "\v";
        }
        para.text += text;
        para.bold.push(...Array(text.length).fill(bold));
        para.highlight.push(...Array(text.length).fill(highlight));
        para.inserted.push(...Array(text.length).fill(revision === "ins"));
        para.deleted.push(...Array(text.length).fill(revision === "del"));
      } else if (c.localName === "sdt") {
        const start = para.text.length;
        this.runs(wChild(c, "sdtContent") ?? c, para, revision);
        this.doc.controls.push({ ...controlProps(c, this.doc.newId()), kind: "inline", start: { para: para.id, offset: start }, end: { para: para.id, offset: para.text.length } });
      } else if (c.localName === "ins" || c.localName === "moveTo") {
        this.runs(c, para, "ins");
      } else if (c.localName === "del" || c.localName === "moveFrom") {
        // Tracked deletions stay in the text, as Word on the web reports them.
        this.runs(c, para, "del");
      } else if (["hyperlink", "smartTag", "fldSimple", "customXml"].includes(c.localName ?? "")) {
        this.runs(c, para, revision);
      }
    }
  }
}

function wChildren(el: XmlElement, name: string): XmlElement[] {
  return elementChildren(el).filter((c) => c.localName === name && c.namespaceURI === W_NS);
}

const CONTROL_TYPES: [string, string][] = [
  ["text", "PlainText"],
  ["dropDownList", "DropDownList"],
  ["comboBox", "ComboBox"],
  ["date", "DatePicker"],
  ["picture", "Picture"],
  ["docPartObj", "BuildingBlockGallery"],
  ["group", "Group"],
  ["checkbox", "CheckBox"],
  ["repeatingSection", "RepeatingSection"],
];

function controlProps(sdt: XmlElement, id: number): Pick<HostControl, "id" | "tag" | "title" | "appearance" | "cannotEdit" | "cannotDelete" | "type"> {
  const pr = wChild(sdt, "sdtPr");
  const names = new Set(elementChildren(pr ?? sdt).map((c) => c.localName));
  const type = CONTROL_TYPES.find(([el]) => names.has(el))?.[1] ?? "RichText";
  const lock = wVal(pr, "lock");
  const appearance = (wChild(pr, "appearance") ?? null) as XmlElement | null;
  const app = appearance?.getAttribute("w15:val") ?? appearance?.getAttribute("w:val");
  return {
    id,
    tag: wVal(pr, "tag") ?? "",
    title: wVal(pr, "alias") ?? "",
    appearance: app === "tags" ? "Tags" : app === "hidden" ? "Hidden" : "BoundingBox",
    cannotEdit: lock === "contentLocked" || lock === "sdtContentLocked",
    cannotDelete: lock === "sdtLocked" || lock === "sdtContentLocked",
    type,
  };
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

class Writer {
  constructor(private readonly doc: HostDocument) {}

  document(original: string): string {
    const head = /^[\s\S]*?<w:body>/.exec(original)?.[0] ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>`;
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>|<w:sectPr\/>/.exec(original)?.[0] ?? "";
    return `${head}${this.body()}${sectPr}</w:body></w:document>`;
  }

  private sdtPr(c: HostControl): string {
    const lock = c.cannotEdit && c.cannotDelete ? "sdtContentLocked" : c.cannotEdit ? "contentLocked" : c.cannotDelete ? "sdtLocked" : null;
    const type = CONTROL_TYPES.find(([, t]) => t === c.type && t !== "CheckBox" && t !== "RepeatingSection")?.[0];
    return `<w:sdtPr><w:alias w:val="${esc(c.title)}"/><w:tag w:val="${esc(c.tag)}"/><w:id w:val="${c.id}"/>${lock ? `<w:lock w:val="${lock}"/>` : ""}${type ? `<w:${type}/>` : ""}</w:sdtPr><w:sdtContent>`;
  }

  /** A table: its rows and cells, with the controls that wrap rows, cells or paragraphs in a cell. */
  private table(paras: HostParagraph[]): string {
    const d = this.doc;
    const rows = new Map<number, Map<number, HostParagraph[]>>();
    for (const q of paras) {
      const row = rows.get(q.table!.row) ?? new Map<number, HostParagraph[]>();
      row.set(q.table!.cell, [...(row.get(q.table!.cell) ?? []), q]);
      rows.set(q.table!.row, row);
    }
    const blocks = d.controls.filter((c) => c.kind === "block");
    const within = (ps: HostParagraph[], c: HostControl) => ps.some((p) => p.id === c.start.para) && ps.some((p) => p.id === c.end.para);
    const out: string[] = [`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>`];
    for (const [, row] of [...rows].sort((a, b) => a[0] - b[0])) {
      const rowParas = [...row.values()].flat();
      const rowControls = blocks.filter((c) => c.wraps === "row" && within(rowParas, c));
      const cells = [...row].sort((a, b) => a[0] - b[0]).map(([, ps]) => {
        const cellControls = blocks.filter((c) => c.wraps === "cell" && within(ps, c));
        // Controls inside the cell (a comment after a cell's paragraph): around those paragraphs.
        const inner = blocks.filter((c) => !c.wraps && within(ps, c));
        const body = this.paragraphs(ps, inner);
        return cellControls.reduce((x, c) => `<w:sdt>${this.sdtPr(c)}${x}</w:sdtContent></w:sdt>`, `<w:tc>${body}</w:tc>`);
      });
      out.push(rowControls.reduce((x, c) => `<w:sdt>${this.sdtPr(c)}${x}</w:sdtContent></w:sdt>`, `<w:tr>${cells.join("")}</w:tr>`));
    }
    out.push(`</w:tbl>`);
    return out.join("");
  }

  /** Paragraphs in order with the block controls that open and close among them. */
  private paragraphs(ps: HostParagraph[], controls: HostControl[]): string {
    let out = "";
    for (const p of ps) {
      for (const c of controls.filter((x) => x.start.para === p.id)) out += `<w:sdt>${this.sdtPr(c)}`;
      out += this.paragraph(p);
      for (let n = controls.filter((x) => x.end.para === p.id).length; n > 0; n--) out += `</w:sdtContent></w:sdt>`;
    }
    return out;
  }

  private body(): string {
    const d = this.doc;
    const out: string[] = [];
    const blocks = d.controls.filter((c) => c.kind === "block");
    const opens = new Map<number, HostControl[]>();
    const closes = new Map<number, number>();
    for (const c of blocks) {
      const list = opens.get(c.start.para) ?? [];
      list.push(c);
      opens.set(c.start.para, list);
      closes.set(c.end.para, (closes.get(c.end.para) ?? 0) + 1);
    }
    let i = 0;
    while (i < d.paragraphs.length) {
      const p = d.paragraphs[i];
      for (const c of opens.get(p.id) ?? []) if (!p.table || !this.insideTable(c, p.table.table)) out.push(`<w:sdt>${this.sdtPr(c)}`);
      if (p.table) {
        // A whole table: every following paragraph of the same table. Controls that start and end
        // inside it are written inside it; only those around the whole table close after it.
        const t = p.table.table;
        let j = i;
        while (j < d.paragraphs.length && d.paragraphs[j].table?.table === t) j++;
        const paras = d.paragraphs.slice(i, j);
        out.push(this.table(paras));
        const inside = new Set(paras.map((q) => q.id));
        for (const c of blocks) if (inside.has(c.end.para) && !this.insideTable(c, t)) out.push(`</w:sdtContent></w:sdt>`);
        i = j;
        continue;
      }
      out.push(this.paragraph(p));
      for (let n = closes.get(p.id) ?? 0; n > 0; n--) out.push(`</w:sdtContent></w:sdt>`);
      i++;
    }
    return out.join("");
  }

  /** Whether a block control lies wholly inside one table (a row, a cell, or paragraphs in a cell). */
  private insideTable(c: HostControl, table: number): boolean {
    const d = this.doc;
    const a = d.para(c.start.para).table;
    const b = d.para(c.end.para).table;
    if (a?.table !== table || b?.table !== table) return false;
    return c.wraps !== undefined || (a.row === b.row && a.cell === b.cell);
  }

  private paragraph(p: HostParagraph): string {
    const props = `${p.styleId ? `<w:pStyle w:val="${esc(p.styleId)}"/>` : ""}${p.list ? `<w:numPr><w:ilvl w:val="${p.list.ilvl}"/><w:numId w:val="${p.list.numId}"/></w:numPr>` : ""}${p.outlineLevel ? `<w:outlineLvl w:val="${p.outlineLevel - 1}"/>` : ""}`;
    const pPr = props ? `<w:pPr>${props}</w:pPr>` : "";
    const inline = this.doc.controls.filter((c) => c.kind === "inline" && c.start.para === p.id).sort((a, b) => a.start.offset - b.start.offset);
    let body = "";
    let pos = 0;
    for (const c of inline) {
      if (c.start.offset < pos) continue; // nested inline controls are flattened
      body += this.runs(p, pos, c.start.offset) + `<w:sdt>${this.sdtPr(c)}${this.runs(p, c.start.offset, c.end.offset)}</w:sdtContent></w:sdt>`;
      pos = c.end.offset;
    }
    body += this.runs(p, pos, p.text.length);
    return `<w:p>${pPr}${body}</w:p>`;
  }

  private runs(p: HostParagraph, from: number, to: number): string {
    let out = "";
    let i = from;
    while (i < to) {
      let j = i + 1;
      while (j < to && p.bold[j] === p.bold[i] && p.highlight[j] === p.highlight[i] && p.inserted[j] === p.inserted[i] && p.deleted[j] === p.deleted[i]) j++;
      const rPr = p.bold[i] || p.highlight[i] ? `<w:rPr>${p.bold[i] ? "<w:b/>" : ""}${p.highlight[i] ? `<w:highlight w:val="${p.highlight[i]}"/>` : ""}</w:rPr>` : "";
      const t = p.deleted[i] ? "w:delText" : "w:t";
      // Tabs and manual line breaks are elements of their own in WordprocessingML.
      const content = p.text
        .slice(i, j)
        .split(/([\t\v])/)
        .filter(Boolean)
        .map((x) => (x === "\t" ? "<w:tab/>" : x === "\v" ? "<w:br/>" : `<${t} xml:space="preserve">${esc(x)}</${t}>`))
        .join("");
      const run = `<w:r>${rPr}${content}</w:r>`;
      const rev = `w:id="${this.doc.newId()}" w:author="Jämkoll-test" w:date="2026-01-01T00:00:00Z"`;
      out += p.deleted[i] ? `<w:del ${rev}>${run}</w:del>` : p.inserted[i] ? `<w:ins ${rev}>${run}</w:ins>` : run;
      i = j;
    }
    return out;
  }
}
