// Reads word/document.xml into the document model: paragraphs in order with heading level,
// bold, list and table flags, and the content controls around them. The XML is streamed: memory
// grows with the paragraphs kept, nesting and paragraph count are capped (limits.ts).
import type { Block, BlockKind, ControlRef, DocumentModel, TableRef } from "../analysis/model";
import { DocxError } from "./errors";
import { DEFAULT_LIMITS, formatCount, type DocxLimits } from "./limits";
import { DocxPackage } from "./package";
import { streamXml, toggleValue, wAttr, XmlTooDeepError, type Tag } from "./sax";
import { StyleSheet } from "./styles";
import type { RawInflater } from "./zip";
import { W_NS } from "./xml";

export function readDocx(bytes: Uint8Array, file: string, limits: DocxLimits = DEFAULT_LIMITS, inflate?: RawInflater): DocumentModel {
  return readPackage(DocxPackage.open(bytes, file, limits, inflate));
}

export function readPackage(pkg: DocxPackage): DocumentModel {
  const { file, limits } = pkg;
  const partError = (part: string, what: string, e: unknown): DocxError => {
    if (e instanceof DocxError) return e;
    if (e instanceof XmlTooDeepError) return new DocxError("too-deep", file, `${what} (${part}) is ${e.message}.`);
    return new DocxError("damaged", file, `${what} (${part}) is damaged: ${(e as Error).message}.`, { part, detail: (e as Error).message });
  };
  let styles: StyleSheet;
  try {
    styles = new StyleSheet(pkg.text("word/styles.xml"), limits.maxDepth);
  } catch (e) {
    throw partError("word/styles.xml", "the document's styles", e);
  }
  const reader = new BodyReader(styles, limits, file);
  try {
    streamXml(pkg.text("word/document.xml") ?? "", limits.maxDepth, reader);
  } catch (e) {
    throw partError("word/document.xml", "the document text", e);
  }
  if (!reader.sawBody) throw new DocxError("damaged", file, "the document text (word/document.xml) has no body.", { part: "word/document.xml", noBody: true });
  return { blocks: reader.blocks };
}

interface Run {
  text: string;
  /** w:b on the run, or null; resolved with the paragraph's style when the paragraph ends. */
  bold: boolean | null;
  strongStyle: boolean;
}

/** Direct properties of a paragraph, run or control: the first w:<name> child of each kind read. */
interface Props {
  tags: Map<string, Tag>;
  /** The children of w:numPr, in a paragraph's properties. */
  numPr?: Props;
}
const PROPERTIES = new Set(["pStyle", "outlineLvl", "numPr", "numId", "b", "rStyle", "tag", "alias", "id"]);
const props = (): Props => ({ tags: new Map() });
const propVal = (p: Props | undefined, name: string): string | null => {
  const t = p?.tags.get(name);
  return t ? wAttr(t, "val") : null;
};

/** A content control whose w:sdtPr is read before its content. */
interface SdtState {
  props: Props;
  control: ControlRef | null;
}

/** What an open element is to the reader; each decides how its children are read. */
type Frame =
  | { kind: "skip" }
  | { kind: "root" }
  /** Holds paragraphs and tables: the body, a block content control, a table cell. */
  | { kind: "blocks"; controls: ControlRef[]; table: TableRef | undefined; sdt?: SdtState }
  /** A table, or a content control around rows. */
  | { kind: "rows"; table: TableState; controls: ControlRef[] }
  /** A row, or a content control around cells. */
  | { kind: "cells"; table: TableState; row: number; cell: { next: number }; controls: ControlRef[]; sdt?: SdtState }
  | { kind: "paragraph"; p: ParagraphState }
  /** Inside a paragraph: a hyperlink, field, insertion, inline content control … */
  | { kind: "inline"; p: ParagraphState; sdt?: SdtState }
  | { kind: "run"; p: ParagraphState; run: Run; props: Props }
  | { kind: "text"; run: Run }
  | { kind: "props"; props: Props };

interface TableState {
  index: number;
  rows: number;
}

interface ParagraphState {
  pPr: Props;
  runs: Run[];
  controls: ControlRef[];
}

const INLINE = new Set(["hyperlink", "fldSimple", "ins", "moveTo", "smartTag", "customXml", "sdtContent"]);
const SKIP: Frame = { kind: "skip" };

class BodyReader {
  readonly blocks: Block[] = [];
  sawBody = false;
  private readonly stack: Frame[] = [];
  private tableCount = 0;
  private controlCount = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly limits: DocxLimits,
    private readonly file: string,
  ) {}

  open = (tag: Tag): void => {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(parent ? this.child(parent, tag) : { kind: "root" });
  };

  close = (): void => {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.kind === "paragraph") this.paragraph(frame.p);
    else if (frame.kind === "run" && frame.run.text) {
      const b = frame.props.tags.get("b");
      const charStyle = propVal(frame.props, "rStyle");
      frame.run.bold = b ? toggleValue(b) : null;
      frame.run.strongStyle = charStyle !== null && /strong|stark|fet|bold/i.test(charStyle);
      frame.p.runs.push(frame.run);
    } else if (frame.kind === "inline" && frame.sdt) frame.p.controls.push(this.control(frame.sdt));
    // An empty block control still takes its place in the numbering of controls without an id.
    else if ((frame.kind === "blocks" || frame.kind === "cells") && frame.sdt) this.control(frame.sdt);
  };

  text = (text: string): void => {
    const frame = this.stack[this.stack.length - 1];
    if (frame?.kind === "text") frame.run.text += text;
  };

  /** A block or cell content control's list of controls, with its own once its properties are read. */
  private settle(frame: { controls: ControlRef[]; sdt?: SdtState }): ControlRef[] {
    if (frame.sdt) {
      frame.controls = [...frame.controls, this.control(frame.sdt)];
      frame.sdt = undefined;
    }
    return frame.controls;
  }

  private child(parent: Frame, tag: Tag): Frame {
    if (tag.uri !== W_NS) return SKIP;
    const name = tag.local;
    switch (parent.kind) {
      case "root":
        if (name !== "body") return SKIP;
        this.sawBody = true;
        return { kind: "blocks", controls: [], table: undefined };
      case "blocks": {
        if (parent.sdt && name === "sdtPr") return { kind: "props", props: parent.sdt.props };
        const controls = this.settle(parent);
        switch (name) {
          case "p":
            return { kind: "paragraph", p: { pPr: props(), runs: [], controls: [...controls] } };
          case "tbl":
            return { kind: "rows", table: { index: this.tableCount++, rows: 0 }, controls };
          case "sdt":
            return { kind: "blocks", controls, table: parent.table, sdt: { props: props(), control: null } };
          case "sdtContent":
          case "customXml":
          case "smartTag":
          case "ins":
            return { kind: "blocks", controls, table: parent.table };
          default:
            return SKIP;
        }
      }
      case "rows":
        // A content control around rows adds no control to the cells (as Word JS reports them).
        if (name === "tr") return { kind: "cells", table: parent.table, row: parent.table.rows++, cell: { next: 0 }, controls: parent.controls };
        if (name === "sdt" || name === "sdtContent") return { ...parent };
        return SKIP;
      case "cells": {
        if (parent.sdt && name === "sdtPr") return { kind: "props", props: parent.sdt.props };
        const controls = this.settle(parent);
        if (name === "tc") return { kind: "blocks", controls, table: { table: parent.table.index, row: parent.row, cell: parent.cell.next++ } };
        if (name === "sdt") return { ...parent, controls, sdt: { props: props(), control: null } };
        if (name === "sdtContent") return { ...parent, controls };
        return SKIP;
      }
      case "paragraph":
      case "inline": {
        if (parent.kind === "paragraph" && name === "pPr") return { kind: "props", props: parent.p.pPr };
        if (parent.kind === "inline" && parent.sdt) {
          if (name === "sdtPr") return { kind: "props", props: parent.sdt.props };
          parent.p.controls.push(this.control(parent.sdt));
          parent.sdt = undefined;
        }
        if (name === "r") return { kind: "run", p: parent.p, run: { text: "", bold: null, strongStyle: false }, props: props() };
        if (name === "sdt") return { kind: "inline", p: parent.p, sdt: { props: props(), control: null } };
        if (INLINE.has(name)) return { kind: "inline", p: parent.p };
        // w:del and w:moveFrom (tracked removals), w:pPr and others carry no visible text.
        return SKIP;
      }
      case "run":
        if (name === "rPr") return { kind: "props", props: parent.props };
        if (name === "t") return { kind: "text", run: parent.run };
        if (name === "tab") parent.run.text += "\t";
        else if (name === "br" || name === "cr") parent.run.text += "\n";
        else if (name === "noBreakHyphen") parent.run.text += "-";
        return SKIP;
      case "props":
        if (!PROPERTIES.has(name) || parent.props.tags.has(name)) return SKIP;
        parent.props.tags.set(name, tag);
        if (name === "numPr") return { kind: "props", props: (parent.props.numPr = props()) };
        return SKIP;
      default:
        return SKIP;
    }
  }

  /** The control of a content control, made once from its properties. */
  private control(sdt: SdtState): ControlRef {
    if (!sdt.control) {
      const v = (name: string) => propVal(sdt.props, name);
      sdt.control = { tag: v("tag") ?? "", title: v("alias") ?? "", id: v("id") ?? `c${this.controlCount++}` };
    }
    return sdt.control;
  }

  private paragraph(p: ParagraphState): void {
    if (this.blocks.length >= this.limits.maxBlocks) {
      throw new DocxError("too-large", this.file, `the document is too large when unpacked: it has more than ${formatCount(this.limits.maxBlocks)} paragraphs.`);
    }
    const frame = this.stack[this.stack.length - 1];
    const table = frame?.kind === "blocks" ? frame.table : undefined;
    const style = this.styles.resolve(propVal(p.pPr, "pStyle"));
    // The paragraph style's bold applies to runs; pPr/rPr formats only the paragraph mark.
    const runs = p.runs.map((r) => ({ text: r.text, bold: r.bold ?? (r.strongStyle || style.bold) }));
    const text = runs.map((r) => r.text).join("").replace(/\u00a0/g, " ").trim();
    const ownLevel = propVal(p.pPr, "outlineLvl");
    let level = style.level;
    if (ownLevel !== null) level = Number(ownLevel) <= 8 ? Number(ownLevel) + 1 : 0;
    const list = p.pPr.tags.has("numPr") ? propVal(p.pPr.numPr, "numId") !== "0" : style.list;
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
      controls: p.controls,
    });
  }
}
