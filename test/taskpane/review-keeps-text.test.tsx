/** @jest-environment jsdom */
// A reviewer's typed comment survives a failed save: the form stays open with the text, and the
// pane says what went wrong.
import "../helpers/jsdom-text";
import { act } from "react";
import { actEnvironment, button, openInHost, paneServices, renderPane, wait } from "../helpers/pane";

function typeInto(el: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
  setter.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

beforeAll(actEnvironment);

it("a comment Word refuses to save stays in the form, with the reason shown", async () => {
  const { host, api } = openInHost("dev-09-folkhalsa.docx");
  const pane = await renderPane(paneServices(api, { "reviewer.name": "Anna Berg", "reviewer.role": "granskare", autoCheck: "off" }));
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
  await pane.unmount();
});
