// The Office common API the add-in uses beside Word JS: host and requirement sets, UI language
// and theme, document settings and custom XML parts (Office 2013+), document events.
import type { WordHostRuntime } from "./api";
import { apiAtLeast } from "./api";

type Callback<T> = (result: { status: "succeeded" | "failed"; value: T; error?: { code: number; name: string; message: string } }) => void;

const ok = <T>(cb: Callback<T> | undefined, value: T): void => {
  if (cb) setTimeout(() => cb({ status: "succeeded", value }), 0);
};
const fail = <T>(cb: Callback<T> | undefined, message: string, code = 5001): void => {
  if (cb) setTimeout(() => cb({ status: "failed", value: undefined as T, error: { code, name: "Internal Error", message } }), 0);
};

export function officeCommon(runtime: WordHostRuntime, options: { wordApi: string; displayLanguage?: string; background?: string }): Record<string, unknown> {
  const customXmlPart = (id: string) => ({
    id,
    getXmlAsync(cb: Callback<string>) {
      const part = runtime.doc.customXmlParts.find((p) => p.id === id);
      if (part) ok(cb, part.xml);
      else fail(cb, "The custom XML part no longer exists.");
    },
    deleteAsync(cb?: Callback<void>) {
      if (runtime.doc.protected) return fail(cb, "The document is protected against editing.");
      runtime.doc.customXmlParts = runtime.doc.customXmlParts.filter((p) => p.id !== id);
      ok(cb, undefined);
    },
  });
  const handlers = new Map<string, Set<(e: unknown) => void>>();
  runtime.changeHandlers.add(() => {
    for (const h of handlers.get("documentSelectionChanged") ?? []) h({ type: "documentSelectionChanged" });
  });
  return {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Word", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "sv-SE",
      officeTheme: { bodyBackgroundColor: options.background ?? "#FFFFFF" },
      requirements: { isSetSupported: (name: string, version = "1.1") => name === "WordApi" && apiAtLeast(options.wordApi, version) },
      document: {
        settings: {
          get: (name: string) => runtime.doc.settings[name] ?? null,
          set: (name: string, value: unknown) => {
            runtime.doc.settings[name] = value;
          },
          remove: (name: string) => {
            delete runtime.doc.settings[name];
          },
          saveAsync: (cb?: Callback<void>) => (runtime.doc.protected ? fail(cb, "The document is protected against editing.") : ok(cb, undefined)),
        },
        customXmlParts: {
          addAsync(xml: string, cb?: Callback<unknown>) {
            if (runtime.doc.protected) return fail(cb, "The document is protected against editing.");
            const max = (runtime.options as { maxCustomXmlBytes?: number }).maxCustomXmlBytes ?? Infinity;
            if (new TextEncoder().encode(xml).length > max) {
              return fail(cb, "The custom XML part is too large.", 5002);
            }
            const id = `{${crypto.randomUUID().toUpperCase()}}`;
            runtime.doc.customXmlParts.push({ id, xml });
            ok(cb, customXmlPart(id));
          },
          getByNamespaceAsync(ns: string, cb: Callback<unknown[]>) {
            const parts = runtime.doc.customXmlParts.filter((p) => new RegExp(`xmlns(:\\w+)?="${ns.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).test(p.xml.slice(0, 400)));
            ok(cb, parts.map((p) => customXmlPart(p.id)));
          },
          getByIdAsync(id: string, cb: Callback<unknown>) {
            const part = runtime.doc.customXmlParts.find((p) => p.id === id);
            if (part) ok(cb, customXmlPart(id));
            else fail(cb, "No such custom XML part.");
          },
        },
        addHandlerAsync(type: string, handler: (e: unknown) => void, cb?: Callback<void>) {
          const set = handlers.get(type) ?? new Set();
          set.add(handler);
          handlers.set(type, set);
          ok(cb, undefined);
        },
        removeHandlerAsync(type: string, opts?: { handler?: (e: unknown) => void } | Callback<void>, cb?: Callback<void>) {
          const handler = typeof opts === "object" ? opts?.handler : undefined;
          if (handler) handlers.get(type)?.delete(handler);
          else handlers.delete(type);
          ok(typeof opts === "function" ? opts : cb, undefined);
        },
      },
    },
  };
}
