import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import { I18nProvider, type Language } from "../i18n";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface ShellProps {
  language: Language;
  dark: boolean;
  children: ReactNode;
}

/** Theme (light or dark, from Office's theme) and language around every view. */
export const Shell: FC<ShellProps> = ({ language, dark, children }) => {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language === "sv" ? "sv-SE" : "en-US"}>
      <I18nProvider language={language}>
        <main className={styles.root}>{children}</main>
      </I18nProvider>
    </FluentProvider>
  );
};
