// The officer's session with one document: check, act on findings, re-check while writing.
// Every Word action waits its turn in one queue (never two at once, none dropped); a change
// signal re-checks only when the text's fingerprint differs from the last check's.
import { useCallback, useEffect, useRef, useState } from "react";
import type { GuidancePack } from "../../guidance/schema";
import type { CheckResult, GoToTarget } from "../../word/gateway";
import type { Insertion } from "../../word/insert";
import { toProblem, type WordProblem } from "../../word/problems";
import { AnalysisTimeout } from "../../word/analyzer";
import type { PaneServices } from "../boot/services";

export type BusyWith = "check" | "insert" | "clear" | "goto" | "undo" | null;

export interface Notice {
  kind: "inserted" | "undone" | "undo-gone" | "stamp-failed";
  count?: number;
}

export interface CheckerState {
  result: CheckResult | null;
  busy: BusyWith;
  problem: WordProblem | null;
  notice: Notice | null;
  lastInsertion: Insertion | null;
}

export const AUTO_CHECK_KEY = "autoCheck";
export const AUTO_CHECK_DELAY_MS = 1500;

/** What the check learns about the pack: it worked within the time budget, or it was too slow. */
export interface PackOutcome {
  worked(pack: GuidancePack): void;
  tooSlow(pack: GuidancePack): void;
}

export function useChecker(services: PaneServices, pack: GuidancePack | null, outcome?: PackOutcome) {
  const [state, setState] = useState<CheckerState>({ result: null, busy: null, problem: null, notice: null, lastInsertion: null });
  const [autoCheck, setAutoCheckState] = useState(() => services.settings.get(AUTO_CHECK_KEY) !== "off");
  const packRef = useRef(pack);
  packRef.current = pack;
  // The queue: each task starts when the one before it has finished.
  const tail = useRef<Promise<void>>(Promise.resolve());
  // A check waiting in the queue (not started): later requests join it instead of queueing more.
  const pending = useRef<Promise<void> | null>(null);
  // Whether the waiting check must run even when the text looks unchanged (asked for by hand).
  const force = useRef(false);
  // The fingerprint of the text at the last check; null before the first.
  const checked = useRef<string | null>(null);
  const outcomeRef = useRef(outcome);
  outcomeRef.current = outcome;
  // The pack was set aside during a check: check again once the pack used instead arrives.
  const againWithNewPack = useRef(false);

  const enqueue = useCallback((task: () => Promise<void>): Promise<void> => {
    const next = tail.current.then(task);
    tail.current = next.catch(() => undefined);
    return next;
  }, []);

  const runCheck = useCallback(async () => {
    const current = packRef.current;
    if (!current) return;
    setState((s) => ({ ...s, busy: "check", problem: null }));
    try {
      const result = await services.word.check(current);
      checked.current = result.fingerprint;
      setState((s) => ({ ...s, result, busy: null }));
      outcomeRef.current?.worked(current);
    } catch (e) {
      if (e instanceof AnalysisTimeout && outcomeRef.current) {
        // The pack made the analysis run past its budget: it is set aside (with a notice) and
        // the check runs again with the pack used instead.
        againWithNewPack.current = true;
        setState((s) => ({ ...s, busy: null }));
        outcomeRef.current.tooSlow(e.pack);
        return;
      }
      setState((s) => ({ ...s, busy: null, problem: toProblem(e) }));
      return;
    }
    // Record which guidance checked the document; a failure here never spoils the check, but is said.
    try {
      await services.stamp.write({ id: current.id, version: current.version, checkedAt: new Date().toISOString() });
    } catch {
      setState((s) => ({ ...s, notice: { kind: "stamp-failed" } }));
    }
  }, [services]);

  /** Queues a check; `always` runs it even when the text has not changed (the officer asked). */
  const schedule = useCallback(
    (always: boolean): Promise<void> => {
      if (always) force.current = true;
      if (pending.current) return pending.current;
      const task = enqueue(async () => {
        pending.current = null;
        const must = force.current || checked.current === null;
        force.current = false;
        if (!must) {
          try {
            if ((await services.word.fingerprint()) === checked.current) return;
          } catch (e) {
            setState((s) => ({ ...s, problem: toProblem(e) }));
            return;
          }
        }
        await runCheck();
      });
      pending.current = task;
      return task;
    },
    [enqueue, runCheck, services],
  );

  const check = useCallback(() => (packRef.current ? schedule(true) : Promise.resolve()), [schedule]);

  useEffect(() => {
    if (!pack || !againWithNewPack.current) return;
    againWithNewPack.current = false;
    void schedule(true);
  }, [pack, schedule]);

  /** Runs a Word action in its turn, then re-checks when the text changed. */
  const act = useCallback(
    (busy: BusyWith, action: () => Promise<Partial<CheckerState> | void>) =>
      enqueue(async () => {
        setState((s) => ({ ...s, busy, problem: null, notice: null }));
        try {
          const patch = (await action()) ?? {};
          setState((s) => ({ ...s, ...patch, busy: null }));
        } catch (e) {
          setState((s) => ({ ...s, busy: null, problem: toProblem(e) }));
          return;
        }
        // After a change to the text, the cards and marks must match it again.
        if (busy === "insert" || busy === "undo") void schedule(true);
      }),
    [enqueue, schedule],
  );

  const runAction = useCallback(
    (kind: "insert-section" | "insert-questions", sectionId: string, criterion: string | null = null) => {
      const current = packRef.current;
      if (!current) return Promise.resolve();
      return act("insert", async () => {
        const ins = kind === "insert-section" ? await services.word.insertSection(current, sectionId) : await services.word.insertQuestions(current, sectionId, criterion);
        return { lastInsertion: ins, notice: { kind: "inserted", count: ins.texts.length } };
      });
    },
    [act, services],
  );

  /** Selects the block, or the span (offsets in the block's text) or phrase in it. */
  const goTo = useCallback(
    (blocks: { start: number; end: number }, where: Omit<GoToTarget, "text"> = {}) =>
      act("goto", async () => {
        const text = state.result?.model.blocks[blocks.start]?.text ?? "";
        await services.word.goTo(blocks, { ...where, text });
      }),
    [act, services, state.result],
  );

  const clearMarks = useCallback(
    () =>
      act("clear", async () => {
        await services.word.clearMarks();
      }),
    [act, services],
  );

  const undo = useCallback(
    () =>
      act("undo", async () => {
        if (!state.lastInsertion) return;
        const removed = await services.word.removeInsertion(state.lastInsertion);
        return { lastInsertion: null, notice: { kind: removed ? "undone" : "undo-gone" } };
      }),
    [act, services, state.lastInsertion],
  );

  /** The document read and judged against the current pack without touching marks (the administrator's preview). */
  const read = useCallback(() => {
    let out: CheckResult | null = null;
    const current = packRef.current;
    if (!current) return Promise.resolve(null);
    return enqueue(async () => {
      out = await services.word.check(current, { mark: false });
    }).then(() => out);
  }, [enqueue, services]);

  const setAutoCheck = useCallback(
    (on: boolean) => {
      services.settings.set(AUTO_CHECK_KEY, on ? "on" : "off");
      setAutoCheckState(on);
    },
    [services],
  );

  // Re-check while the officer writes: debounced, only after a first check, only when the text changed.
  useEffect(() => {
    if (!autoCheck) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = services.watchDocument(() => {
      if (checked.current === null) return;
      clearTimeout(timer);
      timer = setTimeout(() => void schedule(false), AUTO_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      // Word may refuse to let go of its handlers: say so rather than keep re-checking in silence.
      void Promise.resolve(stop()).catch((e: unknown) => setState((s) => ({ ...s, problem: toProblem(e) })));
    };
  }, [autoCheck, services, schedule]);

  const dismissProblem = useCallback(() => setState((s) => ({ ...s, problem: null })), []);

  return { state, check, runAction, goTo, clearMarks, undo, read, enqueue, autoCheck, setAutoCheck, dismissProblem };
}
