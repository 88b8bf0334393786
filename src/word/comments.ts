// Reviewer comments in Word: a locked rich-text content control per comment, placed as its own
// paragraph after the text it is about (so it never splits or replaces the officer's words, nor
// partly overlaps another control), plus the full record in the review XML part.
import { tagOf, TAG_PREFIX, type ReviewComment } from "../review/model";
import { reconcile, type ReviewState } from "../review/reconcile";
import { parseReview, serializeReview } from "../review/xml";
import type { WordApi } from "./gateway";
import { toProblem, WordFailure } from "./problems";
import { assertFits, readReviewParts, writeReviewPart } from "./review-part";

export const COMMENT_TITLE = "Jämkoll-kommentar";

export type CommentAnchor = { kind: "selection" } | { kind: "block"; block: number; text: string } | { kind: "end" };

export class ReviewGateway {
  constructor(private readonly api: WordApi) {}

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.api.run(batch);
    } catch (e) {
      throw new WordFailure(toProblem(e));
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
    return reconcile(controls, await readReviewParts());
  }

  /** The stored records: they live in the XML part alone, so no Word round trip is needed. */
  private async records(): Promise<ReviewComment[]> {
    return (await readReviewParts()).flatMap((xml) => parseReview(xml).records);
  }

  private async saveRecords(records: ReviewComment[]): Promise<void> {
    await writeReviewPart(serializeReview(records));
  }

  /** Adds a comment at the anchor; returns the quoted text. */
  async add(comment: ReviewComment, visible: string, anchor: CommentAnchor): Promise<ReviewComment> {
    const others = await this.records();
    const xml = [...others.filter((r) => r.id !== comment.id)];
    // Check the size first: a review too long for Word on the web must fail before the text changes.
    assertFits(serializeReview([...xml, comment]));
    const quote = await this.run(async (context) => {
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
        const i = anchor.kind === "end" ? paras.items.length - 1 : paras.items[anchor.block]?.text.trim() === anchor.text.trim() ? anchor.block : paras.items.findIndex((p) => p.text.trim() === anchor.text.trim());
        if (i < 0) throw new WordFailure({ code: "changed", detail: "The text the comment is about has changed. Check again." });
        target = paras.items[i];
        quoteText = anchor.kind === "end" ? "" : anchor.text;
      }
      const p = target.insertParagraph(visible, "After");
      p.styleBuiltIn = Word.BuiltInStyleName.normal;
      const cc = p.getRange("Whole").insertContentControl();
      cc.tag = tagOf(comment.id);
      cc.title = COMMENT_TITLE;
      cc.cannotDelete = true;
      cc.cannotEdit = true;
      await context.sync();
      return quoteText;
    });
    const saved = { ...comment, quote: comment.quote || quote.trim().slice(0, 300) };
    try {
      await this.saveRecords([...xml, saved]);
    } catch (e) {
      // The record could not be stored: take the control away again rather than leave half a comment.
      await this.removeControl(comment.id).catch(() => undefined);
      throw e;
    }
    return saved;
  }

  /** Rewrites a comment's visible text (unlocking it only for the change) and its record. */
  async update(comment: ReviewComment, visible: string): Promise<void> {
    const records = await this.records();
    const next = records.some((r) => r.id === comment.id) ? records.map((r) => (r.id === comment.id ? comment : r)) : [...records, comment];
    assertFits(serializeReview(next));
    await this.run(async (context) => {
      for (const cc of await controlsTagged(context, tagOf(comment.id))) {
        cc.cannotEdit = false;
        cc.insertText(visible, "Replace");
        cc.cannotEdit = true;
      }
      await context.sync();
    });
    await this.saveRecords(next);
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

  /** Deletes a comment: its control and its record. */
  async remove(id: string): Promise<void> {
    const records = await this.records();
    await this.removeControl(id);
    await this.saveRecords(records.filter((r) => r.id !== id));
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
      const h = body.insertParagraph(heading, "End");
      h.styleBuiltIn = Word.BuiltInStyleName.heading2;
      body.insertTable(rows.length, rows[0].length, "End", rows);
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
