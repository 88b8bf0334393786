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

export const TextField: FC<Base & { value: string; onChange: (v: string) => void }> = ({ label, required, value, onChange }) => {
  const id = useId();
  const s = useStyles();
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
        {required ? " *" : ""}
      </label>
      <input id={id} className={s.control} value={value} required={required} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
};

export const TextAreaField: FC<Base & { value: string; onChange: (v: string) => void }> = ({ label, required, value, onChange }) => {
  const id = useId();
  const s = useStyles();
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
        {required ? " *" : ""}
      </label>
      <textarea id={id} className={`${s.control} ${s.area}`} value={value} required={required} onChange={(e) => onChange(e.target.value)} />
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
