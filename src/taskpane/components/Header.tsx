import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  guidance: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderProps {
  /** The guidance pack in use, e.g. "Standardvägledning, version 1.0.0"; null while loading. */
  guidance: string | null;
  /** Extra controls at the end of the title row (settings, what's new). */
  children?: ReactNode;
}

export const Header: FC<HeaderProps> = ({ guidance, children }) => {
  const t = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.row}>
        <Title3 as="h1">{t.productName}</Title3>
        {children}
      </div>
      <Caption1 className={styles.guidance}>{guidance ?? t.guidanceLoading}</Caption1>
    </header>
  );
};
