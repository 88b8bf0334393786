import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type FC } from "react";
import { compareVersions } from "../../guidance/version";
import type { PaneServices } from "../boot/services";
import { rememberGoodGuidance, setGuidanceAside, type GuidanceLoad } from "../boot/guidance";
import type { GuidancePack } from "../../guidance/schema";
import { useLanguage, useStrings } from "../i18n";
import { useChecker } from "../state/useChecker";
import { useReview } from "../state/useReview";
import { AnalysisView } from "./AnalysisView";
import type { CommentDraft } from "./CommentForm";
import { ReviewView } from "./ReviewView";
import { ViewTabs } from "./ViewTabs";
import { GuidanceNotices } from "./GuidanceNotices";
import { Header } from "./Header";

export interface AppProps {
  services: PaneServices;
}

export const App: FC<AppProps> = ({ services }) => {
  const t = useStrings();
  const language = useLanguage();
  const [guidance, setGuidance] = useState<GuidanceLoad | null>(null);
  // No guidance at all (not even the built-in pack could be fetched): said, never a silent empty pane.
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    let live = true;
    services.loadGuidance().then(
      (g) => live && setGuidance(g),
      () => live && setUnavailable(true),
    );
    return () => {
      live = false;
    };
  }, [services]);
  const outcome = useMemo(
    () => ({
      worked: (p: GuidancePack) => rememberGoodGuidance(services.settings, p),
      tooSlow: (p: GuidancePack) => {
        setGuidanceAside(services.settings, p).then(setGuidance, () => {
          setGuidance(null);
          setUnavailable(true);
        });
      },
    }),
    [services],
  );
  const checker = useChecker(services, guidance?.pack ?? null, outcome);
  const review = useReview(services, guidance?.pack ?? null);
  const [tab, setTab] = useState<"analysis" | "review">("analysis");
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const pack = guidance?.pack;
  // Read once when the pane opens: a reviewer sees that an older guidance checked the proposal.
  const stamp = useMemo(() => {
    try {
      return services.stamp.read();
    } catch {
      return null;
    }
  }, [services]);
  const olderStamp = pack && stamp && !checker.state.result && stamp.id === pack.id && compareVersions(stamp.version, pack.version) < 0 ? stamp.version : null;
  const heading = pack
    ? `${t.guidanceVersion(pack.name[language] ?? pack.name.sv, pack.version)}, ${t.guidanceDate(pack.publishedAt.slice(0, 10))}${guidance?.source === "built-in" ? ` ${t.builtInNote}` : ""}`
    : null;
  return (
    <>
      <Header guidance={heading} />
      {guidance && <GuidanceNotices guidance={guidance} olderStamp={olderStamp} />}
      {unavailable && (
        <MessageBar intent="error" layout="multiline" data-testid="guidance-unavailable">
          <MessageBarBody>{t.guidanceUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      <ViewTabs
        tabs={[
          { value: "analysis" as const, label: t.tabAnalysis },
          { value: "review" as const, label: t.tabReview(review.state?.comments.length ?? 0) },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      {pack && tab === "analysis" && (
        <AnalysisView
          pack={pack}
          checker={checker}
          services={services}
          onComment={(criterion) => {
            setDraft({ criterion, target: "section" });
            setTab("review");
          }}
        />
      )}
      {pack && tab === "review" && (
        <ReviewView pack={pack} review={review} draft={draft} setDraft={setDraft} section={checker.state.result?.report.sections[0] ?? null} model={checker.state.result?.model ?? null} />
      )}
    </>
  );
};
