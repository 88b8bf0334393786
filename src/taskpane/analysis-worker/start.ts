// Starts the analysis worker. Loaded with import() so that only the browser build meets
// `import.meta` (webpack turns this into the worker's own chunk on the pane's origin).
import type { AnalysisWorker } from "./protocol";

export function startAnalysisWorker(): AnalysisWorker {
  return new Worker(new URL("./worker.ts", import.meta.url), { name: "jamkoll-analysis" }) as unknown as AnalysisWorker;
}
