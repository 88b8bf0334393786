// The pane's entry: wait for Office, then start the pane.
import { officeServices } from "./boot/services";
import { startPane } from "./boot/start";

Office.onReady((info) => {
  const container = document.getElementById("root");
  if (container) void startPane(info, Office, container, officeServices);
});
