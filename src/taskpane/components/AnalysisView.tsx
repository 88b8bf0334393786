import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { ArrowSync16Regular, EraserRegular, SearchInfo20Regular } from "@fluentui/react-icons";
import { useState, type FC } from "react";
import type { Action, Finding, Severity } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";
import { useLanguage, useStrings } from "../i18n";
import type { PaneServices } from "../boot/services";
import type { useChecker } from "../state/useChecker";
import { AdminView } from "./AdminView";
import { CriteriaList } from "./CriteriaList";
import { EmptyState } from "./EmptyState";
import { FindingCard } from "./FindingCard";
import { ProblemBar } from "./ProblemBar";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, listStyleType: "none", margin: 0, padding: 0 },
  quiet: { color: tokens.colorNeutralForeground3 },
});

const ORDER: Severity[] = ["error", "warning", "info"];

export interface AnalysisViewProps {
  pack: GuidancePack;
  checker: ReturnType<typeof useChecker>;
  services: PaneServices;
  /** A reviewer comments on a finding (about its criterion). */
  onComment: (criterion: string | null) => void;
}

export const ADMIN_KEY = "adminMode";

/** The words that set the finding off (a dismissal, a gender-blind claim, a placeholder): Gå till selects them, not the whole section. */
function target(f: Finding, a: { blocks: { start: number; end: number } }): { blocks: { start: number; end: number }; span: { start?: number; end?: number } } {
  const t = f.triggers?.find((x) => x.start !== undefined && x.end !== undefined);
  return t ? { blocks: { start: t.block, end: t.block }, span: { start: t.start, end: t.end } } : { blocks: a.blocks, span: {} };
}

/** Check, see the status and every gap, act on it — the officer's view. */
export const AnalysisView: FC<AnalysisViewProps> = ({ pack, checker, services, onComment }) => {
  const t = useStrings();
  const lang = useLanguage();
  const [admin, setAdmin] = useState(() => services.settings.get(ADMIN_KEY) === "on");
  const styles = useStyles();
  const { state } = checker;
  const result = state.result;
  const busy = state.busy !== null;
  const section = result?.report.sections[0] ?? null;
  const findings = (result?.report.findings ?? []).slice().sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));

  // Only errors and warnings are things to fix; the rest are suggestions.
  const toFix = findings.filter((f) => f.severity !== "info").length;

  const onAction = (f: Finding, a: Action): void => {
    if (a.kind === "go-to") {
      const { blocks, span } = target(f, a);
      void checker.goTo(blocks, span);
    }
    else if (a.kind === "insert-section") void checker.runAction("insert-section", a.section);
    else void checker.runAction("insert-questions", a.section, a.criterion);
  };

  const checkButton = (
    <Button appearance="primary" icon={result ? <ArrowSync16Regular /> : <SearchInfo20Regular />} disabled={busy} onClick={() => void checker.check()}>
      {result ? t.recheck : t.check}
    </Button>
  );

  return (
    <div className={styles.root}>
      {state.problem && <ProblemBar problem={state.problem} onDismiss={checker.dismissProblem} />}
      {!result ? (
        <EmptyState action={<div className={styles.toolbar}>{checkButton}</div>} />
      ) : (
        <>
          <div className={styles.toolbar}>
            {checkButton}
            {/* In list mode Word shows no marks, so there is nothing to clear. */}
            {result.markingMode !== "list" && (
              <Button icon={<EraserRegular />} disabled={busy} onClick={() => void checker.clearMarks()}>
                {t.clearMarks}
              </Button>
            )}
          </div>
          {result.report.sections.map((sec, i) => {
            const label = pack.sections.find((x) => x.id === sec.id)?.label;
            return (
              <section key={sec.id} className={styles.status} aria-labelledby={`jk-status-${sec.id}`} aria-live="polite">
                <Subtitle2 as="h2" id={`jk-status-${sec.id}`}>
                  {i === 0 ? t.sectionStatus : (label?.[lang] ?? label?.sv ?? sec.id)}
                </Subtitle2>
                <div>
                  <StatusBadge status={sec.status} />
                </div>
                <Body1>{i === 0 ? t.statusHint[sec.status] : null}</Body1>
                {sec.heading && <Caption1 className={styles.quiet}>{t.headingFound(sec.heading)}</Caption1>}
                {i === 0 && sec.status === "missing" && result.report.mentions.length > 0 && <Caption1>{t.mentionsElsewhere(result.report.mentions.length)}</Caption1>}
              </section>
            );
          })}
        </>
      )}
      {state.busy && (
        <Spinner size="tiny" labelPosition="after" label={state.busy === "check" ? t.checking : state.busy === "clear" ? t.clearingMarks : t.inserting} />
      )}
      {state.notice && (
        <MessageBar intent={state.notice.kind === "undo-gone" || state.notice.kind === "stamp-failed" ? "warning" : "success"} role="status">
          <MessageBarBody>
            {state.notice.kind === "inserted" ? t.inserted(state.notice.count ?? 0) : state.notice.kind === "undone" ? t.undone : state.notice.kind === "stamp-failed" ? t.stampFailed : t.undoGone}{" "}
            {state.notice.kind === "inserted" && state.lastInsertion && (
              <Button size="small" appearance="transparent" disabled={busy} onClick={() => void checker.undo()}>
                {t.undoInsert}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && section && (
        <>
          <section aria-labelledby="jk-findings">
            <Subtitle2 as="h2" id="jk-findings">
              {toFix ? t.findingsTitle(toFix) : t.noFindings}
            </Subtitle2>
            <ul className={styles.cards}>
              {findings.map((f) => (
                <li key={f.id}>
                  <FindingCard finding={f} busy={busy} onAction={onAction} onComment={() => onComment(f.criterion)} />
                </li>
              ))}
            </ul>
          </section>
          {result.report.sections
            .filter((sec) => sec.status === "weak" || sec.status === "adequate")
            .map((sec) => (
              <CriteriaList
                key={sec.id}
                pack={pack}
                section={sec}
                onGoTo={(e) => void checker.goTo({ start: e.block, end: e.block }, e.start !== undefined ? { start: e.start, end: e.end } : {})}
              />
            ))}
          <Caption1 className={styles.quiet} data-marking-mode={result.markingMode}>
            {t.markingMode[result.markingMode]}
          </Caption1>
        </>
      )}
      <section aria-label={t.settings}>
        <Switch checked={checker.autoCheck} onChange={(_, d) => checker.setAutoCheck(d.checked)} label={t.autoCheck} />
        <Switch
          checked={admin}
          onChange={(_, d) => {
            services.settings.set(ADMIN_KEY, d.checked ? "on" : "off");
            setAdmin(d.checked);
          }}
          label={t.admin}
        />
      </section>
      {admin && <AdminView current={pack} read={checker.read} />}
    </div>
  );
};
