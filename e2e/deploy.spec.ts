// The production pane (dist/) served as a host would serve it: under a sub-path, with the
// Content-Security-Policy of deploy/ as a header (and the pages' own CSP meta). It must start with
// no CSP violation. Office.js is stubbed at Microsoft's CDN address (no internet, no Word here).
import { expect, test, type Page } from "@playwright/test";
import { existsSync, readdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { contentSecurityPolicy } from "../scripts/deploy/headers.cjs";
import { serveDeployment } from "../scripts/deploy/server.cjs";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const stub = (wordApi: boolean) => `
  window.Office = {
    HostType: { Word: "Word" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    context: { displayLanguage: "sv-SE", officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: { isSetSupported: function () { return ${wordApi}; } }, document: {} },
    onReady: function (cb) { if (cb) cb({ host: "Word" }); return Promise.resolve({ host: "Word" }); }
  };`;

const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}/jamkoll/1.2.0/`;
let server: Server | null = null;
const dist = process.env.JAMKOLL_E2E_DIST ?? join(__dirname, "..", "dist");

test.beforeAll(async () => {
  test.skip(!existsSync(join(dist, "taskpane.html")), "run `npm run build` first");
  server = await serveDeployment(dist, { port: PORT, basePath: "/jamkoll/1.2.0/" });
});
test.afterAll(() => server?.close());

/** Opens a page and collects every CSP violation, from the DOM event and from the console. */
async function open(page: Page, path: string, officeJs: "stub" | "stub-without-word" | "blocked" = "stub") {
  const violations: string[] = [];
  const external: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(BASE) && r.url() !== OFFICE_JS) external.push(r.url());
  });
  await page.exposeFunction("__jamkollCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __jamkollCspViolation(v: string): void }).__jamkollCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route(OFFICE_JS, (route) =>
    officeJs === "blocked" ? route.abort("blockedbyclient") : route.fulfill({ contentType: "text/javascript", body: stub(officeJs === "stub") }),
  );
  await page.setViewportSize({ width: 350, height: 800 });
  const response = await page.goto(BASE + path);
  return { violations, external, response };
}

test("the pane starts under a sub-path with the deployment CSP and no CSP violation", async ({ page }) => {
  const { violations, external, response } = await open(page, "taskpane.html");
  expect(response?.headers()["content-security-policy"]).toBe(contentSecurityPolicy());
  expect(response?.headers()["x-frame-options"]).toBeUndefined();
  // The published guidance beside the pane, fetched under the sub-path (no offline notice).
  await expect(page.getByText(/version \d+\.\d+\.\d+, publicerad/)).toBeVisible();
  await expect(page.getByText(/Kunde inte hämta den publicerade vägledningen/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Granska", exact: true })).toBeVisible();
  // Without Word JS the check fails with a message; still nothing the CSP refuses.
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByText("Det gick inte")).toBeVisible();
  await expect(page.locator("#jk-old")).toBeHidden();
  expect(violations).toEqual([]);
  expect(external).toEqual([]);
  await page.screenshot({ path: "test-results/screens/13-deployed-pane-under-csp.png", fullPage: true });
});

test("in a Word without WordApi 1.3 the pane says Office 2021 or later, under the CSP", async ({ page }) => {
  const { violations } = await open(page, "taskpane.html", "stub-without-word");
  await expect(page.getByText("Jämkoll kan inte köras här")).toBeVisible();
  await expect(page.getByText(/Använd Office 2021 eller senare/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("the function file and the help page load with no CSP violation", async ({ page }) => {
  const commands = await open(page, "commands.html");
  expect(commands.response?.status()).toBe(200);
  await page.waitForLoadState("load");
  await page.goto(BASE + "help.html");
  await expect(page.getByRole("heading", { name: "Jämkoll", level: 1 })).toBeVisible();
  expect(commands.violations).toEqual([]);
});

test("where Office.js cannot be loaded the pane says so instead of starting forever", async ({ page }) => {
  const { violations } = await open(page, "taskpane.html", "blocked");
  await expect(page.getByText("Jämkoll kunde inte läsa in Office.js")).toBeVisible();
  await expect(page.getByText("Jämkoll startar …")).toBeHidden();
  expect(violations).toEqual([]);
});

test("in a browser too old for the pane (as Office 2019's webview) a static message names Office 2021", async ({ page }) => {
  // The probe old-office.js uses: built-ins that came with the syntax the bundle needs.
  await page.addInitScript(() => {
    delete (Promise as unknown as { allSettled?: unknown }).allSettled;
  });
  const { violations } = await open(page, "taskpane.html");
  await expect(page.getByText("Jämkoll behöver en nyare Office")).toBeVisible();
  await expect(page.getByText(/Uppdatera till Office 2021 eller senare/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("the analysis worker's chunk starts as a worker under the CSP", async ({ page }) => {
  const chunk = readdirSync(dist).find((f) => /^jamkoll-analysis\.[0-9a-f]{8}\.js$/.test(f));
  test.skip(!chunk, "this build has no analysis worker");
  const { violations } = await open(page, "taskpane.html");
  await expect(page.getByRole("button", { name: "Granska", exact: true })).toBeVisible();
  const outcome = await page.evaluate(
    (url) =>
      new Promise<string>((done) => {
        const worker = new Worker(url, { name: "jamkoll-analysis" });
        worker.onerror = (e) => done(`error: ${e.message}`);
        setTimeout(() => {
          worker.terminate();
          done("started");
        }, 1500);
      }),
    BASE + chunk,
  );
  expect(outcome).toBe("started");
  expect(violations).toEqual([]);
});
