import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FC } from "react";
import type { HostProblem } from "../boot/environment";
import { useStrings } from "../i18n";

export interface UnsupportedProps {
  problem: HostProblem;
}

/** Shown instead of the pane when the host is not Word or lacks WordApi 1.3. */
export const Unsupported: FC<UnsupportedProps> = ({ problem }) => {
  const t = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.unsupportedTitle}</MessageBarTitle>
        {problem === "not-word" ? t.unsupportedNotWord : t.unsupportedApi}
      </MessageBarBody>
    </MessageBar>
  );
};
