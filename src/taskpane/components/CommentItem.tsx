import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TextField } from "./FormFields";
import { useState, type FC } from "react";
import type { CommentStatus, ReviewComment } from "../../review/model";
import type { ListedComment } from "../../review/reconcile";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4, backgroundColor: tokens.colorNeutralBackground1 },
  meta: { color: tokens.colorNeutralForeground3 },
  replies: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const COLORS: Record<CommentStatus, "danger" | "warning" | "success"> = { open: "danger", answered: "warning", resolved: "success" };

export interface CommentItemProps {
  item: ListedComment;
  criterionLabel: string | null;
  busy: boolean;
  onGoTo: () => void;
  /** Resolves to whether the reply was saved; the reply box keeps its text when it was not. */
  onReply: (text: string) => Promise<boolean>;
  onStatus: (status: CommentStatus) => void;
  onDelete: () => void;
  onReanchor: () => void;
}

export const CommentItem: FC<CommentItemProps> = ({ item, criterionLabel, busy, onGoTo, onReply, onStatus, onDelete, onReanchor }) => {
  const t = useStrings();
  const styles = useStyles();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState("");
  const [confirming, setConfirming] = useState(false);
  const c: ReviewComment = item.comment;
  const titleId = `jk-c-${item.id}`;
  return (
    <article className={styles.root} aria-labelledby={titleId} data-comment={item.id} data-status={c.status} data-anchoring={item.anchoring}>
      <div>
        <Badge appearance="tint" color={COLORS[c.status]}>
          {t.commentStatus[c.status]}
        </Badge>{" "}
        <Caption1 className={styles.meta} id={titleId}>
          <bdi>{c.author.name}</bdi> ({t.roles[c.author.role]}), {c.createdAt.slice(0, 10)}
          {criterionLabel ? ` · ${criterionLabel}` : ""}
        </Caption1>
      </div>
      <Body1>{c.text}</Body1>
      {c.quote && <Caption1 className={styles.meta}>”{c.quote}”</Caption1>}
      {item.anchoring === "detached" && <Caption1 className={styles.warn}>{t.detached}</Caption1>}
      {item.anchoring === "orphaned" && <Caption1 className={styles.warn}>{t.orphaned}</Caption1>}
      {item.duplicate && <Caption1 className={styles.warn}>{t.duplicate}</Caption1>}
      {item.locked && <Caption1 className={styles.warn}>{t.locked}</Caption1>}
      {item.disagrees && <Caption1 className={styles.warn}>{t.disagrees(item.disagrees.map((f) => t.checkedFields[f]).join(", "))}</Caption1>}
      {item.claimedStatus && <Caption1 className={styles.warn}>{t.claimedStatus(t.commentStatus[item.claimedStatus])}</Caption1>}
      {item.bidi && <Caption1 className={styles.warn}>{t.bidiName}</Caption1>}
      {c.replies.length > 0 && (
        <ul className={styles.replies} aria-label={t.reply}>
          {c.replies.map((r) => (
            <li key={r.id}>
              <Caption1 className={styles.meta}>
                <bdi>{r.author.name}</bdi> ({t.roles[r.author.role]}):
              </Caption1>{" "}
              {r.text}
            </li>
          ))}
        </ul>
      )}
      {replying && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reply.trim()) {
              void onReply(reply).then((ok) => {
                if (!ok) return;
                setReply("");
                setReplying(false);
              });
            }
          }}
        >
          <TextField multiline label={t.replyText} value={reply} onChange={setReply} />
          <div className={styles.actions}>
            <Button type="submit" size="small" appearance="primary" disabled={busy || !reply.trim()}>
              {t.sendReply}
            </Button>
            <Button size="small" onClick={() => setReplying(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
      {item.locked ? null : confirming ? (
        <div role="alertdialog" aria-label={t.confirmDelete} className={styles.actions}>
          <Body1>{t.confirmDelete}</Body1>
          <Button size="small" appearance="primary" disabled={busy} onClick={onDelete}>
            {t.confirm}
          </Button>
          <Button size="small" onClick={() => setConfirming(false)}>
            {t.cancel}
          </Button>
        </div>
      ) : (
        <div className={styles.actions}>
          {item.anchoring === "detached" ? (
            <Button size="small" disabled={busy} onClick={onReanchor}>
              {t.reanchor}
            </Button>
          ) : (
            <Button size="small" disabled={busy} onClick={onGoTo}>
              {t.goTo}
            </Button>
          )}
          {item.anchoring !== "orphaned" && !replying && (
            <Button size="small" disabled={busy} onClick={() => setReplying(true)}>
              {t.reply}
            </Button>
          )}
          {item.anchoring !== "orphaned" && c.status !== "resolved" && (
            <Button size="small" disabled={busy} onClick={() => onStatus("resolved")}>
              {t.resolve}
            </Button>
          )}
          {item.anchoring !== "orphaned" && c.status === "open" && (
            <Button size="small" disabled={busy} onClick={() => onStatus("answered")}>
              {t.markAnswered}
            </Button>
          )}
          {item.anchoring !== "orphaned" && c.status !== "open" && (
            <Button size="small" disabled={busy} onClick={() => onStatus("open")}>
              {t.reopen}
            </Button>
          )}
          {(c.status === "resolved" || item.anchoring === "orphaned") && (
            <Button size="small" disabled={busy} onClick={() => setConfirming(true)}>
              {t.deleteComment}
            </Button>
          )}
        </div>
      )}
    </article>
  );
};
