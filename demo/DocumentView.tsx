// The open document as Word would show it: headings, lists, tables, content controls, and the
// marks Jämkoll made (annotations, temporary highlights, yellow highlight), and the selection.
import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, type FC, type ReactNode } from "react";
import type { HostDocument, HostParagraph } from "../word-host/document";

const useStyles = makeStyles({
  page: {
    maxWidth: "46em",
    margin: "0 auto",
    padding: "48px 56px",
    backgroundColor: "#fff",
    color: "#222",
    boxShadow: tokens.shadow8,
    minHeight: "80vh",
    lineHeight: 1.5,
    fontFamily: "Calibri, 'Segoe UI', sans-serif",
  },
  control: { border: "1px solid #7a8fd6", padding: "0 4px", margin: "2px 0", position: "relative", borderRadius: "2px" },
  controlTag: { position: "absolute", top: "-0.9em", left: "4px", fontSize: "10px", backgroundColor: "#e8ecfb", color: "#2a3a85", padding: "0 3px" },
  annotation: { textDecorationLine: "underline", textDecorationStyle: "wavy", textDecorationColor: "#8f6bd6" },
  temp: { backgroundColor: "#cfe3ff" },
  selected: { outline: "2px solid #0f6cbd", outlineOffset: "1px" },
  cell: { border: "1px solid #999", padding: "4px 6px", verticalAlign: "top" },
  table: { borderCollapse: "collapse", margin: "8px 0" },
  p: { margin: "0 0 8px 0", whiteSpace: "pre-wrap" },
});

export interface DocumentViewProps {
  doc: HostDocument;
  onEdit: (paragraphId: number, text: string) => void;
}

export const DocumentView: FC<DocumentViewProps> = ({ doc, onEdit }) => {
  const styles = useStyles();
  const sel = doc.selection;

  const spans = (p: HostParagraph): ReactNode[] => {
    const out: ReactNode[] = [];
    const ann = doc.annotations.filter((a) => a.para === p.id);
    const temp = doc.temporaryHighlights.filter((h) => doc.order(h.start) <= doc.order({ para: p.id, offset: p.text.length }) && doc.order({ para: p.id, offset: 0 }) <= doc.order(h.end));
    const inSel = (i: number) => sel !== null && doc.order(sel.start) <= doc.order({ para: p.id, offset: i }) && doc.order({ para: p.id, offset: i }) < doc.order(sel.end);
    let i = 0;
    while (i < p.text.length) {
      const key = (k: number) => [p.bold[k], p.highlight[k], ann.some((a) => k >= a.start && k < a.start + a.length), temp.length > 0, inSel(k)].join("|");
      let j = i + 1;
      while (j < p.text.length && key(j) === key(i)) j++;
      const annotated = ann.some((a) => i >= a.start && i < a.start + a.length);
      const className = [annotated ? styles.annotation : "", temp.length ? styles.temp : "", inSel(i) ? styles.selected : ""].join(" ");
      out.push(
        <span key={i} className={className} style={{ fontWeight: p.bold[i] ? 700 : undefined, backgroundColor: p.highlight[i] ? (p.highlight[i] === "yellow" ? "#ffff00" : p.highlight[i]!) : undefined }} data-mark={annotated ? "annotation" : temp.length ? "highlight" : p.highlight[i] ? "reversible" : undefined}>
          {p.text.slice(i, j)}
        </span>,
      );
      i = j;
    }
    return out;
  };

  const paragraph = (p: HostParagraph): ReactNode => {
    const st = doc.styles.resolve(p.styleId);
    const Tag = (st.title ? "h1" : st.level > 0 ? `h${Math.min(st.level + 1, 6)}` : "p") as "p";
    const style = st.title ? { fontSize: "26px", margin: "0 0 16px" } : st.level > 0 ? { fontSize: `${Math.max(20 - st.level * 2, 14)}px`, color: "#1f3864", margin: "14px 0 6px" } : undefined;
    const content = (
      <Tag
        className={styles.p}
        style={style}
        contentEditable
        suppressContentEditableWarning
        data-paragraph={p.id}
        onBlur={(e) => {
          const text = (e.currentTarget.textContent ?? "").replace(/\n/g, " ");
          if (text !== p.text) onEdit(p.id, text);
        }}
      >
        {p.list ? "• " : ""}
        {spans(p)}
      </Tag>
    );
    const controls = doc.controls.filter((c) => c.kind === "block" && c.start.para === p.id && c.tag !== "jamkoll:mark");
    return controls.reduce<ReactNode>(
      (inner, c) => (
        <div className={styles.control} data-control={c.tag}>
          <span className={styles.controlTag}>{c.title || c.tag}</span>
          {inner}
        </div>
      ),
      content,
    );
  };

  // Tables: group consecutive table paragraphs by table, row and cell.
  const out: ReactNode[] = [];
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; ) {
    const p = ps[i];
    if (!p.table) {
      out.push(<Fragment key={p.id}>{paragraph(p)}</Fragment>);
      i++;
      continue;
    }
    const t = p.table.table;
    const rows: HostParagraph[][][] = [];
    let j = i;
    while (j < ps.length && ps[j].table?.table === t) {
      const q = ps[j];
      rows[q.table!.row] ??= [];
      (rows[q.table!.row][q.table!.cell] ??= []).push(q);
      j++;
    }
    out.push(
      <table key={p.id} className={styles.table}>
        <tbody>
          {rows.map((r, ri) => (
            <tr key={ri}>
              {r.map((cell, ci) => (
                <td key={ci} className={styles.cell}>
                  {cell.map((q) => (
                    <Fragment key={q.id}>{paragraph(q)}</Fragment>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>,
    );
    i = j;
  }
  return (
    <article className={styles.page} aria-label="Dokument">
      {out}
    </article>
  );
};
