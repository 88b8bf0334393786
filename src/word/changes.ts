// Tells the pane when the document may have changed: Word's paragraph events where the host has
// them (WordApi 1.6), otherwise selection changes (every Word since 2013), which follow typing
// but also every click and the pane's own select(). Either way this is only a signal: the
// checker compares the text's fingerprint and re-checks only when the text changed.
import type { WordApi } from "./gateway";

export interface Watch {
  /** Stops watching; resolves once Word has let go of the handlers (or failed to, with the reason). */
  (): Promise<void>;
}

export function watchDocument(api: WordApi, onSignal: () => void, onProblem: (e: unknown) => void = () => undefined): Watch {
  let stopped = false;
  let stop: () => Promise<void> = async () => undefined;
  const started = api.supports("1.6")
    ? api
        .run(async (context) => {
          const doc = context.document;
          const handlers = [doc.onParagraphChanged.add(async () => onSignal()), doc.onParagraphAdded.add(async () => onSignal()), doc.onParagraphDeleted.add(async () => onSignal())];
          await context.sync();
          // Word removes a handler only in the RequestContext it was added in: run there again.
          stop = () =>
            (api.runIn ?? ((_o, b) => b(context)))(doc, async (ctx) => {
              for (const h of handlers) h.remove();
              await ctx.sync();
            });
        })
        .catch((e) => {
          onProblem(e);
          stop = watchSelection(onSignal);
        })
    : Promise.resolve().then(() => {
        stop = watchSelection(onSignal);
      });
  return async () => {
    if (stopped) return;
    stopped = true;
    await started;
    await stop();
  };
}

function watchSelection(onSignal: () => void): () => Promise<void> {
  const handler = () => onSignal();
  if (!Office.context.document?.addHandlerAsync) return async () => undefined; // no events: re-check by hand
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
  return () =>
    new Promise<void>((resolve) => {
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }, () => resolve());
    });
}
