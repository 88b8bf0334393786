/** @jest-environment jsdom */
// Gå till selects the words behind a judgement, not the whole section: the dismissal on a
// dismissed section's card, and the words that met a criterion in its evidence.
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

async function mount(file: string) {
  const host = createWordHost(new Uint8Array(readFileSync(fixture(file))), { wordApi: "1.9" });
  host.install();
  const api = serialWordApi({
    run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b),
    runIn: <T,>(o: OfficeExtension.ClientObject, b: (c: Word.RequestContext) => Promise<T>) => Word.run(o, b),
    supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v),
  });
  const settings: Record<string, string> = { autoCheck: "off" };
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
  const buttons = (re: RegExp, within: ParentNode = document) => [...within.querySelectorAll("button")].filter((b) => re.test(b.textContent ?? ""));
  await act(async () => buttons(/^Granska/)[0].click());
  await wait(100);
  /** The text the officer now sees selected in Word. */
  const selected = (): string => {
    const s = host.doc.selection!;
    const para = host.doc.paragraphs.find((p) => p.id === s.start.para)!;
    expect(s.end.para).toBe(s.start.para);
    return para.text.slice(s.start.offset, s.end.offset);
  };
  return { buttons, selected, unmount: () => act(async () => root.unmount()) };
}

beforeAll(() => {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

it("a dismissed section's card quotes the dismissal, and its Gå till selects it", async () => {
  const pane = await mount("dev-04-parkeringshus.docx");
  const card = document.querySelector('[data-finding="equality:dismissed"]')!;
  expect(card.querySelector('[data-testid="finding-trigger"]')?.textContent).toBe("Ur texten: Ej aktuellt");
  await act(async () => pane.buttons(/^Gå till/, card)[0].click());
  await wait(50);
  expect(pane.selected()).toBe("Ej aktuellt");
  await pane.unmount();
});

it("in a met criterion's evidence, Gå till selects the words that met it", async () => {
  const pane = await mount("dev-07-heltid.docx");
  const row = document.querySelector('[data-criterion="sex-disaggregated-data"]')!;
  expect(row.textContent).toContain("Av medarbetarna inom vård och omsorg är 83 procent kvinnor.");
  await act(async () => pane.buttons(/^Gå till/, row)[0].click());
  await wait(50);
  expect(pane.selected()).toBe("83 procent kvinnor");
  await pane.unmount();
});
