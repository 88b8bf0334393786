import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";

const open = async (page: Page, doc: string, query = "") => {
  await page.goto(`/?doc=${doc}${query}`);
  await expect(page.getByRole("button", { name: query.includes("lang=en") ? "Check" : "Granska", exact: true })).toBeVisible();
};
const pane = (page: Page) => page.getByRole("complementary", { name: "Jämkoll" });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a proposal without the section: saknas → insert → it appears, re-check says template", async ({ page }) => {
  await open(page, "dev-02-fardtjanst.docx");
  await shot(page, "01-empty-state");
  await axeClean(page);
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(pane(page).getByText("Saknas", { exact: true })).toBeVisible();
  await shot(page, "02-missing");
  await axeClean(page);
  await pane(page).getByRole("button", { name: "Infoga avsnittet" }).click();
  await expect(page.getByRole("article").getByRole("heading", { name: "Jämställdhet" })).toBeVisible();
  await expect(pane(page).getByText("Bara malltext", { exact: true })).toBeVisible();
  await expect(page.getByRole("article")).toContainText("[Beskriv vilka som berörs av förslaget");
  await shot(page, "03-template-after-insert");

  // The edited document downloads as a .docx that holds the new section.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  expect(strFromU8(files["word/document.xml"])).toContain("Jämställdhet");
});

test("an adequate proposal has no error cards and shows its criteria", async ({ page }) => {
  await open(page, "dev-03-foretagsstod.docx");
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(pane(page).getByText("Godtagbart", { exact: true })).toBeVisible();
  await expect(pane(page).locator('[data-severity="error"]')).toHaveCount(0);
  await expect(pane(page).locator('[data-criterion="impact"][data-met="true"]')).toHaveCount(1);
  await pane(page).getByText(/Visa belägg/).first().click();
  await shot(page, "04-adequate");
  await axeClean(page);
});

test("keyboard only: check, walk the cards, insert questions", async ({ page }) => {
  await open(page, "dev-09-folkhalsa.docx");
  const granska = page.getByRole("button", { name: "Granska", exact: true });
  await granska.focus();
  await page.keyboard.press("Enter");
  await expect(pane(page).getByText("Brister", { exact: true })).toBeVisible();
  // Tab forward until the first "Infoga frågor" has focus, then press Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (name.includes("Infoga frågor")) break;
  }
  await expect(page.locator(":focus")).toHaveText(/Infoga frågor/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article")).toContainText("Vad visar statistiken om de berörda när den delas upp på kön?");
  await expect(pane(page).getByText("Brister", { exact: true })).toBeVisible();
  await shot(page, "05-keyboard-questions");
});

test("the pane works at 320 px and in English, and as Word 2021 (WordApi 1.3): findings listed, nothing written into the text", async ({ page }) => {
  await open(page, "dev-05-digitala-vardbesok.docx", "&paneWidth=320&lang=en&wordApi=1.3");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(pane(page).getByText("Dismissed without reason", { exact: true })).toBeVisible();
  await expect(pane(page).getByText(/Marks: this Word has no marks outside the file/)).toBeVisible();
  await expect(page.locator("[data-mark]")).toHaveCount(0);
  const box = await pane(page).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(321);
  const overflow = await pane(page).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(overflow).toBe(false);
  await shot(page, "06-narrow-english");
  await axeClean(page);
  await expect(pane(page).getByRole("button", { name: "Clear marks" })).toHaveCount(0);
});

test("the pane in a dark Office theme is readable (axe)", async ({ page }) => {
  await open(page, "dev-09-folkhalsa.docx", "&theme=dark");
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(pane(page).getByText("Brister", { exact: true })).toBeVisible();
  await shot(page, "11-dark");
  await axeClean(page);
});
