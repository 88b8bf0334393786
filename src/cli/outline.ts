// `jamkoll outline FILE...`: each file's headings and block counts.
import { isBoldLine } from "../analysis/locate";
import type { DocumentModel } from "../analysis/model";
import { readDocxFile } from "../docx/file";
import { eachFile } from "./batch";
import { cliText } from "./i18n";
import type { CliIO } from "./io";

export function formatOutline(file: string, model: DocumentModel): string {
  const t = cliText().outline;
  const counts = { heading: 0, paragraph: 0, listItem: 0, tableCell: 0, title: 0 };
  const lines = [`${file}`];
  for (const b of model.blocks) {
    counts[b.kind]++;
    if (b.kind === "title") lines.push(`  T  ${b.text}`);
    else if (b.kind === "heading") lines.push(`  ${"  ".repeat(b.level - 1)}H${b.level} ${b.text}`);
    else if (isBoldLine(b)) lines.push(`  B  ${b.text}  ${t.boldLine}`);
    const cc = b.controls.find((c) => c.tag || c.title);
    if (cc && (b.kind === "heading" || b.bold)) lines[lines.length - 1] += `  ${t.control(cc.title || cc.tag)}`;
  }
  lines.push(`  ${t.counts(model.blocks.length, counts.title, counts.heading, counts.paragraph, counts.listItem, counts.tableCell)}`);
  return lines.join("\n");
}

export async function outline(files: string[], io: CliIO): Promise<number> {
  const allRead = await eachFile(files, io, async (file) => formatOutline(file, await readDocxFile(file)), (text) => io.out(text));
  return allRead ? 0 : 2;
}
