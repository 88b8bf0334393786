import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { FC } from "react";
import type { WordProblem } from "../../word/problems";
import { useStrings } from "../i18n";

export interface ProblemBarProps {
  problem: WordProblem;
  onDismiss: () => void;
}

/** A Word error: what happened and what to do next, with the technical detail on hover. */
export const ProblemBar: FC<ProblemBarProps> = ({ problem, onDismiss }) => {
  const t = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.problemTitle}</MessageBarTitle>
        {t.problem[problem.code]} {problem.cleanup && <strong>{t.cleanupFailed} </strong>}
        <span title={[problem.detail, problem.cleanup].filter(Boolean).join(" — ")}>({t.details}: {problem.detail})</span>
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
};
