// How the gateway analyses a document it has read: in this thread by default; the pane passes
// an analyser that runs in a Web Worker with a time budget (src/taskpane/analysis-worker).
import type { DocumentModel } from "../analysis/model";
import type { Report } from "../analysis/report";
import type { GuidancePack } from "../guidance/schema";

export type Analyzer = (model: DocumentModel, pack: GuidancePack) => Report | Promise<Report>;

/**
 * The analysis in this thread, its code loaded on first use: the pane analyses in a worker and
 * needs it only where no worker can start, so its bundle does not carry the analyser twice.
 */
export const analyzeInThisThread: Analyzer = (model, pack) => import(/* webpackChunkName: "jamkoll-analysis-here" */ "../analysis/analyze").then((m) => m.analyze(model, pack));

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
