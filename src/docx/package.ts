// A .docx as a zip of parts (fflate): open it, read a part as text, write it back.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { DocxError } from "./errors";

export class DocxPackage {
  private constructor(
    readonly file: string,
    readonly parts: Map<string, Uint8Array>,
  ) {}

  static open(bytes: Uint8Array, file: string): DocxPackage {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new DocxError("not-zip", file, "is not a Word document (.docx): it is not a zip archive.");
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (e) {
      throw new DocxError("not-zip", file, `the zip archive is damaged and cannot be opened (${(e as Error).message}).`);
    }
    const pkg = new DocxPackage(file, new Map(Object.entries(entries)));
    if (!pkg.parts.has("word/document.xml")) {
      throw new DocxError("not-word", file, "is a zip archive but not a Word document: it has no word/document.xml.");
    }
    return pkg;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  text(name: string): string | null {
    const bytes = this.parts.get(name);
    return bytes ? strFromU8(bytes) : null;
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
  }

  toBytes(): Uint8Array {
    const files: Zippable = {};
    // [Content_Types].xml first, as Word writes it.
    const names = [...this.parts.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
    for (const name of names) files[name] = [this.parts.get(name)!, { level: 6 }];
    return zipSync(files);
  }
}
