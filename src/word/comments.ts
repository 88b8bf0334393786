// Reviewer comments in Word: a locked rich-text content control per comment, placed as its own
// paragraph after the text it is about (so it never splits or replaces the officer's words, nor
// partly overlaps another control), plus the full record in the review XML part.
// Every write reads the part afresh, changes only the one record it is about (every other byte
// of the part stays as it was, damaged records and parts included), checks the size before
// anything in the document changes, and starts again when another pane wrote in between.
import { tagOf, TAG_PREFIX, type ReviewComment } from "../review/model";
import { reconcile, type ReviewState } from "../review/reconcile";
import { appendChild, replaceSpan, type Span } from "../review/layout";
import { dropForbidden, readPart, serializeComment, serializeReview, type PartRead } from "../review/xml";
import type { WordApi } from "./gateway";
import { toProblem, WordFailure } from "./problems";
import { assertFits, commitPart, readReviewParts, WriteConflict, type StoredPart } from "./review-part";
import { paragraphText } from "./read";

export const COMMENT_TITLE = "Jämkoll-kommentar";

export type CommentAnchor = { kind: "selection" } | { kind: "block"; block: number; text: string } | { kind: "end" };

/** Which record a change is about: the comment's id and, when records share it, which copy. */
export interface CommentTarget {
  id: string;
  copy?: number;
}

/** How a comment reads in the document, made from its record as stored after the change. */
export type VisibleText = (c: ReviewComment) => string;

interface Snapshot {
  parts: StoredPart[];
  reads: PartRead[];
}

/** The part's text after a change, and the part it replaces (null: a new part). */
interface RecordWrite {
  old: StoredPart | null;
  xml: string;
}

interface Found {
  part: StoredPart;
  read: PartRead;
  span: Span | null;
  record: ReviewComment;
}

const ATTEMPTS = 8;
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 25 * (attempt + 1)));

/** The `copy`-th readable record with this id, counted across parts as reconcile() lists them. */
function find(snap: Snapshot, target: CommentTarget): Found | null {
  let copy = 0;
  for (let i = 0; i < snap.parts.length; i++) {
    for (const e of snap.reads[i].entries) {
      if (!e.record || e.record.id !== target.id) continue;
      if (copy++ === (target.copy ?? 0)) return { part: snap.parts[i], read: snap.reads[i], span: e.span, record: e.record };
    }
  }
  return null;
}

const gone = (id: string) => new WordFailure({ code: "stale", detail: `The record of comment ${id} is no longer in the document: it was changed or deleted in another window.` });

/** The write that puts `next` where `found` is, or removes it when `next` is null. */
function rewrite(found: Found, next: ReviewComment | null): RecordWrite {
  if (!found.span) throw new WordFailure({ code: "damaged", detail: `The record of comment ${found.record.id} is in a damaged review part; it is kept exactly as it is and cannot be changed.` });
  const xml = replaceSpan(found.part.xml, found.span, next ? serializeComment(next, found.read.prefixed) : "");
  assertFits(xml);
  return { old: found.part, xml };
}

/** The write that adds a record: into the first part that can be edited, else as a new part. */
function append(snap: Snapshot, record: ReviewComment): RecordWrite {
  const i = snap.reads.findIndex((r) => r.layout);
  const xml = i >= 0 ? appendChild(snap.parts[i].xml, snap.reads[i].layout!, serializeComment(record, snap.reads[i].prefixed)) : serializeReview([record]);
  assertFits(xml);
  return { old: i >= 0 ? snap.parts[i] : null, xml };
}

export class ReviewGateway {
  constructor(private readonly api: WordApi) {}

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.api.run(batch);
    } catch (e) {
      throw new WordFailure(toProblem(e));
    }
  }

  private async snapshot(): Promise<Snapshot> {
    const parts = await readReviewParts();
    return { parts, reads: parts.map((p) => readPart(p.xml)) };
  }

  /**
   * Plans a record write on a fresh read and commits it; when another pane wrote in between,
   * reads again and plans again. `plan` throws (too large, gone, damaged) before anything
   * changes, and returns a null write when there is nothing to store.
   */
  private async commit<T>(plan: (snap: Snapshot) => { write: RecordWrite | null; result: T }): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const snap = await this.snapshot();
      const { write, result } = plan(snap);
      if (!write) return result;
      try {
        await commitPart(snap.parts, write.old, write.xml);
        return result;
      } catch (e) {
        if (!(e instanceof WriteConflict)) throw e instanceof WordFailure ? e : new WordFailure(toProblem(e));
        if (attempt + 1 >= ATTEMPTS) throw new WordFailure({ code: "stale", detail: "Another window kept changing the review while this one tried to write." });
        await pause(attempt);
      }
    }
  }

  /** Every comment, from the controls and the record, reconciled (one sync). */
  async list(): Promise<ReviewState> {
    const controls = await this.run(async (context) => {
      const all = context.document.body.contentControls;
      all.load("items/tag,items/text");
      await context.sync();
      return all.items.filter((c) => c.tag.startsWith(TAG_PREFIX)).map((c) => ({ tag: c.tag, text: c.text }));
    });
    return reconcile(controls, (await readReviewParts()).map((p) => p.xml));
  }

  /** Adds a comment at the anchor; returns the record as stored (with the quoted text). */
  async add(comment: ReviewComment, visible: string, anchor: CommentAnchor): Promise<ReviewComment> {
    // The size first: a review too long for Word on the web must fail before the text changes.
    append(await this.snapshot(), comment);
    const quote = await this.insertControl(comment.id, visible, anchor);
    const saved = { ...comment, quote: comment.quote || quote.trim().slice(0, 300) };
    try {
      await this.commit((snap) => ({ write: find(snap, { id: saved.id }) ? null : append(snap, saved), result: undefined }));
    } catch (e) {
      // The record could not be stored: take the control away again rather than leave half a comment;
      // if Word refuses that too, say so (the pane then lists the comment from its visible text).
      const problem = toProblem(e);
      try {
        await this.removeControl(comment.id);
      } catch (cleanup) {
        throw new WordFailure({ ...problem, cleanup: toProblem(cleanup).detail });
      }
      throw e;
    }
    return saved;
  }

  /** Puts a detached comment (record, no control) back in the text at the selection; the record is not touched. */
  async reattach(target: CommentTarget, visible: VisibleText): Promise<void> {
    const found = find(await this.snapshot(), target);
    if (!found) throw gone(target.id);
    await this.insertControl(target.id, visible(found.record), { kind: "selection" });
  }

  /**
   * Changes one record — `change` gets the record as stored now, so what another pane added in
   * the meantime (replies, status changes) is kept — then its visible text. Returns the record.
   */
  async update(target: CommentTarget, change: (stored: ReviewComment) => ReviewComment, visible: VisibleText): Promise<ReviewComment> {
    const next = await this.commit((snap) => {
      const found = find(snap, target);
      if (!found) throw gone(target.id);
      const changed = change(found.record);
      return { write: changed === found.record ? null : rewrite(found, changed), result: changed };
    });
    // The text from the record as stored now: another pane may have written after us.
    const shown = find(await this.snapshot(), target)?.record ?? next;
    await this.run(async (context) => {
      for (const cc of await controlsTagged(context, tagOf(target.id))) {
        cc.cannotEdit = false;
        cc.insertText(visible(shown), "Replace");
        cc.cannotEdit = true;
      }
      await context.sync();
    });
    return next;
  }

  /**
   * Deletes a comment: its record (only the copy named), then its control unless another copy
   * of the record remains. A control whose record is unreadable goes; the damaged record stays.
   */
  async remove(target: CommentTarget): Promise<void> {
    const othersLeft = await this.commit((snap) => {
      const found = find(snap, target);
      const others = snap.reads.some((r) => r.entries.some((e) => e.record?.id === target.id && e.record !== found?.record));
      return { write: found ? rewrite(found, null) : null, result: others };
    });
    if (!othersLeft) await this.removeControl(target.id);
  }

  private async insertControl(id: string, visible: string, anchor: CommentAnchor): Promise<string> {
    return this.run(async (context) => {
      let target: Word.Paragraph;
      let quoteText = "";
      if (anchor.kind === "selection") {
        const paras = context.document.getSelection().paragraphs;
        const sel = context.document.getSelection();
        sel.load("text");
        paras.load("items/text");
        await context.sync();
        target = paras.items[paras.items.length - 1];
        quoteText = sel.text;
      } else {
        const paras = context.document.body.paragraphs;
        paras.load("items/text");
        await context.sync();
        // Word's text has U+000B for a soft line break and keeps non-breaking spaces; the model's has neither.
        const same = (p: Word.Paragraph | undefined) => p !== undefined && anchor.kind === "block" && paragraphText(p.text).text === paragraphText(anchor.text).text;
        const i = anchor.kind === "end" ? paras.items.length - 1 : same(paras.items[anchor.block]) ? anchor.block : paras.items.findIndex(same);
        if (i < 0) throw new WordFailure({ code: "changed", detail: "The text the comment is about has changed. Check again." });
        target = paras.items[i];
        quoteText = anchor.kind === "end" ? "" : anchor.text;
      }
      const p = target.insertParagraph(visible, "After");
      p.styleBuiltIn = Word.BuiltInStyleName.normal;
      const cc = p.getRange("Whole").insertContentControl();
      cc.tag = tagOf(id);
      cc.title = COMMENT_TITLE;
      cc.cannotDelete = true;
      cc.cannotEdit = true;
      await context.sync();
      return quoteText;
    });
  }

  private async removeControl(id: string): Promise<void> {
    await this.run(async (context) => {
      for (const cc of await controlsTagged(context, tagOf(id))) {
        cc.cannotDelete = false;
        cc.cannotEdit = false;
        cc.delete(false);
      }
      await context.sync();
    });
  }

  async goTo(id: string): Promise<void> {
    await this.run(async (context) => {
      const [first] = await controlsTagged(context, tagOf(id));
      if (!first) throw new WordFailure({ code: "changed", detail: "The comment's place in the text is gone (detached)." });
      first.getRange("Whole").select();
      await context.sync();
    });
  }

  /** Inserts the review summary as a table at the end of the document (WordApi 1.3). */
  async insertSummary(heading: string, rows: string[][]): Promise<void> {
    await this.run(async (context) => {
      const body = context.document.body;
      const h = body.insertParagraph(dropForbidden(heading), "End");
      h.styleBuiltIn = Word.BuiltInStyleName.heading2;
      body.insertTable(rows.length, rows[0].length, "End", rows.map((r) => r.map(dropForbidden)));
      await context.sync();
    });
  }
}

/** The content controls with this tag (one sync). */
async function controlsTagged(context: Word.RequestContext, tag: string): Promise<Word.ContentControl[]> {
  const all = context.document.body.contentControls;
  all.load("items/tag");
  await context.sync();
  return all.items.filter((c) => c.tag === tag);
}
