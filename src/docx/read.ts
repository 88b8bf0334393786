// Reads word/document.xml into the document model: paragraphs in order with heading level,
// bold, list and table flags, and the content controls around them.
import type { Block, BlockKind, ControlRef, DocumentModel, TableRef } from "../analysis/model";
import { DocxError } from "./errors";
import { DocxPackage } from "./package";
import { StyleSheet } from "./styles";
import { elementChildren, parseXml, wChild, wToggle, wVal, W_NS, type XmlElement } from "./xml";

export function readDocx(bytes: Uint8Array, file: string): DocumentModel {
  return readPackage(DocxPackage.open(bytes, file));
}

export function readPackage(pkg: DocxPackage): DocumentModel {
  let styles: StyleSheet;
  let body: XmlElement | null;
  try {
    styles = new StyleSheet(pkg.text("word/styles.xml"));
  } catch (e) {
    throw new DocxError("damaged", pkg.file, `the document's styles (word/styles.xml) are damaged: ${(e as Error).message}.`);
  }
  try {
    const doc = parseXml(pkg.text("word/document.xml") ?? "");
    body = wChild(doc.documentElement as unknown as XmlElement, "body");
  } catch (e) {
    throw new DocxError("damaged", pkg.file, `the document text (word/document.xml) is damaged: ${(e as Error).message}.`);
  }
  if (!body) throw new DocxError("damaged", pkg.file, "the document text (word/document.xml) has no body.");
  return { blocks: new BodyReader(styles).read(body) };
}

interface Run {
  text: string;
  bold: boolean;
}

class BodyReader {
  private readonly blocks: Block[] = [];
  private tableCount = 0;
  private controlCount = 0;

  constructor(private readonly styles: StyleSheet) {}

  read(body: XmlElement): Block[] {
    this.container(body, [], undefined);
    return this.blocks;
  }

  private container(el: XmlElement, controls: ControlRef[], table: TableRef | undefined): void {
    for (const child of elementChildren(el)) {
      if (child.namespaceURI !== W_NS) continue;
      switch (child.localName) {
        case "p":
          this.paragraph(child, controls, table);
          break;
        case "tbl":
          this.table(child, controls);
          break;
        case "sdt":
          this.container(wChild(child, "sdtContent") ?? child, [...controls, this.control(child)], table);
          break;
        case "customXml":
        case "smartTag":
        case "ins":
          this.container(child, controls, table);
          break;
      }
    }
  }

  private table(tbl: XmlElement, controls: ControlRef[]): void {
    const table = this.tableCount++;
    let row = 0;
    const rows = (el: XmlElement): void => {
      for (const tr of elementChildren(el)) {
        if (tr.localName === "tr") {
          let cell = 0;
          const cells = (rowEl: XmlElement, ctl: ControlRef[]): void => {
            for (const tc of elementChildren(rowEl)) {
              if (tc.localName === "tc") this.container(tc, ctl, { table, row, cell: cell++ });
              else if (tc.localName === "sdt") cells(wChild(tc, "sdtContent") ?? tc, [...ctl, this.control(tc)]);
            }
          };
          cells(tr, controls);
          row++;
        } else if (tr.localName === "sdt") {
          rows(wChild(tr, "sdtContent") ?? tr);
        }
      }
    };
    rows(tbl);
  }

  private control(sdt: XmlElement): ControlRef {
    const pr = wChild(sdt, "sdtPr");
    return {
      tag: wVal(pr, "tag") ?? "",
      title: wVal(pr, "alias") ?? "",
      id: wVal(pr, "id") ?? `c${this.controlCount++}`,
    };
  }

  private paragraph(p: XmlElement, outer: ControlRef[], table: TableRef | undefined): void {
    const pPr = wChild(p, "pPr");
    const style = this.styles.resolve(wVal(pPr, "pStyle"));
    // The paragraph style's bold applies to runs; pPr/rPr formats only the paragraph mark.
    const styleBold = style.bold;
    const runs: Run[] = [];
    const controls = [...outer];
    this.runs(p, styleBold, runs, controls);
    const text = runs.map((r) => r.text).join("").replace(/\u00a0/g, " ").trim();

    const ownLevel = wVal(pPr, "outlineLvl");
    let level = style.level;
    if (ownLevel !== null) level = Number(ownLevel) <= 8 ? Number(ownLevel) + 1 : 0;
    const numPr = wChild(pPr, "numPr");
    const list = numPr ? wVal(numPr, "numId") !== "0" : style.list;

    const visible = runs.filter((r) => r.text.trim() !== "");
    const bold = visible.length > 0 && visible.every((r) => r.bold);
    let boldLead: string | undefined;
    if (!bold && visible.length > 1 && visible[0].bold) {
      let lead = "";
      for (const r of runs) {
        if (!r.bold && r.text.trim() !== "") break;
        lead += r.text;
      }
      boldLead = lead.trim() || undefined;
    }

    let kind: BlockKind = "paragraph";
    if (table) kind = "tableCell";
    else if (style.title) kind = "title";
    else if (level > 0 && text !== "") kind = "heading";
    else if (list) kind = "listItem";

    this.blocks.push({
      index: this.blocks.length,
      kind,
      level: kind === "heading" ? level : 0,
      style: style.name,
      text,
      bold,
      ...(boldLead ? { boldLead } : {}),
      ...(table ? { table } : {}),
      controls,
    });
  }

  /** Collects the visible text of a paragraph's runs, following hyperlinks, fields, insertions and inline controls. */
  private runs(el: XmlElement, styleBold: boolean, out: Run[], controls: ControlRef[]): void {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI !== W_NS) continue;
      switch (c.localName) {
        case "r": {
          const rPr = wChild(c, "rPr");
          const runBold = wToggle(rPr, "b");
          const charStyle = wVal(rPr, "rStyle");
          const bold = runBold ?? ((charStyle !== null && /strong|stark|fet|bold/i.test(charStyle)) || styleBold);
          let text = "";
          for (const t of elementChildren(c)) {
            if (t.namespaceURI !== W_NS) continue;
            if (t.localName === "t") text += t.textContent ?? "";
            else if (t.localName === "tab") text += "\t";
            else if (t.localName === "br" || t.localName === "cr") text += "\n";
            else if (t.localName === "noBreakHyphen") text += "-";
          }
          if (text) out.push({ text, bold });
          break;
        }
        case "sdt": {
          controls.push(this.control(c));
          this.runs(wChild(c, "sdtContent") ?? c, styleBold, out, controls);
          break;
        }
        case "hyperlink":
        case "fldSimple":
        case "ins":
        case "moveTo":
        case "smartTag":
        case "customXml":
        case "sdtContent":
          this.runs(c, styleBold, out, controls);
          break;
        // w:del and w:moveFrom (tracked removals), w:pPr and others carry no visible text.
      }
    }
  }
}
