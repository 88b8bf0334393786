// The change watcher: Word's paragraph events (WordApi 1.6) removed in the context they were
// added in, so switching auto-check off stops them; below 1.6, selection changes, which Word
// raises on every click and select() — only a signal for the checker to compare the text.
import { watchDocument } from "../../src/word/changes";
import { openInWord, wordApiOf } from "../helpers/word";

const tick = () => new Promise((r) => setTimeout(r, 5));

function typeInto(host: ReturnType<typeof openInWord>["host"], i: number, text: string): void {
  const para = host.doc.paragraphs[i];
  para.text += text;
  para.bold.push(...Array(text.length).fill(false));
  para.highlight.push(...Array(text.length).fill(null));
  para.inserted.push(...Array(text.length).fill(false));
  para.deleted.push(...Array(text.length).fill(false));
  host.runtime.emitChange();
}

describe("at WordApi 1.6", () => {
  it("stopping removes the handlers, so no signal follows; watching again adds one set, not two", async () => {
    const { host } = openInWord("dev-09-folkhalsa.docx", "1.6");
    const api = wordApiOf(host);
    const base = host.runtime.changeHandlers.size;
    let signals = 0;
    const stop = watchDocument(api, () => signals++);
    await tick();
    typeInto(host, 8, " Ny text.");
    expect(signals).toBe(3); // changed, added, deleted: the host raises all three per change
    await stop();
    typeInto(host, 8, " Mer.");
    expect(signals).toBe(3);
    const again = watchDocument(api, () => signals++);
    await tick();
    typeInto(host, 8, " Igen.");
    expect(signals).toBe(6);
    await again();
    expect(host.runtime.changeHandlers.size).toBe(base);
    typeInto(host, 8, " Sist.");
    expect(signals).toBe(6);
  });

  it("a removal from another context removes nothing, as in Word", async () => {
    const { host } = openInWord("dev-09-folkhalsa.docx", "1.6");
    let signals = 0;
    let handler: { remove(): void } | null = null;
    await Word.run(async (context) => {
      handler = context.document.onParagraphChanged.add(async () => void signals++);
      await context.sync();
    });
    await Word.run(async (context) => {
      handler!.remove();
      await context.sync();
    });
    typeInto(host, 8, " x");
    expect(signals).toBe(1);
  });
});

describe("below WordApi 1.6", () => {
  it("selection changes signal on every click and on the pane's own select()", async () => {
    const { host } = openInWord("dev-09-folkhalsa.docx", "1.3");
    let signals = 0;
    const stop = watchDocument(wordApiOf(host), () => signals++);
    await tick();
    host.runtime.moveCursor(3, 2);
    host.runtime.moveCursor(5, 0);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
      await context.sync();
    });
    expect(signals).toBe(3);
    await stop();
    host.runtime.moveCursor(4, 0);
    expect(signals).toBe(3);
  });
});
