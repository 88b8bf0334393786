// The worker's one job: analyse the document with the pack and answer, or say what failed.
import { analyze } from "../../analysis/analyze";
import type { AnalysisReply, AnalysisRequest } from "./protocol";

export function answer(request: AnalysisRequest): AnalysisReply {
  try {
    return { id: request.id, report: analyze(request.model, request.pack) };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}
