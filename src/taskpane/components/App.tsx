import type { FC } from "react";
import { defaultPack } from "../../guidance/default-pack";
import type { PaneServices } from "../boot/services";
import { useLanguage, useStrings } from "../i18n";
import { EmptyState } from "./EmptyState";
import { Header } from "./Header";

export interface AppProps {
  services: PaneServices;
}

export const App: FC<AppProps> = () => {
  const t = useStrings();
  const language = useLanguage();
  const pack = defaultPack();
  return (
    <>
      <Header guidance={t.guidanceVersion(pack.name[language] ?? pack.name.sv, pack.version)} />
      <EmptyState />
    </>
  );
};
