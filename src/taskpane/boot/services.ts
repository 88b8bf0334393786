// The services the pane uses. In Word they reach Office.js through src/word; the demo and tests
// pass the same services over the Word host.
import type { BlockRange } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";
import { officeWordApi, serialWordApi, WordGateway, type CheckResult, type GoToTarget } from "../../word/gateway";
import type { Insertion } from "../../word/insert";
import type { MarkingMode } from "../../word/marks";
import { watchDocument } from "../../word/changes";
import { ReviewGateway, type CommentAnchor, type CommentTarget, type VisibleText } from "../../word/comments";
import type { ReviewComment } from "../../review/model";
import type { ReviewState } from "../../review/reconcile";
import { defaultGuidanceUrl, loadGuidance, type GuidanceLoad } from "./guidance";
import { budgetedAnalyzer } from "../analysis-worker/budget";
import { readStamp, writeStamp, type GuidanceStamp } from "../../word/stamp";

export interface PaneWord {
  readonly markingMode: MarkingMode;
  check(pack: GuidancePack, options?: { mark?: boolean }): Promise<CheckResult>;
  clearMarks(): Promise<void>;
  /** The text's fingerprint, to tell whether a change signal changed the text. */
  fingerprint(): Promise<string>;
  goTo(blocks: BlockRange, expected: GoToTarget): Promise<void>;
  insertSection(pack: GuidancePack, sectionId: string): Promise<Insertion>;
  insertQuestions(pack: GuidancePack, sectionId: string, criterion: string | null): Promise<Insertion>;
  removeInsertion(insertion: Insertion): Promise<boolean>;
}

export interface PaneReview {
  list(): Promise<ReviewState>;
  add(comment: ReviewComment, visible: string, anchor: CommentAnchor): Promise<ReviewComment>;
  update(target: CommentTarget, change: (stored: ReviewComment) => ReviewComment, visible: VisibleText): Promise<ReviewComment>;
  reattach(target: CommentTarget, visible: VisibleText): Promise<void>;
  remove(target: CommentTarget): Promise<void>;
  goTo(id: string): Promise<void>;
  insertSummary(heading: string, rows: string[][]): Promise<void>;
}

export interface StampStore {
  read(): GuidanceStamp | null;
  write(stamp: GuidanceStamp): Promise<void>;
}

export interface SettingsStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface PaneServices {
  hostName: string;
  word: PaneWord;
  /** Calls back when the document may have changed; returns a function that stops watching. */
  watchDocument(onChange: () => void): () => void | Promise<void>;
  settings: SettingsStore;
  loadGuidance(): Promise<GuidanceLoad>;
  stamp: StampStore;
  review: PaneReview;
}

export function browserSettings(prefix = "jamkoll."): SettingsStore {
  return {
    get: (key) => {
      try {
        return window.localStorage.getItem(prefix + key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        window.localStorage.setItem(prefix + key, value);
      } catch {
        // Storage may be off (private mode); settings then last for the session only.
      }
    },
  };
}

export const officeStamp: StampStore = { read: readStamp, write: writeStamp };

/** The analyser in a Web Worker with a time budget (loaded on first use: only the browser build meets its `import.meta`). */
export const paneAnalyzer = () => budgetedAnalyzer(() => import(/* webpackChunkName: "jamkoll-analysis-start" */ "../analysis-worker/start").then((m) => m.startAnalysisWorker()));

export function officeServices(): PaneServices {
  // One door to Word: the checker, the comments and the change watcher share one queue.
  const api = serialWordApi(officeWordApi());
  const settings = browserSettings();
  return {
    hostName: "Word",
    word: new WordGateway(api, paneAnalyzer()),
    watchDocument: (onChange) => watchDocument(api, onChange),
    settings,
    loadGuidance: () => loadGuidance({ url: defaultGuidanceUrl(), fetch: (u, i) => fetch(u, i), storage: settings }),
    stamp: officeStamp,
    review: new ReviewGateway(api),
  };
}
