// `jamkoll outline FILE...`: each file's headings and block counts.
import { isBoldLine } from "../analysis/locate";
import type { DocumentModel } from "../analysis/model";
import { readDocxFile } from "../docx/file";
import { eachFile } from "./batch";
import type { CliIO } from "./io";

export function formatOutline(file: string, model: DocumentModel): string {
  const counts = { heading: 0, paragraph: 0, listItem: 0, tableCell: 0, title: 0 };
  const lines = [`${file}`];
  for (const b of model.blocks) {
    counts[b.kind]++;
    if (b.kind === "title") lines.push(`  T  ${b.text}`);
    else if (b.kind === "heading") lines.push(`  ${"  ".repeat(b.level - 1)}H${b.level} ${b.text}`);
    else if (isBoldLine(b)) lines.push(`  B  ${b.text}  (bold line)`);
    const cc = b.controls.find((c) => c.tag || c.title);
    if (cc && (b.kind === "heading" || b.bold)) lines[lines.length - 1] += `  [control ${cc.title || cc.tag}]`;
  }
  lines.push(
    `  ${model.blocks.length} blocks: ${counts.title} title, ${counts.heading} headings, ${counts.paragraph} paragraphs, ` +
      `${counts.listItem} list items, ${counts.tableCell} table-cell paragraphs`,
  );
  return lines.join("\n");
}

export async function outline(files: string[], io: CliIO): Promise<number> {
  const allRead = await eachFile(files, io, async (file) => formatOutline(file, await readDocxFile(file)), (text) => io.out(text));
  return allRead ? 0 : 2;
}
