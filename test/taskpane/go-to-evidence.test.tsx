/** @jest-environment jsdom */
// Gå till selects the words behind a judgement, not the whole section: the dismissal on a
// dismissed section's card, and the words that met a criterion in its evidence.
import "../helpers/jsdom-text";
import { act } from "react";
import { actEnvironment, button, openInHost, paneServices, renderPane, wait } from "../helpers/pane";

async function mount(file: string) {
  const { host, api } = openInHost(file);
  const pane = await renderPane(paneServices(api, { autoCheck: "off" }));
  await act(async () => button(/^Granska/)!.click());
  await wait(100);
  /** The text the officer now sees selected in Word. */
  const selected = (): string => {
    const s = host.doc.selection!;
    const para = host.doc.paragraphs.find((p) => p.id === s.start.para)!;
    expect(s.end.para).toBe(s.start.para);
    return para.text.slice(s.start.offset, s.end.offset);
  };
  return { selected, unmount: pane.unmount };
}

beforeAll(actEnvironment);

it("a dismissed section's card quotes the dismissal, and its Gå till selects it", async () => {
  const pane = await mount("dev-04-parkeringshus.docx");
  const card = document.querySelector('[data-finding="equality:dismissed"]')!;
  expect(card.querySelector('[data-testid="finding-trigger"]')?.textContent).toBe("Ur texten: Ej aktuellt");
  await act(async () => button(/^Gå till/, card)!.click());
  await wait(50);
  expect(pane.selected()).toBe("Ej aktuellt");
  await pane.unmount();
});

it("in a met criterion's evidence, Gå till selects the words that met it", async () => {
  const pane = await mount("dev-07-heltid.docx");
  const row = document.querySelector('[data-criterion="sex-disaggregated-data"]')!;
  expect(row.textContent).toContain("Av medarbetarna inom vård och omsorg är 83 procent kvinnor.");
  await act(async () => button(/^Gå till/, row)!.click());
  await wait(50);
  expect(pane.selected()).toBe("83 procent kvinnor");
  await pane.unmount();
});
