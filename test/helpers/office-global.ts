// A stand-in for the Office global that the pane's boot code reads (host, language, theme,
// requirement sets). Word JS itself is provided by the Word host (src/word tests).
export interface FakeOfficeOptions {
  host?: string | null;
  wordApi?: string;
  displayLanguage?: string;
  background?: string;
}

export function installOffice(opts: FakeOfficeOptions = {}): void {
  const wordApi = opts.wordApi ?? "1.9";
  const supported = (name: string, version = "1.1") =>
    name === "WordApi" && version.split(".").map(Number).reduce((a, b) => a * 100 + b) <= wordApi.split(".").map(Number).reduce((a, b) => a * 100 + b);
  (globalThis as unknown as { Office: unknown }).Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    context: {
      displayLanguage: opts.displayLanguage ?? "sv-SE",
      officeTheme: { bodyBackgroundColor: opts.background ?? "#ffffff" },
      requirements: { isSetSupported: supported },
      document: { addHandlerAsync: () => undefined, removeHandlerAsync: () => undefined },
    },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    onReady: (cb: (info: { host: string | null }) => void) => {
      cb({ host: opts.host === undefined ? "Word" : opts.host });
      return Promise.resolve({ host: opts.host ?? "Word" });
    },
  };
}
