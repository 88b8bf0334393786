/** @jest-environment jsdom */
// Issue 15 item 13 in the pane: a comment whose record and visible text disagree, a control
// without a record that claims to be resolved, and a name with bidi controls are all flagged.
import { act } from "react";
import { createRoot } from "react-dom/client";
import { CommentItem } from "../../src/taskpane/components/CommentItem";
import { newComment } from "../../src/review/model";
import { reconcile, type ListedComment } from "../../src/review/reconcile";
import { visibleText } from "../../src/review/visible";
import { serializeReview } from "../../src/review/xml";

const noop = () => undefined;

async function render(item: ListedComment): Promise<HTMLElement> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<CommentItem item={item} criterionLabel={null} busy={false} onGoTo={noop} onReply={async () => true} onStatus={noop} onDelete={noop} onReanchor={noop} />));
  return el;
}

beforeAll(() => {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const anna = { name: "Anna Berg", role: "granskare" as const };
const c = newComment({ id: "11111111-1111-4111-8111-111111111111", author: anna, criterion: null, text: "Text", quote: "", at: "2026-11-24T09:00:00.000Z" });

it("flags a record whose author was edited, in Swedish", async () => {
  const s = reconcile([{ tag: `jamkoll:comment:${c.id}`, text: visibleText(c, null) }], [serializeReview([{ ...c, author: { name: "Chefen", role: "granskare" } }])]);
  const el = await render(s.comments[0]);
  expect(el.textContent).toContain("Posten och texten i dokumentet stämmer inte överens (författare)");
});

it("a hand-made control that says löst is shown as open, with what it claims", async () => {
  const s = reconcile([{ tag: "jamkoll:comment:x", text: "⟦Jämkoll-kommentar (löst) · Anna Berg, granskare, 2026-11-24: Klart.⟧" }], []);
  const el = await render(s.comments[0]);
  expect(el.querySelector("[data-status]")!.getAttribute("data-status")).toBe("open");
  expect(el.textContent).toContain("Texten säger ”Löst”, men ingen post bekräftar det");
});

it("shows a name without its bidi controls, isolated, and says so", async () => {
  const spoof = { ...c, author: { name: "Anna \u202Egreb\u202C", role: "granskare" as const } };
  const s = reconcile([{ tag: `jamkoll:comment:${c.id}`, text: visibleText(spoof, null) }], [serializeReview([spoof])]);
  const el = await render(s.comments[0]);
  expect(el.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(el.querySelector("bdi")!.textContent).toBe("Anna greb");
  expect(el.textContent).toContain("Namnet innehöll tecken som vänder textens riktning");
});

it("the review's problems are explained in the pane's language, with the detail beside", async () => {
  const { RecordProblems } = await import("../../src/taskpane/components/RecordProblems");
  const el = document.createElement("div");
  document.body.appendChild(el);
  const problems = reconcile([{ tag: `jamkoll:comment:${c.id}`, text: visibleText(c, null) }], [`<review xmlns="urn:jamkoll:review:1"><comment id="x" status="open"/></review>`, serializeReview([{ ...c, status: "resolved" }])]).problems;
  await act(async () => createRoot(el).render(<RecordProblems problems={problems} />));
  expect(el.textContent).toContain("En kommentarspost är ofullständig");
  expect(el.textContent).toContain("Posten och kommentarens text i dokumentet stämmer inte överens");
  expect(el.querySelector("[title]")!.getAttribute("title")).toMatch(/lacks its author|lacks its date/);
});
