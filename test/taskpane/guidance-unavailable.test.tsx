/** @jest-environment jsdom */
// No guidance at all (offline at first start, nothing kept, the built-in pack's chunk not
// fetched): the pane says so in words instead of waiting for ever or checking against nothing.
import "../helpers/jsdom-text";
import { GuidanceUnavailable } from "../../src/taskpane/boot/built-in-pack";
import { actEnvironment, openInHost, paneServices, renderPane } from "../helpers/pane";

beforeAll(actEnvironment);

it("says that no guidance could be loaded and what to do", async () => {
  const { api } = openInHost("dev-02-fardtjanst.docx");
  const services = paneServices(api, {}, { loadGuidance: () => Promise.reject(new GuidanceUnavailable(new Error("ChunkLoadError"))) });
  const pane = await renderPane(services);
  const bar = document.querySelector('[data-testid="guidance-unavailable"]');
  expect(bar?.textContent).toMatch(/Ingen vägledning kunde hämtas/);
  expect(bar?.textContent).toMatch(/Kontrollera nätverksanslutningen/);
  await pane.unmount();
});
