/** @jest-environment jsdom */
// The pane is safe whatever the pack: the analysis runs in a worker with a time budget; past it
// the worker is stopped, the pack is set aside with a visible notice, and the check runs again
// with the last good or the built-in pack.
import "../helpers/jsdom-text";
import { act } from "react";
import { readFileSync } from "node:fs";
import { analyze } from "../../src/analysis/analyze";
import { defaultPack } from "../../src/guidance/default-pack";
import type { GuidancePack } from "../../src/guidance/schema";
import { answer } from "../../src/taskpane/analysis-worker/answer";
import { budgetedAnalyzer } from "../../src/taskpane/analysis-worker/budget";
import type { AnalysisReply, AnalysisRequest, AnalysisWorker } from "../../src/taskpane/analysis-worker/protocol";
import { SET_ASIDE_KEY, type GuidanceLoad } from "../../src/taskpane/boot/guidance";
import { AnalysisTimeout } from "../../src/word/analyzer";
import { serialWordApi, WordGateway } from "../../src/word/gateway";
import { readDocx } from "../../src/docx/read";
import { createWordHost } from "../../word-host";
import { fixture } from "../helpers/corpus";
import { actEnvironment, paneServices, renderPane, wait } from "../helpers/pane";

/** A stand-in for a Worker: answers with the real analyser after a tick, or never when `hangs` says so. */
function fakeWorker(hangs: (pack: GuidancePack) => boolean, log: string[] = []): AnalysisWorker {
  const w: AnalysisWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: AnalysisRequest) {
      log.push(`post ${request.pack.version}`);
      if (hangs(request.pack)) return;
      const reply: AnalysisReply = answer(JSON.parse(JSON.stringify(request)) as AnalysisRequest);
      setTimeout(() => w.onmessage?.({ data: reply }), 1);
    },
    terminate: () => void log.push("terminate"),
  };
  return w;
}

const model = () => readDocx(new Uint8Array(readFileSync(fixture("dev-09-folkhalsa.docx"))), "dev-09-folkhalsa.docx");
const slowPack = (): GuidancePack => ({ ...defaultPack(), version: "9.9.9" });

describe("analysis with a time budget", () => {
  it("answers with the analyser's report", async () => {
    const analyzer = budgetedAnalyzer(() => fakeWorker(() => false), 1000);
    const m = model();
    expect(await analyzer(m, defaultPack())).toEqual(JSON.parse(JSON.stringify(analyze(m, defaultPack()))));
  });

  it("stops a worker that runs past the budget, and starts a fresh one for the next check", async () => {
    const log: string[] = [];
    let started = 0;
    const analyzer = budgetedAnalyzer(() => (started++, fakeWorker((p) => p.version === "9.9.9", log)), 200);
    const t = Date.now();
    await expect(analyzer(model(), slowPack())).rejects.toBeInstanceOf(AnalysisTimeout);
    expect(Date.now() - t).toBeLessThan(1500);
    expect(log).toEqual(["post 9.9.9", "terminate"]);
    await expect(analyzer(model(), defaultPack())).resolves.toMatchObject({ sections: expect.any(Array) });
    expect(started).toBe(2);
  });

  it("analyses in this thread where no worker can start", async () => {
    const analyzer = budgetedAnalyzer(() => {
      throw new Error("Worker is not defined");
    }, 200);
    await expect(analyzer(model(), defaultPack())).resolves.toMatchObject({ sections: expect.any(Array) });
  });
});

describe("a pack too slow for the pane", () => {
  beforeAll(actEnvironment);

  it("is set aside with a notice, and the check runs with the built-in pack", async () => {
    const host = createWordHost(new Uint8Array(readFileSync(fixture("dev-09-folkhalsa.docx"))), { wordApi: "1.9" });
    host.install();
    const api = serialWordApi({
      run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b),
      supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v),
    });
    const word = new WordGateway(api, budgetedAnalyzer(() => fakeWorker((p) => p.version === "9.9.9"), 300));
    const settings: Record<string, string> = {};
    const published: GuidanceLoad = { pack: slowPack(), source: "published", notice: null, whatsNew: [] };
    const pane = await renderPane(paneServices(api, settings, { word, watchDocument: () => () => undefined, loadGuidance: async () => published }));
    expect(document.body.textContent).toContain("9.9.9");
    const button = [...document.querySelectorAll("button")].find((b) => /^Granska/.test(b.textContent ?? ""))!;
    await act(async () => button.click());
    await wait(1200);
    const notice = document.querySelector('[data-testid="guidance-notice"]')?.textContent ?? "";
    expect(notice).toContain("9.9.9");
    expect(notice).toContain("åt sidan");
    expect(notice).toContain(defaultPack().version);
    expect(JSON.parse(settings[SET_ASIDE_KEY])).toEqual({ id: defaultPack().id, version: "9.9.9" });
    // The check ran again with the built-in pack: findings are shown, no Word problem.
    expect(document.body.textContent).toContain("Brister");
    await pane.unmount();
  });
});

describe("a worker that cannot load", () => {
  it("falls back to this thread when the worker fails before it ever answered (a blocked or missing script)", async () => {
    let started = 0;
    const analyzer = budgetedAnalyzer(() => {
      started++;
      const w: AnalysisWorker = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => w.onerror?.(new Event("error")), 1), terminate: () => undefined };
      return w;
    }, 1000);
    await expect(analyzer(model(), defaultPack())).resolves.toMatchObject({ sections: expect.any(Array) });
    await expect(analyzer(model(), defaultPack())).resolves.toMatchObject({ sections: expect.any(Array) });
    expect(started).toBe(1);
  });
});
