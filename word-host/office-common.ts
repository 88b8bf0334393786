// The Office common API the add-in uses beside Word JS: host and requirement sets, UI language
// and theme, document settings and custom XML parts (Office 2013+), document events.
import type { WordHostRuntime } from "./api";
import { apiAtLeast } from "./api";
import { parseXml } from "../src/docx/xml";

type Callback<T> = (result: { status: "succeeded" | "failed"; value: T; error?: { code: number; name: string; message: string } }) => void;

const ok = <T>(cb: Callback<T> | undefined, value: T): void => {
  if (cb) setTimeout(() => cb({ status: "succeeded", value }), 0);
};
const fail = <T>(cb: Callback<T> | undefined, message: string, code = 5001): void => {
  if (cb) setTimeout(() => cb({ status: "failed", value: undefined as T, error: { code, name: "Internal Error", message } }), 0);
};

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * A part's namespace is its root element's, wherever it is declared (as in Word). Parts that are
 * not well-formed can only be put here by a test: their root tag's own declaration counts, unless
 * `strict`, which gives undefined for them.
 */
function rootNamespace(xml: string, strict = false): string | null | undefined {
  try {
    return parseXml(xml).documentElement?.namespaceURI ?? null;
  } catch {
    if (strict) return undefined;
    const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
    if (!root) return null;
    const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
    const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(["'])(.*?)\\1`).exec(root[2]);
    return decl?.[2] ?? null;
  }
}

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
      if (!runtime.doc.customXmlParts.some((p) => p.id === id)) return fail(cb, "The custom XML part no longer exists.");
      runtime.doc.customXmlParts = runtime.doc.customXmlParts.filter((p) => p.id !== id);
      ok(cb, undefined);
    },
  });
  const handlers = new Map<string, Set<(e: unknown) => void>>();
  // Word raises DocumentSelectionChanged on every cursor move (typing moves it too) and on every
  // select(), the add-in's own included: not only when the text changed.
  const selectionChanged = () => {
    for (const h of handlers.get("documentSelectionChanged") ?? []) h({ type: "documentSelectionChanged" });
  };
  runtime.changeHandlers.add(selectionChanged);
  runtime.selectionHandlers.add(selectionChanged);
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
            // Word refuses XML that is not well-formed (XML 1.0 has no control characters either).
            if (INVALID_XML_CHAR.test(xml) || rootNamespace(xml, true) === undefined) return fail(cb, "The XML is not well-formed.", 5003);
            const max = (runtime.options as { maxCustomXmlBytes?: number }).maxCustomXmlBytes ?? Infinity;
            if (new TextEncoder().encode(xml).length > max) {
              return fail(cb, "The custom XML part is too large.", 5002);
            }
            const id = `{${crypto.randomUUID().toUpperCase()}}`;
            runtime.doc.customXmlParts.push({ id, xml });
            ok(cb, customXmlPart(id));
          },
          getByNamespaceAsync(ns: string, cb: Callback<unknown[]>) {
            const parts = runtime.doc.customXmlParts.filter((p) => rootNamespace(p.xml) === ns);
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
