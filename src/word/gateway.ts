// The Word side of the pane: check (read, analyse, mark), go to a finding, insert the section
// or the questions, clear marks. The only place the pane reaches Word from; every Word error
// comes back as a WordFailure with a problem the pane can explain. A check never changes the
// document: marks live outside the file (annotations, temporary highlight) or not at all.
import { AnalysisTimeout, analyzeInThisThread, type Analyzer } from "./analyzer";
import { COMMENT_TAG_PREFIX, type DocumentModel } from "../analysis/model";
import type { BlockRange, Report } from "../analysis/report";
import type { GuidancePack } from "../guidance/schema";
import { queueInsertion, queueRemoval, type Insertion } from "./insert";
import { fallbackMode, markingModeFor, marksFor, queueClearMarks, queueMarks, type MarkState, type MarkTarget, type MarkingMode } from "./marks";
import { planQuestionInsertion, planSectionInsertion, planTemplateInsertion, type InsertionPlan } from "./plan";
import { toProblem, WordFailure } from "./problems";
import { deletionsOf, fingerprint, inLockedControl, loadDeletions, paragraphText, readDocumentModel } from "./read";
import { selectSpan } from "./select";

export interface WordApi {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch in the context of an object made earlier (to remove event handlers where they were added). */
  runIn?<T>(object: OfficeExtension.ClientObject, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host supports WordApi at this version. */
  supports(version: string): boolean;
}

export function officeWordApi(): WordApi {
  return {
    run: (batch) => Word.run(batch),
    runIn: (object, batch) => Word.run(object, batch),
    supports: (v) => Office.context.requirements.isSetSupported("WordApi", v),
  };
}

/**
 * One door to Word: batches run one after another, in the order asked, whoever asks (the
 * checker, the reviewer's comments, the administrator's preview, the change watcher).
 */
export function serialWordApi(api: WordApi): WordApi {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(start: () => Promise<T>): Promise<T> => {
    const next = tail.then(start, start);
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    run: (batch) => queued(() => api.run(batch)),
    ...(api.runIn ? { runIn: <T>(object: OfficeExtension.ClientObject, batch: (context: Word.RequestContext) => Promise<T>) => queued(() => api.runIn!(object, batch)) } : {}),
    supports: (v) => api.supports(v),
  };
}

export interface CheckResult {
  report: Report;
  model: DocumentModel;
  markingMode: MarkingMode;
  /** The text's fingerprint when it was checked: a change event re-checks only when it differs. */
  fingerprint: string;
}

/** Where to go: a block's text as the check saw it, and optionally a span (model offsets) or a phrase in it. */
export interface GoToTarget {
  text: string;
  phrase?: string;
  start?: number;
  end?: number;
}

export class WordGateway {
  private marks: MarkState | null = null;
  private mode: MarkingMode;

  constructor(
    private readonly api: WordApi = officeWordApi(),
    /** In this thread by default; the pane passes a worker with a time budget. */
    private readonly analyze: Analyzer = analyzeInThisThread,
  ) {
    this.mode = markingModeFor(api.supports);
  }

  get markingMode(): MarkingMode {
    return this.mode;
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.api.run(batch);
    } catch (e) {
      if (e instanceof AnalysisTimeout) throw e;
      throw new WordFailure(toProblem(e));
    }
  }

  private get trackedChanges(): boolean {
    return this.api.supports("1.6");
  }

  /**
   * Reads the document (one sync; two where tracked deletions must be left out) and analyses it.
   * With `mark`, replaces this pane's marks (one more sync); without, leaves them as they are.
   */
  async check(pack: GuidancePack, options: { mark?: boolean } = {}): Promise<CheckResult> {
    const mark = options.mark ?? true;
    const result = await this.run(async (context) => {
      const { model, paragraphs, deletions } = await readDocumentModel(context, this.trackedChanges);
      const report = await this.analyze(model, pack);
      const print = fingerprint(paragraphs.items.map((p) => p.text));
      const rawOffsets = (i: number) => paragraphText(paragraphs.items[i].text, deletionsOf(deletions[i])).map;
      if (mark) await this.remark(context, paragraphs, marksFor(report), rawOffsets);
      return { report, model, fingerprint: print };
    });
    return { ...result, markingMode: this.mode };
  }

  /** The text's fingerprint (one sync, read only). */
  async fingerprint(): Promise<string> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return fingerprint(paragraphs.items.map((p) => p.text));
    });
  }

  /**
   * Replaces the marks. Marks are a help, not the result: when Word refuses a mode (annotations
   * without Microsoft 365, a document open for viewing), the next one is tried, down to the list.
   */
  private async remark(context: Word.RequestContext, paragraphs: Word.ParagraphCollection, targets: MarkTarget[], rawOffsets: (block: number) => number[]): Promise<void> {
    const old = this.marks;
    this.marks = null;
    if (old) {
      queueClearMarks(context, old);
      // Old marks may be gone already (Word drops annotations on the text the officer deleted).
      await context.sync().catch(() => undefined);
    }
    // Annotations may give way to highlight, and highlight to the list: two tries at most.
    if (this.mode !== "list" && !(await this.tryMarks(context, paragraphs, targets, rawOffsets))) {
      this.mode = fallbackMode(this.mode, this.api.supports);
      if (this.mode !== "list" && !(await this.tryMarks(context, paragraphs, targets, rawOffsets))) this.mode = "list";
    }
  }

  private async tryMarks(context: Word.RequestContext, paragraphs: Word.ParagraphCollection, targets: MarkTarget[], rawOffsets: (block: number) => number[]): Promise<boolean> {
    const state = queueMarks(this.mode, paragraphs, targets, rawOffsets);
    try {
      await context.sync();
      this.marks = state;
      return true;
    } catch {
      // Take away whatever part of this mode Word applied before it refused.
      queueClearMarks(context, { mode: this.mode, annotationIds: [] });
      await context.sync().catch(() => undefined);
      return false;
    }
  }

  async clearMarks(): Promise<void> {
    if (!this.marks) return;
    const old = this.marks;
    this.marks = null;
    await this.run(async (context) => {
      queueClearMarks(context, old);
      await context.sync();
    });
  }

  /** Selects (and so scrolls to) a block, or a phrase or span in it, checking that the text is still there. */
  async goTo(blocks: BlockRange, expected: GoToTarget): Promise<void> {
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      let items = paragraphs.items;
      let deletions: Word.TrackedChangeCollection[] = [];
      const want = expected.text.trim();
      const textOf = (i: number) => paragraphText(items[i].text, deletionsOf(deletions[i]));
      const find = () => (items[blocks.start] && textOf(blocks.start).text === want ? blocks.start : items.findIndex((_, i) => textOf(i).text === want));
      let index = find();
      if (index < 0 && this.trackedChanges) {
        // Word on the web keeps tracked deletions in the text: compare without them.
        deletions = loadDeletions(paragraphs);
        await context.sync();
        items = paragraphs.items;
        index = find();
      }
      if (index < 0) throw new WordFailure({ code: "changed", detail: "The text has changed since the check. Check again." });
      const { text, map } = textOf(index);
      let start = expected.start;
      let end = expected.end;
      if ((start === undefined || end === undefined) && expected.phrase) {
        const at = text.indexOf(expected.phrase);
        if (at >= 0) [start, end] = [at, at + expected.phrase.length];
      }
      const span = start !== undefined && end !== undefined && start >= 0 && end > start && end <= text.length ? { from: map[start], to: map[end - 1] + 1 } : null;
      const target = span ? await selectSpan(context, items[index], items[index].text, span.from, span.to) : null;
      (target ?? items[index].getRange("Whole")).select();
      await context.sync();
    });
  }

  private async insert(plan: (model: DocumentModel, report: Report) => InsertionPlan, pack: GuidancePack): Promise<Insertion> {
    let inserted: Insertion | null = null;
    try {
      return await this.run(async (context) => {
        const { model, paragraphs } = await readDocumentModel(context, this.trackedChanges);
        const p = plan(model, await this.analyze(model, pack));
        const anchor = p.anchor === null ? null : paragraphs.items[p.anchor];
        // Word refuses to write inside a locked control: say so before anything is written.
        if (anchor && inLockedControl(anchor, COMMENT_TAG_PREFIX)) throw new WordFailure({ code: "conflict", detail: "The place to insert lies in a content control locked against editing." });
        inserted = queueInsertion(context, paragraphs, model, p);
        await context.sync();
        return inserted;
      });
    } catch (e) {
      if (!inserted) throw e;
      // Word may have applied the first few paragraphs before it failed: take them away again.
      const problem = toProblem(e);
      try {
        await this.removeInsertion(inserted, true);
      } catch (cleanup) {
        throw new WordFailure({ ...problem, cleanup: toProblem(cleanup).detail });
      }
      throw new WordFailure(problem);
    }
  }

  /** Inserts the section where the pack says (missing), or its template under an empty heading. */
  async insertSection(pack: GuidancePack, sectionId: string): Promise<Insertion> {
    const section = pack.sections.find((s) => s.id === sectionId);
    if (!section) throw new WordFailure({ code: "unknown", detail: `The guidance has no section "${sectionId}".` });
    return this.insert((model, report) => {
      const s = report.sections.find((x) => x.id === sectionId)!;
      return s.status === "missing" ? planSectionInsertion(model, section) : planTemplateInsertion(s, section);
    }, pack);
  }

  /** Inserts the checklist questions for a criterion (or the core ones) at the end of the section. */
  async insertQuestions(pack: GuidancePack, sectionId: string, criterion: string | null): Promise<Insertion> {
    const section = pack.sections.find((s) => s.id === sectionId);
    if (!section) throw new WordFailure({ code: "unknown", detail: `The guidance has no section "${sectionId}".` });
    return this.insert((_model, report) => {
      const s = report.sections.find((x) => x.id === sectionId)!;
      if (s.status === "missing") throw new WordFailure({ code: "changed", detail: "The section is missing: insert the section first." });
      return planQuestionInsertion(s, pack, section, criterion);
    }, pack);
  }

  /** Removes what an insertion wrote, if it is still there unchanged. Returns whether it was. */
  async removeInsertion(insertion: Insertion, partial = false): Promise<boolean> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const n = queueRemoval(paragraphs, insertion, partial);
      await context.sync();
      return n > 0;
    });
  }
}
