import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState, type FC } from "react";
import type { GuidanceLoad } from "../boot/guidance";
import { useStrings, type Strings } from "../i18n";

export interface GuidanceNoticesProps {
  guidance: GuidanceLoad;
  /** The version that last checked this document, when older than the pack in use. */
  olderStamp: string | null;
}

function noticeText(t: Strings, g: GuidanceLoad, v: string): string {
  switch (g.notice) {
    case "offline":
      return t.guidanceOffline(v);
    case "refused":
      return t.guidanceRefused(v);
    case "too-slow":
      return t.guidanceTooSlow(g.setAside ?? "?", v);
    default:
      return t.guidanceInvalid(v);
  }
}

/** Offline, invalid, refused or set-aside guidance, a rollback, what's new since last time, and a document checked with older guidance. */
export const GuidanceNotices: FC<GuidanceNoticesProps> = ({ guidance, olderStamp }) => {
  const t = useStrings();
  const [showNew, setShowNew] = useState(guidance.whatsNew.length > 0);
  const v = guidance.pack.version;
  return (
    <>
      {guidance.notice && (
        <MessageBar intent="warning" layout="multiline" data-testid="guidance-notice">
          <MessageBarBody>{noticeText(t, guidance, v)}</MessageBarBody>
        </MessageBar>
      )}
      {guidance.rollbackFrom && (
        <MessageBar intent="warning" layout="multiline" data-testid="guidance-rollback">
          <MessageBarBody>{t.guidanceRollback(guidance.rollbackFrom, v)}</MessageBarBody>
        </MessageBar>
      )}
      {showNew && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.whatsNewTitle(v)}</MessageBarTitle>
            <ul style={{ margin: "4px 0 0", paddingLeft: "18px" }}>
              {guidance.whatsNew.flatMap((c) => c.changes.map((x, i) => <li key={`${c.version}-${i}`}>{x}</li>))}
            </ul>
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={() => setShowNew(false)} />} />
        </MessageBar>
      )}
      {olderStamp && (
        <MessageBar intent="info" layout="multiline" data-testid="older-stamp">
          <MessageBarBody>{t.olderStamp(olderStamp, v)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
};
