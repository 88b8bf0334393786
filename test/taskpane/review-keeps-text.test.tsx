/** @jest-environment jsdom */
// A reviewer's typed comment survives a failed save: the form stays open with the text, and the
// pane says what went wrong.
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
const button = (re: RegExp) => [...document.querySelectorAll("button")].find((b) => re.test(b.textContent ?? ""));

function typeInto(el: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
  setter.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

beforeAll(() => {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

it("a comment Word refuses to save stays in the form, with the reason shown", async () => {
  const host = createWordHost(new Uint8Array(readFileSync(fixture("dev-09-folkhalsa.docx"))), { wordApi: "1.9" });
  host.install();
  const api = serialWordApi({ run: (b) => Word.run(b), runIn: (o, b) => Word.run(o, b), supports: (v) => Office.context.requirements.isSetSupported("WordApi", v) });
  const settings: Record<string, string> = { "reviewer.name": "Anna Berg", "reviewer.role": "granskare", autoCheck: "off" };
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
  await act(async () => button(/^Granskning/)!.click());
  await wait(50);
  await act(async () => button(/^Ny kommentar/)!.click());
  const text = "Siffrorna i tabellen saknar källa.";
  await act(async () => typeInto(document.querySelector("textarea")!, text));
  host.doc.protected = true; // opened for viewing meanwhile
  await act(async () => button(/^Lägg till kommentar/)!.click());
  await wait(100);
  expect(document.querySelector("textarea")?.value).toBe(text);
  expect(document.body.textContent).toContain("Det gick inte");
  // Editing again, the same text saves.
  host.doc.protected = false;
  await act(async () => button(/^Lägg till kommentar/)!.click());
  await wait(100);
  expect(document.querySelector("textarea")).toBeNull();
  expect(host.doc.paragraphs.some((p) => p.text.includes(text))).toBe(true);
  await act(async () => root.unmount());
});
