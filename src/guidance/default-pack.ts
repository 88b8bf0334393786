// The built-in guidance pack, validated once; the pane falls back to it when nothing else loads.
import data from "./default-pack.json";
import type { GuidancePack } from "./schema";
import { validatePack } from "./validate";

let cached: GuidancePack | null = null;

export function defaultPack(): GuidancePack {
  if (!cached) {
    const result = validatePack(data);
    if (!result.ok) {
      throw new Error(`The built-in guidance pack is invalid: ${result.errors.map((e) => `${e.path} ${JSON.stringify(e.problem)}`).join("; ")}`);
    }
    cached = result.pack;
  }
  return cached;
}
