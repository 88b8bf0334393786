import { Body1, Button, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular, Comment16Regular, DocumentAdd16Regular, TextBulletListAddRegular } from "@fluentui/react-icons";
import type { FC } from "react";
import type { Action, Finding } from "../../analysis/report";
import { useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  severity: { textTransform: "uppercase", letterSpacing: "0.04em" },
  error: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}` },
  why: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  quote: { marginRight: tokens.spacingHorizontalS },
});

/** The words that set the finding off, quoted so the officer sees why (a few, shortened). */
const MAX_QUOTES = 2;
const MAX_QUOTE = 140;

export interface FindingCardProps {
  finding: Finding;
  busy: boolean;
  onAction: (finding: Finding, action: Action) => void;
  onComment?: () => void;
}

/** One gap: what is wrong, why it matters, and the actions that fix it (primary first). */
export const FindingCard: FC<FindingCardProps> = ({ finding, busy, onAction, onComment }) => {
  const t = useStrings();
  const lang = useLanguage();
  const styles = useStyles();
  const titleId = `jk-f-${finding.id.replace(/[^a-z0-9-]/gi, "-")}`;
  const label = (a: Action): string => (a.kind === "go-to" ? t.goTo : a.kind === "insert-section" ? t.insertSection : t.insertQuestions);
  const icon = (a: Action) => (a.kind === "go-to" ? <ArrowRight16Regular /> : a.kind === "insert-section" ? <DocumentAdd16Regular /> : <TextBulletListAddRegular />);
  return (
    <div className={`${styles.card} ${styles[finding.severity]}`} role="group" aria-labelledby={titleId} data-finding={finding.id} data-severity={finding.severity}>
      <Caption1Strong className={styles.severity}>{t.severity[finding.severity]}</Caption1Strong>
      <Body1 as="p" id={titleId} style={{ margin: 0, fontWeight: 600 }}>
        {finding.message[lang] ?? finding.message.sv}
      </Body1>
      {finding.triggers && finding.triggers.length > 0 && (
        <Body1 as="p" className={styles.why} style={{ margin: 0 }} data-testid="finding-trigger">
          <strong>{t.fromTheText}: </strong>
          {finding.triggers.slice(0, MAX_QUOTES).map((q, i) => (
            <q key={i} className={styles.quote}>
              {q.text.length > MAX_QUOTE ? `${q.text.slice(0, MAX_QUOTE - 1)}…` : q.text}
            </q>
          ))}
        </Body1>
      )}
      <Body1 as="p" className={styles.why} style={{ margin: 0 }}>
        <strong>{t.whyItMatters}: </strong>
        {finding.why[lang] ?? finding.why.sv}
      </Body1>
      <div className={styles.actions}>
        {finding.actions.map((a, i) => (
          <Button key={a.kind} size="small" appearance={i === 0 ? "primary" : "secondary"} icon={icon(a)} disabled={busy} onClick={() => onAction(finding, a)}>
            {label(a)}
          </Button>
        ))}
        {onComment && (
          <Button size="small" appearance="subtle" icon={<Comment16Regular />} disabled={busy} onClick={onComment}>
            {t.commentOnFinding}
          </Button>
        )}
      </div>
    </div>
  );
};
