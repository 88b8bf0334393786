// Jämkoll's own version, from package.json (two folders up from both src/cli and build/cli).
import { readFileSync } from "node:fs";
import { join } from "node:path";

let cached: string | null = null;

export function jamkollVersion(): string {
  if (cached === null) {
    try {
      cached = String((JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0");
    } catch {
      cached = "0.0.0";
    }
  }
  return cached;
}
