import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalL} 0` },
  body: { color: tokens.colorNeutralForeground2 },
});

export interface EmptyStateProps {
  /** The primary action, e.g. the Granska button. */
  action?: ReactNode;
}

/** Before the first check: what the pane will do. */
export const EmptyState: FC<EmptyStateProps> = ({ action }) => {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="jk-empty-title">
      <Subtitle2 as="h2" id="jk-empty-title">
        {t.emptyTitle}
      </Subtitle2>
      <Body1 className={styles.body}>{t.emptyBody}</Body1>
      {action}
    </section>
  );
};
