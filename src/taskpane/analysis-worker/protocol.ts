// The messages between the pane and its analysis worker.
import type { DocumentModel } from "../../analysis/model";
import type { Report } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";

export interface AnalysisRequest {
  id: number;
  model: DocumentModel;
  pack: GuidancePack;
}

export type AnalysisReply = { id: number; report: Report } | { id: number; error: string };

/** What the pane needs of a Worker (a real one, or a stand-in in tests). */
export interface AnalysisWorker {
  postMessage(request: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: { data: AnalysisReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
