// Word errors as values the pane can explain: what happened and what the officer can do.
export type WordProblemCode = "protected" | "requirement" | "changed" | "conflict" | "too-large" | "stale" | "damaged" | "unknown";

export interface WordProblem {
  code: WordProblemCode;
  /** Technical detail for the log and the "details" line; the pane words the message. */
  detail: string;
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
}

export function toProblem(e: unknown): WordProblem {
  if (e instanceof WordFailure) return e.problem;
  const err = (e ?? {}) as OfficeErrorLike;
  const detail = `${err.code ?? "Error"}: ${err.message ?? String(e)}`;
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
      return { code: /overlap|locked|content control/i.test(err.message ?? "") ? "conflict" : "unknown", detail };
    default:
      return { code: "unknown", detail };
  }
}
