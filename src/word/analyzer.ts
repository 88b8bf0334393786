// How the gateway analyses a document it has read: in this thread by default; the pane passes
// an analyser that runs in a Web Worker with a time budget (src/taskpane/analysis-worker).
import type { DocumentModel } from "../analysis/model";
import type { Report } from "../analysis/report";
import type { GuidancePack } from "../guidance/schema";

export type Analyzer = (model: DocumentModel, pack: GuidancePack) => Report | Promise<Report>;

/** The analysis ran past its time budget with this pack. Not Word's error: the gateway lets it through unchanged. */
export class AnalysisTimeout extends Error {
  constructor(
    readonly pack: GuidancePack,
    readonly budgetMs: number,
  ) {
    super(`The analysis with guidance ${pack.id} ${pack.version} took longer than ${budgetMs / 1000} s.`);
    this.name = "AnalysisTimeout";
  }
}
