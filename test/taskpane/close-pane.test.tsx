/** @jest-environment jsdom */
// Closing the pane needs no clean-up: a check wrote nothing into the document (Word 2021 at
// WordApi 1.3 included), so nothing can be saved with the file when an unfinished Word.run in
// `pagehide` does not complete.
import "../helpers/jsdom-text";
import { act } from "react";
import { actEnvironment, button, openInHost, paneServices, renderPane, wait } from "../helpers/pane";

beforeAll(actEnvironment);

it.each(["1.3", "1.9"])("at WordApi %s the checked document is already as it was; closing the pane runs nothing in Word", async (wordApi) => {
  const { host, api } = openInHost("dev-09-folkhalsa.docx", wordApi);
  // Everything the file would hold of the body (saving itself is tested on node, in test/word).
  const body = () => JSON.stringify([host.doc.paragraphs, host.doc.controls, host.doc.formatRevisions]);
  const before = body();
  const pane = await renderPane(paneServices(api));
  await act(async () => button(/^Granska/)!.click());
  await wait(100);
  expect(document.body.textContent).toContain("Brister");
  expect(body()).toBe(before);
  const syncs = host.syncCount;
  await act(async () => void window.dispatchEvent(new Event("pagehide")));
  await wait(50);
  expect(host.syncCount).toBe(syncs);
  await pane.unmount();
});
