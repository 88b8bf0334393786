import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { SelectField, TextField } from "./FormFields";
import { useState, type FC } from "react";
import type { GuidancePack } from "../../guidance/schema";
import { useLanguage, useStrings } from "../i18n";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }, row: { display: "flex", gap: tokens.spacingHorizontalS } });

export type CommentTarget = "selection" | "section";

export interface CommentDraft {
  criterion: string | null;
  target: CommentTarget;
}

export interface CommentFormProps {
  pack: GuidancePack;
  initial: CommentDraft;
  /** Whether the equality section exists to comment on. */
  hasSection: boolean;
  busy: boolean;
  onSubmit: (criterion: string | null, text: string, target: CommentTarget) => void;
  onCancel: () => void;
}

/** A new comment: on the selection or the section, about a criterion, in the reviewer's words. */
export const CommentForm: FC<CommentFormProps> = ({ pack, initial, hasSection, busy, onSubmit, onCancel }) => {
  const t = useStrings();
  const lang = useLanguage();
  const styles = useStyles();
  const [criterion, setCriterion] = useState(initial.criterion ?? "");
  const [target, setTarget] = useState<CommentTarget>(hasSection ? initial.target : "selection");
  const [text, setText] = useState("");
  return (
    <form
      className={styles.root}
      aria-labelledby="jk-new-comment"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(criterion || null, text, target);
      }}
    >
      <Subtitle2 as="h3" id="jk-new-comment">
        {t.newComment}
      </Subtitle2>
      <SelectField label={t.commentOn} value={target} onChange={(v) => setTarget(v as CommentTarget)}>
          <option value="selection">{t.onSelection}</option>
          {hasSection && <option value="section">{t.onSection}</option>}
      </SelectField>
      <SelectField label={t.criterion} value={criterion} onChange={setCriterion}>
          <option value="">{t.noCriterion}</option>
          {pack.criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label[lang] ?? c.label.sv}
            </option>
          ))}
      </SelectField>
      <TextField multiline label={t.commentText} required value={text} onChange={setText} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy || !text.trim()}>
          {t.addComment}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
};
