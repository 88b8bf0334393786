// Tells the pane when the document changes: Word's paragraph events where the host has them
// (WordApi 1.6), otherwise selection changes (every Word since 2013), which follow typing closely.
import type { WordApi } from "./gateway";

export function watchDocument(api: WordApi, onChange: () => void): () => void {
  let stopped = false;
  let stop: () => void = () => undefined;
  if (api.supports("1.6")) {
    void Promise.resolve()
      .then(() => api.run(async (context) => {
        const doc = context.document as Word.Document;
        const handlers = [doc.onParagraphChanged.add(async () => onChange()), doc.onParagraphAdded.add(async () => onChange()), doc.onParagraphDeleted.add(async () => onChange())];
        await context.sync();
        stop = () =>
          void api.run(async (ctx) => {
            for (const h of handlers) h.remove();
            await ctx.sync();
          });
        if (stopped) stop();
      }))
      .catch(() => {
        stop = watchSelection(onChange);
      });
  } else {
    stop = watchSelection(onChange);
  }
  return () => {
    stopped = true;
    stop();
  };
}

function watchSelection(onChange: () => void): () => void {
  const handler = () => onChange();
  if (!Office.context.document?.addHandlerAsync) return () => undefined; // no events: re-check by hand
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
  return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
}
