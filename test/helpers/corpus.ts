// The corpus proposals copied into test/fixtures, with their labels.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "fixtures");

export interface Label {
  status: string;
  criteria: string[];
  notes: string;
}

export function corpusLabels(): [string, Label][] {
  const labels = JSON.parse(readFileSync(join(FIXTURES, "labels.json"), "utf8")) as Record<string, Label>;
  const perf = JSON.parse(readFileSync(join(FIXTURES, "perf", "labels.json"), "utf8")) as Record<string, Label>;
  return [...Object.entries(labels), ...Object.entries(perf).map(([f, l]) => [`perf/${f}`, l] as [string, Label])];
}

export function fixture(name: string): string {
  return join(FIXTURES, name);
}
