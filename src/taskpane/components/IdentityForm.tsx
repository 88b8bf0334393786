import { Button, Caption1, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState, type FC } from "react";
import { ROLES, type Person, type Role } from "../../review/model";
import { useStrings } from "../i18n";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface IdentityFormProps {
  onSave: (person: Person) => void;
}

/** Asked once: the reviewer's name and role, remembered on this computer (there is no sign-in). */
export const IdentityForm: FC<IdentityFormProps> = ({ onSave }) => {
  const t = useStrings();
  const styles = useStyles();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("granskare");
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSave({ name, role });
      }}
    >
      <Field label={t.yourName} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t.yourRole}>
        <Select value={role} onChange={(_, d) => setRole(d.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{t.identityHint}</Caption1>
      <div>
        <Button type="submit" appearance="primary" disabled={!name.trim()}>
          {t.saveIdentity}
        </Button>
      </div>
    </form>
  );
};
