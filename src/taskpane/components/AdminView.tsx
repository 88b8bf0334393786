import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular, FolderOpen16Regular } from "@fluentui/react-icons";
import { useRef, useState, type FC } from "react";
import type { Report } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";
import { isSafeRegex } from "../../guidance/regex-safety";
import { validatePackText, type PackError } from "../../guidance/validate";
import { paneAnalyzer } from "../boot/services";
import type { CheckResult } from "../../word/gateway";
import { toProblem, type WordProblem } from "../../word/problems";
import { useLanguage, useStrings, type Language } from "../i18n";
import { ProblemBar } from "./ProblemBar";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" } },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AdminViewProps {
  current: GuidancePack;
  /** Reads the document through the checker's queue, without touching marks. */
  read: () => Promise<CheckResult | null>;
}

/** A draft is analysed off the UI thread with the same time budget as the checks: a slow draft cannot freeze the pane. */
const analyzeDraft = paneAnalyzer();

interface SaidError {
  path: string;
  text: string;
}

/** The validation messages, fetched only when a draft has errors to show (most panes never need them); the problem's code if they cannot be fetched. */
async function sayErrors(errors: readonly PackError[], lang: Language): Promise<SaidError[]> {
  const say = await import(/* webpackChunkName: "jamkoll-pack-messages" */ "../../guidance/i18n").then(
    (m) => m.sayPackProblem,
    () => (p: PackError["problem"]) => p.code,
  );
  return errors.map((e) => ({ path: e.path, text: say(e.problem, lang) }));
}

/** The template administrator's preview: open a draft pack, see its errors, compare it with the current pack on this document. */
export const AdminView: FC<AdminViewProps> = ({ current, read }) => {
  const t = useStrings();
  const lang = useLanguage();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<{ name: string; text: string; pack: GuidancePack | null; errors: SaidError[] } | null>(null);
  const [compare, setCompare] = useState<{ current: Report; draft: Report } | null>(null);
  const [problem, setProblem] = useState<WordProblem | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const r = validatePackText(text, { isSafeRegex });
    setDraft({ name: file.name, text, pack: r.ok ? r.pack : null, errors: r.ok ? [] : await sayErrors(r.errors, lang) });
    setCompare(null);
  };

  const run = async () => {
    if (!draft?.pack) return;
    try {
      setProblem(null);
      const result = await read();
      if (result) setCompare({ current: result.report, draft: await analyzeDraft(result.model, draft.pack) });
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const download = () => {
    if (!draft?.pack) return;
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(draft.pack, null, 2)], { type: "application/json" }));
    a.download = `${draft.pack.id}-${draft.pack.version}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const criteria = draft?.pack ? [...new Set([...current.criteria.map((c) => c.id), ...draft.pack.criteria.map((c) => c.id)])] : [];
  const label = (id: string) => (draft?.pack?.criteria.find((c) => c.id === id) ?? current.criteria.find((c) => c.id === id))?.label;

  return (
    <section className={styles.root} aria-labelledby="jk-admin">
      <Subtitle2 as="h2" id="jk-admin">
        {t.adminTitle}
      </Subtitle2>
      {problem && <ProblemBar problem={problem} onDismiss={() => setProblem(null)} />}
      <div className={styles.row}>
        <Button icon={<FolderOpen16Regular />} onClick={() => input.current?.click()}>
          {t.adminOpen}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden aria-label={t.adminOpen} data-testid="admin-file" onChange={(e) => void open(e.target.files?.[0])} />
      </div>
      {draft && (
        <div aria-live="polite">
          <Caption1>{draft.name}</Caption1>
          {draft.pack ? (
            <Body1 as="p">{t.adminValid(draft.pack.id, draft.pack.version)}</Body1>
          ) : (
            <>
              <Body1 as="p">{t.adminInvalid(draft.errors.length)}</Body1>
              <ul className={styles.errors} data-testid="admin-errors">
                {draft.errors.map((e, i) => (
                  <li key={i}>
                    <code>{e.path}</code>: {e.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {draft?.pack && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void run()}>
            {t.adminCompare}
          </Button>
          <Button icon={<ArrowDownload16Regular />} onClick={download}>
            {t.adminDownload}
          </Button>
        </div>
      )}
      {compare && (
        <table className={styles.table} data-testid="admin-compare">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{t.adminCurrent}</th>
              <th scope="col">{t.adminDraft}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.adminStatus}</th>
              <td>
                <StatusBadge status={compare.current.sections[0].status} />
              </td>
              <td>
                <StatusBadge status={compare.draft.sections[0].status} />
              </td>
            </tr>
            {criteria.map((id) => (
              <tr key={id}>
                <th scope="row">{label(id)?.[lang] ?? label(id)?.sv ?? id}</th>
                <td>{compare.current.sections[0].criteria[id] ? "✓" : "–"}</td>
                <td>{compare.draft.sections[0].criteria[id] ? "✓" : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
