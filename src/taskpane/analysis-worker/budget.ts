// Analysis with a time budget: the document and pack go to a worker; when no answer comes within
// the budget the worker is terminated (a fresh one starts for the next check) and the check fails
// with AnalysisTimeout, so the pane can set the pack aside. Where no worker can start (an old
// host, a content-security policy, a missing file), the analysis runs in this thread as before.
import type { Report } from "../../analysis/report";
import { AnalysisTimeout, analyzeInThisThread as analyze, type Analyzer } from "../../word/analyzer";
import type { AnalysisReply, AnalysisWorker } from "./protocol";

/** Far above any real proposal (the 2,000-paragraph one takes a fraction of a second), far below a frozen pane. */
export const ANALYSIS_BUDGET_MS = 5000;

class WorkerFailed extends Error {
  constructor() {
    super("The analysis worker stopped.");
  }
}

interface Waiting {
  resolve(report: Report): void;
  reject(error: Error): void;
}

export function budgetedAnalyzer(start: () => AnalysisWorker | Promise<AnalysisWorker>, budgetMs = ANALYSIS_BUDGET_MS): Analyzer {
  let worker: Promise<AnalysisWorker> | null = null;
  // No worker has ever answered and one failed: workers cannot run here.
  let unavailable = false;
  let answered = false;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const stop = (w: AnalysisWorker, error: (id: number) => Error) => {
    w.terminate();
    worker = null;
    for (const [id, p] of waiting) p.reject(error(id));
    waiting.clear();
  };
  const get = (): Promise<AnalysisWorker> =>
    (worker ??= Promise.resolve()
      .then(start)
      .then((w) => {
        w.onmessage = ({ data }: { data: AnalysisReply }) => {
          answered = true;
          const p = waiting.get(data.id);
          waiting.delete(data.id);
          if (!p) return;
          if ("report" in data) p.resolve(data.report);
          else p.reject(new Error(data.error));
        };
        w.onerror = () => {
          if (!answered) unavailable = true;
          stop(w, () => new WorkerFailed());
        };
        return w;
      }));

  const inWorker = async (model: Parameters<Analyzer>[0], pack: Parameters<Analyzer>[1]): Promise<Report> => {
    let w: AnalysisWorker;
    try {
      w = await get();
    } catch {
      worker = null;
      unavailable = true;
      throw new WorkerFailed();
    }
    const id = ++nextId;
    return new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(() => stop(w, () => new AnalysisTimeout(pack, budgetMs)), budgetMs);
      waiting.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      w.postMessage({ id, model, pack });
    });
  };

  return async (model, pack) => {
    if (unavailable) return analyze(model, pack);
    try {
      return await inWorker(model, pack);
    } catch (e) {
      if (e instanceof WorkerFailed && unavailable) return analyze(model, pack);
      throw e;
    }
  };
}
