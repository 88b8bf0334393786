import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { SelectField, TextField } from "./FormFields";
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
      <TextField label={t.yourName} required value={name} onChange={setName} />
      <SelectField label={t.yourRole} value={role} onChange={(v) => setRole(v as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
      </SelectField>
      <Caption1>{t.identityHint}</Caption1>
      <div>
        <Button type="submit" appearance="primary" disabled={!name.trim()}>
          {t.saveIdentity}
        </Button>
      </div>
    </form>
  );
};
