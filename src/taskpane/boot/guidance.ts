// Which guidance pack the pane uses and where it came from.
import { defaultPack } from "../../guidance/default-pack";
import type { GuidancePack } from "../../guidance/schema";

export type GuidanceSource = "published" | "cache" | "built-in";

export interface GuidanceLoad {
  pack: GuidancePack;
  source: GuidanceSource;
  /** Why the pane is not using the published pack, when it is not. */
  notice: "offline" | "invalid" | null;
}

export async function builtInGuidance(): Promise<GuidanceLoad> {
  return { pack: defaultPack(), source: "built-in", notice: null };
}
