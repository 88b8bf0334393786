// The demo: Jämkoll without Word. A proposal on the left, the real pane on the right, driven by
// the Word host; pick a corpus proposal or drop a .docx, check it, fix it, download it.
import { Button, Caption1, Dropdown, FluentProvider, makeStyles, Option, tokens, webLightTheme } from "@fluentui/react-components";
import { ArrowDownload16Regular, FolderOpen16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type FC } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../src/taskpane/components/App";
import { Shell } from "../src/taskpane/components/Shell";
import { loadStrings } from "../src/taskpane/i18n";
import { browserSettings, officeStamp, paneAnalyzer, type PaneServices } from "../src/taskpane/boot/services";
import { demoGuidanceUrl, loadGuidance } from "../src/taskpane/boot/guidance";
import { WordGateway } from "../src/word/gateway";
import { ReviewGateway } from "../src/word/comments";
import { createWordHost, type WordHost } from "../word-host";
import { CORPUS } from "./corpus";
import { DocumentView } from "./DocumentView";

const params = new URLSearchParams(location.search);
const WORD_API = params.get("wordApi") ?? "1.9";
const LANGUAGE = params.get("lang") === "en" ? "en" : "sv";
const PANE_WIDTH = Number(params.get("paneWidth") ?? 360);
const DARK = params.get("theme") === "dark";
/** One analysis worker for the page, whichever proposal is open. */
const ANALYZER = paneAnalyzer();

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center", padding: "8px 16px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2 },
  main: { display: "grid", minHeight: 0 },
  doc: { overflow: "auto", padding: "24px", backgroundColor: "#eef0f3" },
  pane: { overflow: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  drop: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-12px" },
});

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const Demo: FC<{ initial: Uint8Array; initialName: string }> = ({ initial, initialName }) => {
  const styles = useStyles();
  const [name, setName] = useState(initialName);
  const [generation, bump] = useReducer((n: number) => n + 1, 0);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const host = useMemo<WordHost>(() => {
    const h = createWordHost(initial, { wordApi: WORD_API, displayLanguage: LANGUAGE === "en" ? "en-US" : "sv-SE" }, initialName);
    h.install();
    return h;
  }, [initial, initialName]);

  useEffect(() => {
    host.runtime.syncHandlers.add(redraw);
    const off = host.onChange(redraw);
    return () => {
      host.runtime.syncHandlers.delete(redraw);
      off();
    };
  }, [host]);

  const services = useMemo<PaneServices>(() => {
    void generation;
    const settings = browserSettings("jamkoll-demo.");
    const api = { run: <T,>(b: (c: Word.RequestContext) => Promise<T>) => Word.run(b), supports: (v: string) => Office.context.requirements.isSetSupported("WordApi", v) };
    return {
      hostName: "Demo",
      word: new WordGateway(api, ANALYZER),
      watchDocument: (onChange) => host.onChange(onChange),
      settings,
      // ?guidance= only beside the demo: a data: URL or another site is refused, fetches nothing and is never cached.
      loadGuidance: () => loadGuidance({ url: demoGuidanceUrl(params.get("guidance")), allowedOrigin: location.origin, fetch: (u, i) => fetch(u, i), storage: settings }),
      stamp: officeStamp,
      review: new ReviewGateway(api),
    };
  }, [host, generation]);

  const open = useCallback(
    (bytes: Uint8Array, file: string) => {
      try {
        host.open(bytes, file);
        setName(file);
        setError(null);
        bump();
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [host],
  );

  const onFiles = async (files: FileList | null) => {
    const f = files?.[0];
    if (f) open(new Uint8Array(await f.arrayBuffer()), f.name);
  };

  const download = () => {
    const blob = new Blob([host.save() as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name.replace(/\.docx$/i, "") + "-jamkoll.docx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const onEdit = (id: number, text: string) => {
    const p = host.doc.para(id);
    p.text = text;
    p.bold = Array(text.length).fill(p.bold[0] ?? false);
    p.highlight = Array(text.length).fill(null);
    host.runtime.emitChange();
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.bar}>
        <h1 style={{ fontSize: "16px", margin: 0 }}>Jämkoll – demo utan Word</h1>
        <label htmlFor="jk-pick">Förslag:</label>
        <Dropdown
          id="jk-pick"
          aria-label="Välj förslag"
          value={CORPUS.find(([f]) => f === name)?.[1] ?? name}
          onOptionSelect={(_, d) => d.optionValue && void fetchBytes(`corpus/${d.optionValue}`).then((b) => open(b, d.optionValue!), (e) => setError(String(e)))}
        >
          {CORPUS.map(([file, label]) => (
            <Option key={file} value={file}>
              {label}
            </Option>
          ))}
        </Dropdown>
        <Button icon={<FolderOpen16Regular />} onClick={() => fileInput.current?.click()}>
          Öppna .docx …
        </Button>
        <input ref={fileInput} type="file" accept=".docx" hidden aria-label="Öppna .docx" data-testid="file-input" onChange={(e) => void onFiles(e.target.files)} />
        <Button icon={<ArrowDownload16Regular />} onClick={download} data-testid="download">
          Ladda ner .docx
        </Button>
        <Caption1>
          WordApi {WORD_API} · <a href={`?wordApi=${WORD_API === "1.3" ? "1.9" : "1.3"}&lang=${LANGUAGE}`}>{WORD_API === "1.3" ? "visa som Word på webben (1.9)" : "visa som Word 2019 (1.3)"}</a>
        </Caption1>
        {error && <Caption1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>{error}</Caption1>}
      </header>
      <div className={styles.main} style={{ gridTemplateColumns: `1fr ${PANE_WIDTH}px` }}>
        <div
          className={`${styles.doc} ${dragging ? styles.drop : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void onFiles(e.dataTransfer.files);
          }}
        >
          <DocumentView doc={host.doc} onEdit={onEdit} />
        </div>
        <aside className={styles.pane} aria-label="Jämkoll">
          <Shell language={LANGUAGE} dark={DARK}>
            <App key={generation} services={services} />
          </Shell>
        </aside>
      </div>
    </FluentProvider>
  );
};

const first = params.get("doc") ?? "dev-02-fardtjanst.docx";
void Promise.all([fetchBytes(`corpus/${first}`), loadStrings(LANGUAGE)]).then(([bytes]) => createRoot(document.getElementById("root")!).render(<Demo initial={bytes} initialName={first} />));
