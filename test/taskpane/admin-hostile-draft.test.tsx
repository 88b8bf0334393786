/** @jest-environment jsdom */
// The administrator's preview loads a draft pack: the same structural regex check as everywhere
// else refuses a catastrophic pattern before anything is analysed.
import "../helpers/jsdom-text";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { defaultPack } from "../../src/guidance/default-pack";
import { AdminView } from "../../src/taskpane/components/AdminView";
import { Shell } from "../../src/taskpane/components/Shell";

beforeAll(() => {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

it("a draft with a catastrophic pattern is refused, naming the field", async () => {
  const draft = { ...defaultPack(), version: "5.0.0", sections: [{ ...defaultPack().sections[0], dismissal: ["(\\w+\\s?)+$"] }] };
  document.body.innerHTML = `<div id="root"></div>`;
  const root = createRoot(document.getElementById("root")!);
  let read = 0;
  await act(async () =>
    root.render(
      <Shell language="sv" dark={false}>
        <AdminView current={defaultPack()} read={async () => (read++, null)} />
      </Shell>,
    ),
  );
  const input = document.querySelector<HTMLInputElement>('[data-testid="admin-file"]')!;
  const file = new File([JSON.stringify(draft)], "draft.json", { type: "application/json" });
  Object.defineProperty(file, "text", { value: async () => JSON.stringify(draft) });
  Object.defineProperty(input, "files", { value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
  });
  expect(document.body.textContent).toMatch(/sections\[0\]\.dismissal\[0\]/);
  // In the pane's language (Swedish here).
  expect(document.body.textContent).toMatch(/orimligt lång tid/);
  expect(read).toBe(0);
  await act(async () => root.unmount());
});
