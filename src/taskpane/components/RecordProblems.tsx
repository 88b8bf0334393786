import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { FC } from "react";
import type { RecordProblem } from "../../review/xml";
import { useStrings } from "../i18n";

export interface RecordProblemsProps {
  problems: readonly RecordProblem[];
}

/** What is wrong with the review record, in the reviewer's language; the technical detail on hover. */
export const RecordProblems: FC<RecordProblemsProps> = ({ problems }) => {
  const t = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.reviewProblems}
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {problems.map((p, i) => (
            <li key={i} title={p.detail}>
              {t.recordProblems[p.kind]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
};
