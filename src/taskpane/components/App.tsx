import { useEffect, useState, type FC } from "react";
import type { PaneServices } from "../boot/services";
import type { GuidanceLoad } from "../boot/guidance";
import { useLanguage, useStrings } from "../i18n";
import { useChecker } from "../state/useChecker";
import { AnalysisView } from "./AnalysisView";
import { Header } from "./Header";

export interface AppProps {
  services: PaneServices;
}

export const App: FC<AppProps> = ({ services }) => {
  const t = useStrings();
  const language = useLanguage();
  const [guidance, setGuidance] = useState<GuidanceLoad | null>(null);
  useEffect(() => {
    let live = true;
    void services.loadGuidance().then((g) => live && setGuidance(g));
    return () => {
      live = false;
    };
  }, [services]);
  const checker = useChecker(services, guidance?.pack ?? null);
  const pack = guidance?.pack;
  return (
    <>
      <Header guidance={pack ? t.guidanceVersion(pack.name[language] ?? pack.name.sv, pack.version) : null} />
      {pack && <AnalysisView pack={pack} checker={checker} />}
    </>
  );
};
