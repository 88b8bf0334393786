// Renders the pane into its container once Office is ready: the app, or a clear message when
// the host is not Word or lacks WordApi 1.3.
import { createRoot, type Root } from "react-dom/client";
import { App } from "../components/App";
import { Shell } from "../components/Shell";
import { Unsupported } from "../components/Unsupported";
import { loadStrings } from "../i18n";
import { readEnvironment } from "./environment";
import type { PaneServices } from "./services";

export async function startPane(info: { host: Office.HostType | null }, office: typeof Office, container: HTMLElement, services: () => PaneServices): Promise<Root> {
  const env = readEnvironment(info, office);
  const language = await loadStrings(env.language);
  container.ownerDocument.getElementById("jk-loading")?.remove();
  const root = createRoot(container);
  root.render(
    <Shell language={language} dark={env.dark}>
      {env.problem ? <Unsupported problem={env.problem} /> : <App services={services()} />}
    </Shell>,
  );
  return root;
}
