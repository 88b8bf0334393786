// The Word host: an in-memory Word for tests and the demo. Load a .docx, install the `Word`,
// `Office` and `OfficeExtension` globals the add-in expects, run the real src/word code against
// it, and save the result back to .docx. Never part of the production bundle.
import { RequestContext, WordHostRuntime, apiAtLeast, type HostOptions } from "./api";
import { HostDocument } from "./document";
import { ErrorCodes, HostError } from "./errors";
import { officeCommon } from "./office-common";
import { editable, Officer } from "./officer";

export { HostDocument, HostError, ErrorCodes, WordHostRuntime, RequestContext, Officer, editable };
export type { HostOptions };

export interface WordHost {
  runtime: WordHostRuntime;
  readonly doc: HostDocument;
  readonly syncCount: number;
  /** Replaces the open document (the demo's picker). */
  open(bytes: Uint8Array, file?: string): void;
  save(): Uint8Array;
  /** Sets `Word`, `Office` and `OfficeExtension` on globalThis. */
  install(target?: Record<string, unknown>): void;
  onChange(handler: () => void): () => void;
}

export interface CreateOptions extends HostOptions {
  displayLanguage?: string;
  /** Office's theme background; dark themes make the pane dark. */
  background?: string;
}

export function createWordHost(bytes: Uint8Array | HostDocument, options: CreateOptions, file = "document.docx"): WordHost {
  // A HostDocument is copied, so many hosts can start from one parsed file.
  const runtime = new WordHostRuntime(bytes instanceof HostDocument ? bytes.clone() : HostDocument.fromDocx(bytes, file), options);
  return {
    runtime,
    get doc() {
      return runtime.doc;
    },
    get syncCount() {
      return runtime.syncCount;
    },
    open(b, f = "document.docx") {
      runtime.doc = HostDocument.fromDocx(b, f);
      runtime.emitChange();
    },
    save: () => runtime.doc.toDocx(),
    install(target = globalThis as unknown as Record<string, unknown>) {
      target.Word = wordNamespace(runtime);
      target.OfficeExtension = { Error: HostError, ErrorCodes };
      target.Office = officeCommon(runtime, options);
    },
    onChange(handler) {
      runtime.changeHandlers.add(handler);
      return () => runtime.changeHandlers.delete(handler);
    },
  };
}

function wordNamespace(runtime: WordHostRuntime): Record<string, unknown> {
  return {
    // Word.run(batch), or Word.run(object, batch) in the context the object was made in.
    run: async <T>(first: ((context: RequestContext) => Promise<T>) | { context: RequestContext }, batch?: (context: RequestContext) => Promise<T>): Promise<T> =>
      typeof first === "function" ? first(new RequestContext(runtime)) : batch!(first.context),
    RequestContext: class extends RequestContext {
      constructor() {
        super(runtime);
      }
    },
    InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
    RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
    CritiqueColorScheme: { red: "Red", green: "Green", blue: "Blue", lavender: "Lavender", berry: "Berry" },
    ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
    BuiltInStyleName: Object.fromEntries([
      ["normal", "Normal"],
      ["title", "Title"],
      ...Array.from({ length: 9 }, (_, i) => [`heading${i + 1}`, `Heading${i + 1}`]),
    ]),
    ErrorCodes,
    supports: (v: string) => apiAtLeast(runtime.options.wordApi, v),
  };
}
