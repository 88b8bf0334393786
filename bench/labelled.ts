// Labelled proposals from a folder: .docx files listed in its labels.json, or proposals in the
// corpus's plain-text format (.md with the label in front matter), built into .docx in memory.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../src/docx/read";
import type { DocumentModel } from "../src/analysis/model";
import { buildDocx } from "../test/helpers/build-docx";

export interface LabelledProposal {
  file: string;
  status: string;
  criteria: string[];
  read: () => DocumentModel;
}

export function frontMatter(source: string): { status: string; criteria: string[] } {
  const head = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? "";
  const field = (name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(head)?.[1].trim() ?? "";
  return {
    status: field("status"),
    criteria: field("criteria")
      .split(/[,\s]+/)
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

export function labelledProposals(dir: string): LabelledProposal[] {
  const labels = join(dir, "labels.json");
  if (existsSync(labels)) {
    const data = JSON.parse(readFileSync(labels, "utf8")) as Record<string, { status: string; criteria: string[] }>;
    return Object.entries(data).map(([file, l]) => ({ file, status: l.status, criteria: l.criteria, read: () => readDocx(readFileSync(join(dir, file)), file) }));
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), "utf8");
      return { file, ...frontMatter(source), read: () => readDocx(buildDocx(source), file) };
    });
}
