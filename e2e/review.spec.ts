import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const pane = (page: Page) => page.getByRole("complementary", { name: "Jämkoll" });
async function identify(page: Page, name: string, role: "granskare" | "handläggare") {
  await pane(page).getByLabel("Ditt namn").fill(name);
  await pane(page).getByLabel("Din roll").selectOption(role);
  await pane(page).getByRole("button", { name: "Spara" }).click();
}
async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a reviewer comments on a finding, the officer replies, the reviewer resolves", async ({ page }) => {
  await page.goto("/?doc=dev-09-folkhalsa.docx");
  await page.getByRole("button", { name: "Granska", exact: true }).click();
  await expect(pane(page).getByText("Brister", { exact: true })).toBeVisible();

  // Reviewer: comment on the "impact" finding.
  const card = pane(page).locator('[data-finding="equality:criterion:impact"]');
  await card.getByRole("button", { name: "Kommentera" }).click();
  await identify(page, "Anna Berg", "granskare");
  const form = pane(page).getByRole("form", { name: "Ny kommentar" });
  await expect(form.getByLabel("Kriterium")).toHaveValue("impact");
  await form.getByLabel("Kommentar").fill("Beskriv vad satsningen betyder för flickor respektive pojkar.");
  await form.getByRole("button", { name: "Lägg till kommentar" }).click();
  const comment = pane(page).locator("[data-comment]");
  await expect(comment).toHaveAttribute("data-status", "open");
  await expect(page.getByRole("article", { name: "Dokument" })).toContainText("⟦Jämkoll-kommentar (öppen) · Anna Berg, granskare");
  await page.screenshot({ path: "test-results/screens/09-review-open.png", fullPage: true });
  await axeClean(page);

  // Officer: reply.
  await pane(page).getByRole("button", { name: "Byt" }).click();
  await identify(page, "Omar Said", "handläggare");
  await comment.getByRole("button", { name: "Svara", exact: true }).click();
  await comment.getByLabel("Svar").fill("Jag har lagt till en konsekvensbeskrivning.");
  await comment.getByRole("button", { name: "Skicka svar" }).click();
  await expect(comment).toHaveAttribute("data-status", "answered");
  await expect(page.getByRole("article", { name: "Dokument" })).toContainText("(besvarad)");

  // Reviewer: resolve.
  await pane(page).getByRole("button", { name: "Byt" }).click();
  await identify(page, "Anna Berg", "granskare");
  await comment.getByRole("button", { name: "Markera som löst" }).click();
  await expect(comment).toHaveAttribute("data-status", "resolved");
  await expect(pane(page).getByText("0 öppna · 0 besvarade · 1 löst")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/10-review-resolved.png", fullPage: true });
  await axeClean(page);

  // The analysis is not fooled by the comment's words.
  await pane(page).getByRole("tab", { name: "Analys" }).click();
  await page.getByRole("button", { name: "Granska igen" }).click();
  await expect(pane(page).getByText("Brister", { exact: true })).toBeVisible();
});
