// Native form controls styled with Fluent tokens: the pane needs a few text boxes and lists, not
// the weight of Fluent's Field, Input, Select and Textarea.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type FC, type ReactNode } from "react";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  control: {
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    width: "100%",
    boxSizing: "border-box",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  area: { minHeight: "4.5em", resize: "vertical" },
});

interface Base {
  label: string;
  required?: boolean;
}

/** A text box, or a multi-line text area with `multiline`. */
export const TextField: FC<Base & { value: string; onChange: (v: string) => void; multiline?: boolean }> = ({ label, required, value, onChange, multiline }) => {
  const id = useId();
  const s = useStyles();
  const props = { id, value, required, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
        {required ? " *" : ""}
      </label>
      {multiline ? <textarea className={`${s.control} ${s.area}`} {...props} /> : <input className={s.control} {...props} />}
    </div>
  );
};

export const SelectField: FC<Base & { value: string; onChange: (v: string) => void; children: ReactNode }> = ({ label, value, onChange, children }) => {
  const id = useId();
  const s = useStyles();
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
      </label>
      <select id={id} className={s.control} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
};
