// The officer's session with one document: check, act on findings, re-check while writing.
// One Word operation at a time; a document change during a check queues one more check.
import { useCallback, useEffect, useRef, useState } from "react";
import type { GuidancePack } from "../../guidance/schema";
import type { CheckResult } from "../../word/gateway";
import type { Insertion } from "../../word/insert";
import { toProblem, type WordProblem } from "../../word/problems";
import type { PaneServices } from "../boot/services";

export type BusyWith = "check" | "insert" | "clear" | "goto" | "undo" | null;

export interface Notice {
  kind: "inserted" | "undone" | "undo-gone";
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

export function useChecker(services: PaneServices, pack: GuidancePack | null) {
  const [state, setState] = useState<CheckerState>({ result: null, busy: null, problem: null, notice: null, lastInsertion: null });
  const [autoCheck, setAutoCheckState] = useState(() => services.settings.get(AUTO_CHECK_KEY) !== "off");
  const inFlight = useRef(false);
  const again = useRef(false);
  const checkedOnce = useRef(false);
  // Jämkoll's own edits (marks, insertions) raise change events too: those must not re-check.
  const ownChangeUntil = useRef(0);
  const OWN_CHANGE_GRACE_MS = 1000;

  const check = useCallback(async () => {
    if (!pack) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setState((s) => ({ ...s, busy: "check", problem: null }));
    try {
      do {
        again.current = false;
        const result = await services.word.check(pack);
        checkedOnce.current = true;
        // Record which guidance checked the document; a failure here never spoils the check.
        void services.stamp.write({ id: pack.id, version: pack.version, checkedAt: new Date().toISOString() }).catch(() => undefined);
        setState((s) => ({ ...s, result, busy: again.current ? "check" : null }));
      } while (again.current);
    } catch (e) {
      setState((s) => ({ ...s, busy: null, problem: toProblem(e) }));
    } finally {
      inFlight.current = false;
      ownChangeUntil.current = Date.now() + OWN_CHANGE_GRACE_MS;
    }
  }, [services, pack]);

  /** Runs a Word action, then re-checks so cards and marks match the document. */
  const act = useCallback(
    async (busy: BusyWith, action: () => Promise<Partial<CheckerState> | void>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState((s) => ({ ...s, busy, problem: null, notice: null }));
      try {
        const patch = (await action()) ?? {};
        setState((s) => ({ ...s, ...patch, busy: null }));
        inFlight.current = false;
        // After a change to the text, the cards and marks must match it again.
        if (busy === "insert" || busy === "undo") await check();
      } catch (e) {
        setState((s) => ({ ...s, busy: null, problem: toProblem(e) }));
      } finally {
        inFlight.current = false;
        ownChangeUntil.current = Date.now() + OWN_CHANGE_GRACE_MS;
      }
    },
    [check],
  );

  const runAction = useCallback(
    (kind: "insert-section" | "insert-questions", sectionId: string, criterion: string | null = null) => {
      if (!pack) return Promise.resolve();
      return act("insert", async () => {
        const ins = kind === "insert-section" ? await services.word.insertSection(pack, sectionId) : await services.word.insertQuestions(pack, sectionId, criterion);
        return { lastInsertion: ins, notice: { kind: "inserted", count: ins.texts.length } };
      });
    },
    [act, pack, services],
  );

  const goTo = useCallback(
    (blocks: { start: number; end: number }, phrase?: string) =>
      act("goto", async () => {
        const text = state.result?.model.blocks[blocks.start]?.text ?? "";
        await services.word.goTo(blocks, { text, phrase });
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

  const setAutoCheck = useCallback(
    (on: boolean) => {
      services.settings.set(AUTO_CHECK_KEY, on ? "on" : "off");
      setAutoCheckState(on);
    },
    [services],
  );

  // Re-check while the officer writes: debounced, only after a first check, never two at once.
  useEffect(() => {
    if (!autoCheck) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = services.watchDocument(() => {
      if (!checkedOnce.current || inFlight.current || Date.now() < ownChangeUntil.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), AUTO_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [autoCheck, services, check]);

  // Reversible marks change the file: take them away when the pane closes, as far as Word lets us.
  useEffect(() => {
    if (services.word.markingMode !== "reversible" || typeof window === "undefined") return;
    const clear = () => void services.word.clearMarks().catch(() => undefined);
    window.addEventListener("pagehide", clear);
    return () => window.removeEventListener("pagehide", clear);
  }, [services]);

  const dismissProblem = useCallback(() => setState((s) => ({ ...s, problem: null })), []);

  return { state, check, runAction, goTo, clearMarks, undo, autoCheck, setAutoCheck, dismissProblem };
}
