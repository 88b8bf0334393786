// The real pane (Shell + App) on the Word host in jsdom, for tests that click through it.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { readFileSync } from "node:fs";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/components/Shell";
import { builtInGuidance } from "../../src/taskpane/boot/guidance";
import { officeStamp, type PaneServices, type SettingsStore } from "../../src/taskpane/boot/services";
import { watchDocument } from "../../src/word/changes";
import { ReviewGateway } from "../../src/word/comments";
import { serialWordApi, WordGateway, type WordApi } from "../../src/word/gateway";
import { createWordHost, type WordHost } from "../../word-host";
import { fixture } from "./corpus";

/** React's act() outside a test renderer. */
export function actEnvironment(): void {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

export const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

/** The first button whose text matches, within a part of the page or the whole. */
export const button = (re: RegExp, within: ParentNode = document): HTMLButtonElement | undefined =>
  [...within.querySelectorAll("button")].find((b) => re.test(b.textContent ?? ""));

/** A corpus proposal opened in the Word host at a WordApi version, installed as Office and Word. */
export function openInHost(file: string, wordApi = "1.9"): { host: WordHost; api: WordApi } {
  const host = createWordHost(new Uint8Array(readFileSync(fixture(file))), { wordApi });
  host.install();
  const api = serialWordApi({ run: (b) => Word.run(b), runIn: (o, b) => Word.run(o, b), supports: (v) => Office.context.requirements.isSetSupported("WordApi", v) });
  return { host, api };
}

/** The pane's services over that Word, with settings kept in `settings`. */
export function paneServices(api: WordApi, settings: Record<string, string> = {}, overrides: Partial<PaneServices> = {}): PaneServices {
  const store: SettingsStore = { get: (k) => settings[k] ?? null, set: (k, v) => void (settings[k] = v) };
  return { hostName: "test", word: new WordGateway(api), watchDocument: (f) => watchDocument(api, f), settings: store, loadGuidance: builtInGuidance, stamp: officeStamp, review: new ReviewGateway(api), ...overrides };
}

/** Renders the pane in Swedish and lets it settle; returns how to take it down. */
export async function renderPane(services: PaneServices): Promise<{ unmount: () => Promise<void> }> {
  document.body.innerHTML = `<div id="root"></div>`;
  let root: Root;
  await act(async () => {
    root = createRoot(document.getElementById("root")!);
    root.render(
      <Shell language="sv" dark={false}>
        <App services={services} />
      </Shell>,
    );
  });
  await wait(50);
  return { unmount: () => act(async () => root.unmount()) };
}
