import { makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type FC, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    background: "none",
    border: "none",
    borderBottom: "2px solid transparent",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
});

export interface ViewTabsProps<T extends string> {
  tabs: { value: T; label: string }[];
  selected: T;
  onSelect: (value: T) => void;
}

/** The pane's two views as ARIA tabs (arrow keys move between them). */
export const ViewTabs = <T extends string>({ tabs, selected, onSelect }: ViewTabsProps<T>): ReturnType<FC> => {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" className={styles.list}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          type="button"
          aria-selected={t.value === selected}
          tabIndex={t.value === selected ? 0 : -1}
          className={`${styles.tab} ${t.value === selected ? styles.selected : ""}`}
          onClick={() => onSelect(t.value)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
};
