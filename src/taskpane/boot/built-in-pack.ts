// The pane's built-in guidance pack, in a chunk of its own: fetched from beside the pane only when
// neither the published pack nor a copy this pane kept can be used. The published latest.json is
// what a pane normally uses (in a default deployment the very same pack), so carrying the pack in
// the pane's bundle as well made every start download it twice.
import type { GuidancePack } from "../../guidance/schema";

/** The packs that came from here, so that a built-in pack is never kept as "the last that worked". */
const builtIn = new WeakSet<GuidancePack>();

/** No guidance at all could be had: the pane says so rather than check against nothing. */
export class GuidanceUnavailable extends Error {
  constructor(cause: unknown) {
    super("No guidance pack could be loaded (published, kept or built-in).", { cause });
    this.name = "GuidanceUnavailable";
  }
}

export async function loadBuiltInPack(): Promise<GuidancePack> {
  try {
    const { defaultPack } = await import(/* webpackChunkName: "jamkoll-built-in-guidance" */ "../../guidance/default-pack");
    const pack = defaultPack();
    builtIn.add(pack);
    return pack;
  } catch (e) {
    throw new GuidanceUnavailable(e);
  }
}

export const isBuiltInPack = (pack: GuidancePack): boolean => builtIn.has(pack);
