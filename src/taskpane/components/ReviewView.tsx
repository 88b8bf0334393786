import { Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { SelectField } from "./FormFields";
import { useMemo, useState, type FC } from "react";
import type { SectionReport } from "../../analysis/report";
import type { GuidancePack } from "../../guidance/schema";
import { COMMENT_STATUSES, countByStatus } from "../../review/model";
import type { DocumentModel } from "../../analysis/model";
import { useStrings } from "../i18n";
import type { useReview } from "../state/useReview";
import { CommentForm, type CommentDraft } from "./CommentForm";
import { CommentItem } from "./CommentItem";
import { IdentityForm } from "./IdentityForm";
import { ProblemBar } from "./ProblemBar";
import { RecordProblems } from "./RecordProblems";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(90px, 1fr))", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ReviewViewProps {
  pack: GuidancePack;
  review: ReturnType<typeof useReview>;
  draft: CommentDraft | null;
  setDraft: (d: CommentDraft | null) => void;
  /** The latest check, to comment on the section. */
  section: SectionReport | null;
  model: DocumentModel | null;
}

/** All comments with filters and counts; add, reply, change status, delete; the review summary. */
export const ReviewView: FC<ReviewViewProps> = ({ pack, review, draft, setDraft, section, model }) => {
  const t = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState("");
  const [criterion, setCriterion] = useState("");
  const [author, setAuthor] = useState("");
  const [copied, setCopied] = useState(false);
  const comments = useMemo(() => review.state?.comments ?? [], [review.state]);
  const counts = countByStatus(comments.map((c) => c.comment));
  const authors = [...new Set(comments.map((c) => c.comment.author.name))];
  const shown = comments.filter((c) => (!status || c.comment.status === status) && (!criterion || c.comment.criterion === criterion) && (!author || c.comment.author.name === author));
  const headingBlock = section?.headingBlock ?? null;

  const rows = (): string[][] => [
    t.summaryColumns,
    ...comments.map((c) => [t.commentStatus[c.comment.status], review.label(c.comment.criterion) ?? "–", `${c.comment.author.name} (${t.roles[c.comment.author.role]})`, c.comment.text, c.comment.replies.map((r) => `${r.author.name}: ${r.text}`).join("\n")]),
  ];
  const copy = async () => {
    const text = [t.summaryHeading, ...rows().map((r) => r.join("\t"))].join("\n");
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  if (!review.me) return <IdentityForm onSave={review.saveIdentity} />;

  return (
    <div className={styles.root}>
      <Caption1>
        {t.you}: {review.me.name} ({t.roles[review.me.role]}){" "}
        <Button size="small" appearance="transparent" onClick={review.forgetIdentity}>
          {t.changeIdentity}
        </Button>
      </Caption1>
      {review.problem && <ProblemBar problem={review.problem} onDismiss={review.dismissProblem} />}
      {review.state && review.state.problems.length > 0 && <RecordProblems problems={review.state.problems} />}
      {draft ? (
        <CommentForm
          pack={pack}
          initial={draft}
          hasSection={headingBlock !== null}
          busy={review.busy}
          onCancel={() => setDraft(null)}
          onSubmit={(crit, text, target) => {
            const anchor =
              target === "section" && headingBlock !== null && model ? { kind: "block" as const, block: headingBlock, text: model.blocks[headingBlock].text } : { kind: "selection" as const };
            // A failed save keeps the form open with the reviewer's text.
            void review.add(crit, text, anchor).then((ok) => ok && setDraft(null));
          }}
        />
      ) : (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => setDraft({ criterion: null, target: headingBlock !== null ? "section" : "selection" })}>
            {t.newComment}
          </Button>
          <Button onClick={() => void review.refresh()} disabled={review.busy}>
            {t.refresh}
          </Button>
        </div>
      )}
      <section aria-labelledby="jk-comments">
        <Subtitle2 as="h2" id="jk-comments">
          {t.reviewCounts(counts.open, counts.answered, counts.resolved)}
        </Subtitle2>
        <div className={styles.filters}>
          <SelectField label={t.filterStatus} value={status} onChange={setStatus}>
              <option value="">{t.all}</option>
              {COMMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.commentStatus[s]}
                </option>
              ))}
          </SelectField>
          <SelectField label={t.filterCriterion} value={criterion} onChange={setCriterion}>
              <option value="">{t.all}</option>
              {pack.criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label.sv}
                </option>
              ))}
          </SelectField>
          <SelectField label={t.filterAuthor} value={author} onChange={setAuthor}>
              <option value="">{t.all}</option>
              {authors.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
          </SelectField>
        </div>
      </section>
      {review.busy && <Spinner size="tiny" />}
      {shown.length === 0 ? (
        <Caption1>{t.noComments}</Caption1>
      ) : (
        <ul className={styles.list}>
          {shown.map((c) => (
            <li key={`${c.id}-${c.anchoring}-${c.copy ?? 0}`}>
              <CommentItem
                item={c}
                criterionLabel={review.label(c.comment.criterion)}
                busy={review.busy}
                onGoTo={() => void review.goTo(c.id)}
                onReply={(text) => review.reply(c, text)}
                onStatus={(s) => void review.setStatus(c, s)}
                onDelete={() => void review.remove(c)}
                onReanchor={() => void review.reanchor(c)}
              />
            </li>
          ))}
        </ul>
      )}
      {comments.length > 0 && (
        <div className={styles.row}>
          <Button onClick={() => void copy()}>{t.copySummary}</Button>
          <Button disabled={review.busy} onClick={() => void review.insertSummary(t.summaryHeading, rows())}>
            {t.insertSummary}
          </Button>
          {copied && <Caption1 role="status">{t.copied}</Caption1>}
        </div>
      )}
    </div>
  );
};
