// The Word side of the pane: check (read, analyse, mark), go to a finding, insert the section
// or the questions, clear marks. The only place the pane reaches Word from; every Word error
// comes back as a WordFailure with a problem the pane can explain.
import { analyze } from "../analysis/analyze";
import type { DocumentModel } from "../analysis/model";
import type { BlockRange, Report } from "../analysis/report";
import type { GuidancePack } from "../guidance/schema";
import { queueInsertion, queueRemoval, type Insertion } from "./insert";
import { blocksToMark, loadReversibleMarks, markingModeFor, queueClearMarks, queueMarks, type MarkState, type MarkingMode } from "./marks";
import { planQuestionInsertion, planSectionInsertion, planTemplateInsertion, type InsertionPlan } from "./plan";
import { toProblem, WordFailure } from "./problems";
import { loadParagraphs, modelFromParagraphs } from "./read";

export interface WordApi {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host supports WordApi at this version. */
  supports(version: string): boolean;
}

export function officeWordApi(): WordApi {
  return {
    run: (batch) => Word.run(batch),
    supports: (v) => Office.context.requirements.isSetSupported("WordApi", v),
  };
}

export interface CheckResult {
  report: Report;
  model: DocumentModel;
  markingMode: MarkingMode;
}

export class WordGateway {
  private marks: MarkState | null = null;
  private mode: MarkingMode;

  constructor(private readonly api: WordApi = officeWordApi()) {
    this.mode = markingModeFor(api.supports);
  }

  get markingMode(): MarkingMode {
    return this.mode;
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.api.run(batch);
    } catch (e) {
      throw new WordFailure(toProblem(e));
    }
  }

  /** Reads the document (one sync), analyses it, replaces the marks (one sync). */
  async check(pack: GuidancePack, options: { mark?: boolean } = {}): Promise<CheckResult> {
    const mark = options.mark ?? true;
    const result = await this.run(async (context) => {
      const paragraphs = loadParagraphs(context);
      const stale = this.mode === "reversible" ? loadReversibleMarks(context) : null;
      await context.sync();
      const model = modelFromParagraphs(paragraphs);
      const report = analyze(model, pack);
      queueClearMarks(context, this.mode, this.marks, stale);
      this.marks = null;
      const state = mark ? queueMarks(context, this.mode, paragraphs, blocksToMark(report)) : null;
      try {
        await context.sync();
      } catch (e) {
        // Annotations need a Microsoft 365 subscription; without one, fall back to the next mode.
        if (this.mode === "annotations" && toProblem(e).code !== "protected" && this.api.supports("1.8")) {
          this.mode = "highlight";
          this.marks = mark ? queueMarks(context, this.mode, paragraphs, blocksToMark(report)) : null;
          await context.sync();
          return { report, model };
        }
        // Marks are a help, not the result: the check stands even when Word refuses them.
        if (toProblem(e).code === "protected") return { report, model };
        throw e;
      }
      this.marks = state;
      return { report, model };
    });
    return { ...result, markingMode: this.mode };
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      const stale = loadReversibleMarks(context);
      await context.sync();
      queueClearMarks(context, this.mode, this.marks, stale);
      this.marks = null;
      await context.sync();
    });
  }

  /** Selects (and so scrolls to) a block, or a phrase in it, checking that the text is still there. */
  async goTo(blocks: BlockRange, expected: { text: string; phrase?: string }): Promise<void> {
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const items = paragraphs.items;
      const same = (i: number) => items[i] && items[i].text.trim() === expected.text.trim();
      const index = same(blocks.start) ? blocks.start : items.findIndex((_, i) => same(i));
      if (index < 0) throw new WordFailure({ code: "changed", detail: "The text has changed since the check. Check again." });
      const target = expected.phrase ? items[index].search(expected.phrase, { matchCase: true }).getFirst() : items[index].getRange("Whole");
      target.select();
      await context.sync();
    });
  }

  private async insert(plan: (model: DocumentModel, report: Report) => InsertionPlan, pack: GuidancePack): Promise<Insertion> {
    let inserted: Insertion | null = null;
    try {
      return await this.run(async (context) => {
        const paragraphs = loadParagraphs(context);
        await context.sync();
        const model = modelFromParagraphs(paragraphs);
        inserted = queueInsertion(context, paragraphs, model, plan(model, analyze(model, pack)));
        await context.sync();
        return inserted;
      });
    } catch (e) {
      if (inserted) await this.removeInsertion(inserted, true).catch(() => undefined);
      throw e;
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
