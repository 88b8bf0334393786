/** @jest-environment jsdom */
import { act } from "react";
import type { Root } from "react-dom/client";
import { officeServices } from "../../src/taskpane/boot/services";
import { startPane } from "../../src/taskpane/boot/start";
import { readEnvironment } from "../../src/taskpane/boot/environment";
import { installOffice } from "../helpers/office-global";

let root: Root | null = null;

async function boot(): Promise<string> {
  await act(async () => root?.unmount());
  document.body.innerHTML = `<div id="jk-loading">…</div><div id="root"></div>`;
  const office = (globalThis as unknown as { Office: typeof Office }).Office;
  await act(async () => {
    let started: Promise<Root> | null = null;
    await office.onReady((info) => {
      started = startPane(info, office, document.getElementById("root")!, officeServices);
    });
    root = await started!;
  });
  return document.body.textContent ?? "";
}

describe("the pane shell", () => {
  beforeAll(() => {
    (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });

  it("renders the header and the empty state in Swedish in Word", async () => {
    installOffice({ host: "Word", wordApi: "1.3", displayLanguage: "sv-SE" });
    const text = await boot();
    expect(text).toContain("Jämkoll");
    expect(text).toContain("Granska jämställdhetsanalysen");
    expect(text).toMatch(/version 1\.\d+\.\d+/);
    expect(document.getElementById("jk-loading")).toBeNull();
  });

  it("speaks English when Word's UI is English", async () => {
    installOffice({ displayLanguage: "en-GB" });
    expect(await boot()).toContain("Check the gender-equality analysis");
  });

  it("falls back to Swedish when the language cannot be read", async () => {
    installOffice({ displayLanguage: "" });
    expect(await boot()).toContain("Granska jämställdhetsanalysen");
  });

  it("shows the unsupported message when WordApi 1.3 is missing", async () => {
    installOffice({ host: "Word", wordApi: "1.2" });
    const text = await boot();
    expect(text).toContain("Jämkoll kan inte köras här");
    expect(text).toContain("WordApi 1.3");
    expect(text).not.toContain("Granska jämställdhetsanalysen");
  });

  it("shows the unsupported message in another Office host", async () => {
    installOffice({ host: "Excel" });
    expect(await boot()).toContain("Jämkoll är ett tillägg för Microsoft Word");
  });
});

describe("theme and language from Office", () => {
  it("reads a dark Office theme as dark", () => {
    installOffice({ background: "#262626" });
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    expect(readEnvironment({ host: "Word" as unknown as Office.HostType }, office)).toEqual({ problem: null, language: "sv", dark: true });
    installOffice({ background: "#ffffff", displayLanguage: "en-US" });
    expect(readEnvironment({ host: "Word" as unknown as Office.HostType }, (globalThis as unknown as { Office: typeof Office }).Office)).toEqual({ problem: null, language: "en", dark: false });
  });
});
