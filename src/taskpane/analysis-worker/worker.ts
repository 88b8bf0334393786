// The analysis worker's entry (bundled by webpack as its own chunk): the analyser off the pane's
// UI thread, so a pattern that runs too long can be stopped by terminating the worker.
import { answer } from "./answer";
import type { AnalysisRequest } from "./protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e) => scope.postMessage(answer(e.data));
