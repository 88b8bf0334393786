import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultPack } from "../src/guidance/default-pack";
import { buildDocx } from "../test/helpers/build-docx";

const LIKABEHANDLING = buildDocx(
  "= Förslag om lokaler för föreningar\n# Sammanfattning\nRegionen hyr ut lokaler.\n# Likabehandling\nAv föreningarnas medlemmar är 64 procent kvinnor. Förslaget påverkar kvinnor mer än män eftersom de oftare bokar kvällstid, och vi följer upp fördelningen av lokaltid per kön.\n# Beslutsunderlag\nUtredning.\n",
);

test("an administrator publishes a new heading term and the pane finds a section it did not find before", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "jk-e2e-"));
  const pack = { ...defaultPack(), version: "2.0.0", changelog: [...defaultPack().changelog, { version: "2.0.0", date: "2026-12-01", changes: ["Rubriken Likabehandling räknas som jämställdhetsavsnitt."] }] };
  pack.sections = [{ ...pack.sections[0], headingTerms: [...pack.sections[0].headingTerms, "\\blikabehandling\\p{L}*"] }];
  writeFileSync(join(dir, "pack.json"), JSON.stringify(pack));
  execFileSync(process.execPath, ["bin/jamkoll.js", "guidance", "publish", join(dir, "pack.json"), "--out", "dist-demo/published"], { stdio: "pipe" });

  // Before: the built-in guidance does not know the heading.
  await page.goto("/?doc=dev-03-foretagsstod.docx");
  await page.getByTestId("file-input").setInputFiles({ name: "lokaler.docx", mimeType: "application/octet-stream", buffer: Buffer.from(LIKABEHANDLING) });
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("complementary").getByText("Saknas", { exact: true })).toBeVisible();

  // After: the pane fetches the published pack.
  await page.goto("/?doc=dev-03-foretagsstod.docx&guidance=published/latest.json");
  await expect(page.getByRole("complementary")).toContainText("version 2.0.0");
  await expect(page.getByRole("complementary")).toContainText("Rubriken Likabehandling räknas som jämställdhetsavsnitt.");
  await page.getByTestId("file-input").setInputFiles({ name: "lokaler.docx", mimeType: "application/octet-stream", buffer: Buffer.from(LIKABEHANDLING) });
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("complementary").getByText("Godtagbart", { exact: true })).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("Rubrik: ”Likabehandling”");
  await page.screenshot({ path: "test-results/screens/07-published-guidance.png", fullPage: true });
});

test("an unreachable guidance URL falls back to the built-in pack and says so", async ({ page }) => {
  await page.goto("/?doc=dev-03-foretagsstod.docx&guidance=nowhere/latest.json");
  await expect(page.getByRole("complementary")).toContainText("Kunde inte hämta den publicerade vägledningen");
  await expect(page.getByRole("complementary")).toContainText("(inbyggd)");
});

test("the administrator view validates a draft and compares it on the document", async ({ page }) => {
  await page.goto("/?doc=dev-02-fardtjanst.docx");
  await page.getByRole("switch", { name: "Administratörsläge" }).check();
  const bad = { ...defaultPack(), version: "x" };
  await page.getByTestId("admin-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  // In the pane's language, the messages fetched only now that there are errors to show.
  await expect(page.getByTestId("admin-errors")).toContainText("version: ska vara ett versionsnummer som 1.4.0");
  const draft = { ...defaultPack(), version: "1.2.0" };
  draft.sections = [{ ...draft.sections[0], headingTerms: ["\\bbakgrund\\b"] }];
  await page.getByTestId("admin-file").setInputFiles({ name: "draft.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(draft)) });
  await expect(page.getByText("Giltig: jamkoll-default, version 1.2.0.")).toBeVisible();
  await page.getByRole("button", { name: "Jämför på dokumentet" }).click();
  const table = page.getByTestId("admin-compare");
  await expect(table.locator('[data-status="missing"]')).toHaveCount(1);
  await expect(table.locator("[data-status]")).toHaveCount(2);
  await expect(table.locator("tbody tr").first().locator("td").nth(1).locator("[data-status]")).not.toHaveAttribute("data-status", "missing");
  await page.screenshot({ path: "test-results/screens/08-admin-preview.png", fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("a proposal checked with an older guidance says so when opened with a newer one", async ({ page }) => {
  await page.goto("/?doc=dev-04-parkeringshus.docx");
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(page.getByRole("complementary").getByText("Avfärdat utan motivering", { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const checked = readFileSync((await download.path())!);

  const dir = mkdtempSync(join(tmpdir(), "jk-e2e-"));
  const folder = `stamp-${Date.now()}`;
  writeFileSync(join(dir, "pack.json"), JSON.stringify({ ...defaultPack(), version: "1.5.0" }));
  execFileSync(process.execPath, ["bin/jamkoll.js", "guidance", "publish", join(dir, "pack.json"), "--out", `dist-demo/${folder}`], { stdio: "pipe" });
  await page.goto(`/?doc=dev-03-foretagsstod.docx&guidance=${folder}/latest.json`);
  await page.getByTestId("file-input").setInputFiles({ name: "parkering.docx", mimeType: "application/octet-stream", buffer: checked });
  await expect(page.getByTestId("older-stamp")).toContainText(`granskades senast med vägledning ${defaultPack().version}. Nu gäller 1.5.0`);
});
