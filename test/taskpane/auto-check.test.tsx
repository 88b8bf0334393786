/** @jest-environment jsdom */
// The pane re-checks by itself while the officer writes: debounced, one read at a time, only
// when the text changed (never on a click or the pane's own Gå till), and not at all when the
// setting is off. Driven by the Word host and the real change watcher.
import "../helpers/jsdom-text";
import { act } from "react";
import { readFileSync } from "node:fs";
import { AUTO_CHECK_DELAY_MS } from "../../src/taskpane/state/useChecker";
import { serialWordApi, WordGateway } from "../../src/word/gateway";
import { createWordHost } from "../../word-host";
import { fixture } from "../helpers/corpus";
import { actEnvironment, paneServices, renderPane, wait } from "../helpers/pane";


async function mount(settings: Record<string, string> = {}, wordApi = "1.9") {
  const host = createWordHost(new Uint8Array(readFileSync(fixture("dev-09-folkhalsa.docx"))), { wordApi });
  host.install();
  const api = serialWordApi({
    run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b),
    runIn: <T,>(o: OfficeExtension.ClientObject, b: (c: Word.RequestContext) => Promise<T>) => Word.run(o, b),
    supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v),
  });
  const word = new WordGateway(api);
  let checks = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const check = word.check.bind(word);
  word.check = async (...args) => {
    checks++;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await check(...args);
    } finally {
      inFlight--;
    }
  };
  const pane = await renderPane(paneServices(api, settings, { word }));
  const button = () => [...document.querySelectorAll("button")].find((b) => /^Granska/.test(b.textContent ?? ""))!;
  const type = (text: string) => {
    host.doc.paragraphs[8].text += text;
    host.doc.paragraphs[8].bold.push(...Array(text.length).fill(false));
    host.doc.paragraphs[8].highlight.push(...Array(text.length).fill(null));
    host.doc.paragraphs[8].inserted.push(...Array(text.length).fill(false));
    host.doc.paragraphs[8].deleted.push(...Array(text.length).fill(false));
    host.runtime.emitChange();
  };
  return { host, stats: () => ({ checks, maxInFlight }), button, type, unmount: pane.unmount };
}

beforeAll(actEnvironment);

it("re-checks once after the officer stops typing, never two reads at once", async () => {
  const pane = await mount();
  await act(async () => pane.button().click());
  await wait(100);
  expect(document.body.textContent).toContain("Brister");
  expect(pane.stats().checks).toBe(1);
  for (const w of [" Flickor", " får", " mer", " stöd", "."]) pane.type(w);
  await wait(AUTO_CHECK_DELAY_MS + 500);
  expect(pane.stats()).toEqual({ checks: 2, maxInFlight: 1 });
  await pane.unmount();
});

it("does not re-check by itself when the setting is off", async () => {
  const pane = await mount({ autoCheck: "off" });
  await act(async () => pane.button().click());
  await wait(100);
  pane.type(" Ny text.");
  await wait(AUTO_CHECK_DELAY_MS + 300);
  expect(pane.stats().checks).toBe(1);
  await pane.unmount();
});

it("in Word 2021 (selection events only) clicks and the pane's own Gå till do not re-check; typing does", async () => {
  const pane = await mount({}, "1.3");
  await act(async () => pane.button().click());
  await wait(100);
  const goTo = () => [...document.querySelectorAll("button")].find((b) => /^Gå till/.test(b.textContent ?? ""));
  for (let i = 0; i < 5; i++) pane.host.runtime.moveCursor(i + 2, 1);
  if (goTo()) await act(async () => goTo()!.click());
  await wait(AUTO_CHECK_DELAY_MS + 500);
  expect(pane.stats().checks).toBe(1);
  pane.type(" Pojkar deltar mindre.");
  await wait(AUTO_CHECK_DELAY_MS + 500);
  expect(pane.stats().checks).toBe(2);
  await wait(AUTO_CHECK_DELAY_MS + 1200);
  expect(pane.stats().checks).toBe(2);
  await pane.unmount();
});

it("a change while Gå till runs is checked afterwards, not dropped", async () => {
  const pane = await mount();
  await act(async () => pane.button().click());
  await wait(100);
  expect(pane.stats().checks).toBe(1);
  pane.host.runtime.options.syncDelayMs = 400;
  const goTo = [...document.querySelectorAll("button")].find((b) => /^Gå till/.test(b.textContent ?? ""));
  expect(goTo).toBeDefined();
  await act(async () => goTo!.click());
  pane.type(" Pojkar deltar mindre.");
  await wait(AUTO_CHECK_DELAY_MS + 2500);
  expect(pane.stats()).toEqual({ checks: 2, maxInFlight: 1 });
  await pane.unmount();
});
