// A .docx as a zip of parts: open it, read a part as text, write it back. Only the parts read
// are unpacked, each within the caps of limits.ts (a zip bomb gives "too large when unpacked").
import { strToU8, zipSync, type Zippable } from "fflate";
import { DocxError } from "./errors";
import { DEFAULT_LIMITS, formatBytes, formatCount, type DocxLimits } from "./limits";
import { checkXmlShape } from "./sax";
import { inflateEntry, inflateInSteps, listEntries, type RawInflater, type ZipEntry } from "./zip";

/** The parts by name, unpacked on first read. */
export class Parts {
  private readonly items = new Map<string, ZipEntry | Uint8Array>();

  constructor(
    entries: readonly ZipEntry[],
    private readonly unpack: (entry: ZipEntry) => Uint8Array,
  ) {
    for (const e of entries) if (!e.name.endsWith("/")) this.items.set(e.name, e);
  }

  get size(): number {
    return this.items.size;
  }

  keys(): IterableIterator<string> {
    return this.items.keys();
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  get(name: string): Uint8Array | undefined {
    const item = this.items.get(name);
    if (item === undefined || item instanceof Uint8Array) return item;
    const bytes = this.unpack(item);
    this.items.set(name, bytes);
    return bytes;
  }

  set(name: string, bytes: Uint8Array): this {
    this.items.set(name, bytes);
    return this;
  }

  delete(name: string): boolean {
    return this.items.delete(name);
  }
}

/**
 * XML text from a part's bytes: UTF-8, or UTF-16 by its byte-order mark or by how "<?" is stored
 * (XML 1.0 appendix F).
 */
export function decodeXml(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00)) return new TextDecoder("utf-16le").decode(bytes);
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f)) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * The parts Jämkoll streams within its own caps (read.ts, styles.ts, properties.ts). Every other
 * XML part is read into a DOM by its reader (the review record), so its nesting and element count
 * are checked before it is handed out.
 */
// docProps/custom.xml is streamed here too but also read into a DOM (the stamp), so it is checked.
const STREAMED = new Set(["word/document.xml", "word/styles.xml", "docProps/core.xml", "_rels/.rels"]);

export class DocxPackage {
  readonly parts: Parts;
  private unpacked = 0;

  private constructor(
    readonly file: string,
    readonly limits: DocxLimits,
    bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly inflate: RawInflater,
  ) {
    this.parts = new Parts(entries, (entry) => this.unpack(bytes, entry));
  }

  static open(bytes: Uint8Array, file: string, limits: DocxLimits = DEFAULT_LIMITS, inflate: RawInflater = inflateInSteps): DocxPackage {
    if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw new DocxError("not-zip", file, "is not a .docx file: it is a password-protected document or an old Word 97–2003 file (.doc). Save it as .docx without a password.");
    }
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new DocxError("not-zip", file, "is not a Word document (.docx): it is not a zip archive.");
    }
    const pkg = new DocxPackage(file, limits, bytes, listEntries(bytes, file, limits.maxEntries), inflate);
    if (!pkg.parts.has("word/document.xml")) {
      throw new DocxError("not-word", file, "is a zip archive but not a Word document: it has no word/document.xml.");
    }
    return pkg;
  }

  private unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
    const left = this.limits.maxTotalBytes - this.unpacked;
    if (left < this.limits.maxPartBytes && entry.declaredSize > left) throw this.tooLargeInTotal();
    let part: Uint8Array;
    try {
      part = inflateEntry(bytes, entry, this.file, Math.min(this.limits.maxPartBytes, left), this.inflate);
    } catch (e) {
      if (e instanceof DocxError && e.code === "too-large" && left < this.limits.maxPartBytes) throw this.tooLargeInTotal();
      throw e;
    }
    this.unpacked += part.length;
    if (/\.(xml|rels)$/i.test(entry.name) && !STREAMED.has(entry.name)) this.checkShape(entry.name, part);
    return part;
  }

  private checkShape(name: string, part: Uint8Array): void {
    const shape = checkXmlShape(decodeXml(part), this.limits.maxDepth, this.limits.maxDomElements);
    if (shape === "too-deep") throw new DocxError("too-deep", this.file, `the part ${name} is nested too deeply (more than ${this.limits.maxDepth} levels).`);
    if (shape === "too-many-elements") {
      throw new DocxError("too-large", this.file, `the part ${name} is too large when unpacked (more than ${formatCount(this.limits.maxDomElements)} XML elements).`);
    }
  }

  private tooLargeInTotal(): DocxError {
    return new DocxError("too-large", this.file, `the document is too large when unpacked (its parts come to more than ${formatBytes(this.limits.maxTotalBytes)}).`);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  text(name: string): string | null {
    const bytes = this.parts.get(name);
    return bytes ? decodeXml(bytes) : null;
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
