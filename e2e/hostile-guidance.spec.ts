// Hostile guidance in a real browser: the analysis runs in a Web Worker, a pack too slow for the
// text is set aside within the time budget while the pane stays responsive, and the demo
// refuses a data: URL for ?guidance=.
import { expect, test } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPack } from "../src/guidance/default-pack";
import { buildDocx } from "../test/helpers/build-docx";

// One long sentence (no full stop) in the equality section: ordinary words, just many of them.
const words = "kvinnor och män i regionen får stöd av verksamheten under hela året";
const LONG = buildDocx(`= Förslag om stöd\n# Sammanfattning\nRegionen ger stöd.\n# Jämställdhet\n${Array(60).fill(words).join(" ")}\n# Beslutsunderlag\nUtredning.\n`);

test("a pack too slow for the text is set aside within the budget; the pane stays responsive", async ({ page }) => {
  // Two overlapping repetitions pass the structural check (quadratic), and are cubic as a search over a long sentence.
  const slow = "[^.]*[^.]*§";
  const pack = { ...defaultPack(), version: "7.0.0" };
  pack.criteria = pack.criteria.map((c) => ({ ...c, patterns: [...c.patterns, slow] }));
  pack.sections = [{ ...pack.sections[0], dismissal: [...pack.sections[0].dismissal, slow] }];
  mkdirSync(join("dist-demo", "slow"), { recursive: true });
  writeFileSync(join("dist-demo", "slow", "latest.json"), JSON.stringify(pack));

  await page.goto("/?doc=dev-03-foretagsstod.docx&guidance=slow/latest.json");
  await expect(page.getByRole("complementary")).toContainText("version 7.0.0");
  await page.getByTestId("file-input").setInputFiles({ name: "lang.docx", mimeType: "application/octet-stream", buffer: Buffer.from(LONG) });
  const worker = page.waitForEvent("worker");
  const started = Date.now();
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await worker;
  // While the worker is busy the page answers at once.
  const t = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - t).toBeLessThan(500);
  await expect(page.getByTestId("guidance-notice")).toContainText("7.0.0", { timeout: 20_000 });
  await expect(page.getByTestId("guidance-notice")).toContainText("åt sidan");
  expect(Date.now() - started).toBeLessThan(15_000);
  // The check ran again with the built-in pack.
  await expect(page.getByRole("complementary")).toContainText(`version ${defaultPack().version}`);
  await page.screenshot({ path: "test-results/screens/15-slow-guidance-set-aside.png", fullPage: true });
});

test("the demo refuses a data: URL for ?guidance= and uses the built-in pack", async ({ page }) => {
  const data = `data:application/json,${encodeURIComponent(JSON.stringify({ id: "x", version: "8.0.0" }))}`;
  await page.goto(`/?doc=dev-03-foretagsstod.docx&guidance=${encodeURIComponent(data)}`);
  await expect(page.getByTestId("guidance-notice")).toContainText("inte tillåten");
  await expect(page.getByRole("complementary")).not.toContainText("8.0.0");
});
