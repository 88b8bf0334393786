// The services the pane uses in Word (Office.js). The demo and tests pass their own.
export interface PaneServices {
  /** A name for the host, shown in diagnostics ("Word", "Demo"). */
  hostName: string;
}

export function officeServices(): PaneServices {
  return { hostName: "Word" };
}
