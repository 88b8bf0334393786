// Word errors as values the pane can explain: what happened and what the officer can do.
export type WordProblemCode = "protected" | "refused" | "requirement" | "changed" | "conflict" | "too-large" | "stale" | "damaged" | "unknown";

export interface WordProblem {
  code: WordProblemCode;
  /** Technical detail for the log and the "details" line; the pane words the message. */
  detail: string;
  /** When taking back a half-done change failed too: what Word said. The pane tells the officer to look. */
  cleanup?: string;
}

export class WordFailure extends Error {
  constructor(readonly problem: WordProblem) {
    super(problem.detail);
    this.name = "WordFailure";
  }
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string };
}

export function toProblem(e: unknown): WordProblem {
  if (e instanceof WordFailure) return e.problem;
  const err = (e ?? {}) as OfficeErrorLike;
  const where = err.debugInfo?.errorLocation ? ` (${err.debugInfo.errorLocation})` : "";
  const detail = `${err.code ?? "Error"}: ${err.message ?? String(e)}${where}`;
  switch (err.code) {
    case "AccessDenied":
    case "EditModeCannotBeEnabled":
      return { code: "protected", detail };
    case "ApiNotFound":
    case "NotImplemented":
      return { code: "requirement", detail };
    case "ItemNotFound":
    case "InvalidArgument":
      return { code: "changed", detail };
    case "GeneralException":
      // Word says no more than "GeneralException" when it refuses a change: a document open for
      // viewing (office-js #5484), protected, or a locked control. The pane names all three.
      return { code: "refused", detail };
    default:
      return { code: "unknown", detail };
  }
}
