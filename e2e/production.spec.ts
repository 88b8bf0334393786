// The production pane (dist/) boots in a browser: Office.js is stubbed at Microsoft's CDN address
// (this machine has no internet and no Word), so this checks the real bundle, the guidance it
// fetches beside itself, and the messages it gives when Word is missing or too old.
import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const stub = (wordApi: boolean) => `
  window.Office = {
    HostType: { Word: "Word" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    context: { displayLanguage: "sv-SE", officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: { isSetSupported: function () { return ${wordApi}; } }, document: {} },
    onReady: function (cb) { cb({ host: "Word" }); return Promise.resolve({ host: "Word" }); }
  };`;

let base = "";
let server: { close(): void } | null = null;
test.beforeAll(async () => {
  const dist = join(__dirname, "..", "dist");
  test.skip(!existsSync(join(dist, "taskpane.html")), "run `npm run build` first");
  const { serveStatic } = (await import(join(__dirname, "..", "scripts", "serve-static.mjs"))) as { serveStatic: (d: string, p: number) => Promise<{ close(): void }> };
  server = await serveStatic(dist, 3101);
  base = "http://127.0.0.1:3101";
});
test.afterAll(() => server?.close());

async function openPane(page: Page, wordApi: boolean) {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && r.url() !== OFFICE_JS) external.push(r.url());
  });
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: stub(wordApi) }));
  await page.setViewportSize({ width: 350, height: 800 });
  await page.goto(`${base}/taskpane.html`);
  return external;
}

test("in a Word without WordApi 1.3 the production pane says so", async ({ page }) => {
  await openPane(page, false);
  await expect(page.getByText("Jämkoll kan inte köras här")).toBeVisible();
  await expect(page.getByText("WordApi 1.3")).toBeVisible();
});

test("the production pane loads its guidance beside itself and nothing from elsewhere", async ({ page }) => {
  const external = await openPane(page, true);
  const { version } = JSON.parse(readFileSync(join(__dirname, "..", "src", "guidance", "default-pack.json"), "utf8")) as { version: string };
  await expect(page.getByText(`version ${version}, publicerad`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Granska", exact: true })).toBeVisible();
  // Without Word JS the check fails with a message, not a blank pane.
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByText("Det gick inte")).toBeVisible();
  expect(external).toEqual([]);
  await page.screenshot({ path: "test-results/screens/12-production-pane.png", fullPage: true });
});
