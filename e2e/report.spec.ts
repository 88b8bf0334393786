// The follow-up report (jamkoll report) opened in Chromium: accessible (axe, WCAG 2.1 AA), it
// asks the network for nothing, and it prints on A4. Uses the command line built by
// scripts/e2e.mjs (build/cli) over a generated folder tree of corpus proposals.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeReportTree } from "../test/helpers/report-tree";

const bin = join(__dirname, "..", "bin", "jamkoll.js");
let report = "";

test.beforeAll(() => {
  test.skip(!existsSync(join(__dirname, "..", "build", "cli", "main.js")), "run `npm run build:cli` first");
  const tree = writeReportTree();
  report = join(mkdtempSync(join(tmpdir(), "jk-e2e-report-")), "rapport.html");
  const r = spawnSync(process.execPath, [bin, "report", "--out", report, "--lang", "sv", tree], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
});

test("the report is axe-clean, self-contained and shows the headline and tables", async ({ page }) => {
  const requests: string[] = [];
  const url = pathToFileURL(report).href;
  page.on("request", (req) => {
    if (req.url() !== url) requests.push(req.url());
  });
  const csp: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Uppföljning av jämställdhetsanalyser" })).toBeVisible();
  await expect(page.getByText(/Av 8 ärenden hade \d+ \(\d+\s%\) en jämställdhetsanalys som uppfyller riktlinjerna/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Status per grupp" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alla ärenden" }).getByRole("row")).toHaveCount(9);
  await expect(page.getByRole("img", { name: /Status per grupp/ })).toBeVisible();
  // The style applies under the page's own CSP (its hash matches): the badge is styled.
  const border = await page.locator(".st").first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe("solid");
  await page.screenshot({ path: "test-results/screens/13-report.png", fullPage: true });

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(requests).toEqual([]);
  expect(csp).toEqual([]);
});

test("grouped by a document property, in English, it is axe-clean too", async ({ page }) => {
  const tree = writeReportTree();
  const out = join(mkdtempSync(join(tmpdir(), "jk-e2e-report-")), "report.html");
  const r = spawnSync(process.execPath, [bin, "report", "--out", out, "--lang", "en", "--group-by", "property:Nämnd", tree], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  await page.goto(pathToFileURL(out).href);
  await expect(page.getByText(/Of 8 proposals, \d+ \(\d+%\) had a gender-equality analysis that meets the guidance/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Status by month" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the report prints on A4", async ({ page }) => {
  await page.goto(pathToFileURL(report).href);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/screens/14-report-print.png", fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, path: "test-results/report.pdf" });
  const text = readFileSync("test-results/report.pdf", "latin1");
  expect(pdf.length).toBeGreaterThan(1000);
  // A4 is 595 × 842 points, on every page.
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) expect(b).toEqual([595, 842]);
});
