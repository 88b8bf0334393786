/** @jest-environment jsdom */
// Closing the pane needs no clean-up: a check wrote nothing into the document (Word 2021 at
// WordApi 1.3 included), so nothing can be saved with the file when an unfinished Word.run in
// `pagehide` does not complete.
import "../helpers/jsdom-text";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { readFileSync } from "node:fs";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/components/Shell";
import { builtInGuidance } from "../../src/taskpane/boot/guidance";
import { officeStamp, type PaneServices, type SettingsStore } from "../../src/taskpane/boot/services";
import { watchDocument } from "../../src/word/changes";
import { ReviewGateway } from "../../src/word/comments";
import { serialWordApi, WordGateway } from "../../src/word/gateway";
import { createWordHost } from "../../word-host";
import { fixture } from "../helpers/corpus";

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

beforeAll(() => {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

it.each(["1.3", "1.9"])("at WordApi %s the checked document is already as it was; closing the pane runs nothing in Word", async (wordApi) => {
  const host = createWordHost(new Uint8Array(readFileSync(fixture("dev-09-folkhalsa.docx"))), { wordApi });
  host.install();
  // Everything the file would hold of the body (saving itself is tested on node, in test/word).
  const body = () => JSON.stringify([host.doc.paragraphs, host.doc.controls, host.doc.formatRevisions]);
  const before = body();
  const api = serialWordApi({ run: (b) => Word.run(b), runIn: (o, b) => Word.run(o, b), supports: (v) => Office.context.requirements.isSetSupported("WordApi", v) });
  const settings: Record<string, string> = {};
  const store: SettingsStore = { get: (k) => settings[k] ?? null, set: (k, v) => void (settings[k] = v) };
  const services: PaneServices = { hostName: "test", word: new WordGateway(api), watchDocument: (f) => watchDocument(api, f), settings: store, loadGuidance: builtInGuidance, stamp: officeStamp, review: new ReviewGateway(api) };
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
  const check = [...document.querySelectorAll("button")].find((b) => /^Granska/.test(b.textContent ?? ""))!;
  await act(async () => check.click());
  await wait(100);
  expect(document.body.textContent).toContain("Brister");
  expect(body()).toBe(before);
  const syncs = host.syncCount;
  await act(async () => void window.dispatchEvent(new Event("pagehide")));
  await wait(50);
  expect(host.syncCount).toBe(syncs);
  await act(async () => root.unmount());
});
