// The zip container of a .docx, read without trusting it: the central directory is listed without
// unpacking anything, and a part is inflated only when asked for, in small steps, stopping as soon
// as it passes the size it is allowed (whatever size the zip claims).
import { Inflate } from "fflate";
import { DocxError } from "./errors";
import { formatBytes, formatCount } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** What the zip claims; never trusted for the size actually unpacked. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most ~1,032 times this comes out per step. */
const STEP = 16 * 1024;

const utf8 = new TextDecoder("utf-8");

/**
 * Inflates raw deflate data, giving "too-large" as soon as the output would pass `maxBytes`;
 * throws on damaged data. The default is fflate's, in small steps (the pane and the demo);
 * Node passes zlib's (docx/node-inflate.ts), five times faster.
 */
export type RawInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | "too-large";

/** fflate, fed STEP bytes at a time and stopped as soon as the output passes `maxBytes`. */
export const inflateInSteps: RawInflater = (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    if (chunk.length) chunks.push(chunk);
  });
  try {
    for (let p = 0; ; p += STEP) {
      const last = p + STEP >= data.length;
      inflater.push(data.subarray(p, Math.min(p + STEP, data.length)), last);
      if (last) break;
    }
  } catch (e) {
    if (e instanceof TooLarge) return "too-large";
    throw e;
  }
  if (chunks.length === 1) return chunks[0];
  // One copy into a buffer of the exact size.
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
};

class TooLarge extends Error {}

/** Lists the entries of the zip; throws DocxError (damaged, or too-large past `maxEntries`). */
export function listEntries(bytes: Uint8Array, file: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) => new DocxError("not-zip", file, `the zip archive is damaged and cannot be opened (${why}).`);
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged("no end of central directory");
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(end - 12, true));
    if (at + 56 > bytes.length || view.getUint32(at, true) !== EOCD64) throw damaged("bad zip64 end record");
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (entries.length >= maxEntries) {
      throw new DocxError("too-large", file, `the document is too large when unpacked: it has more than ${formatCount(maxEntries)} parts.`);
    }
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) {
      throw damaged(`the list of parts ends after ${i} of the ${count} it announces`);
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength > bytes.length) throw damaged("a part's name runs past the end");
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset that did not fit in 32 bits live in the zip64 extra field (id 1), in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const next = (): number => {
        const v = p + 8 <= at + 4 + size ? Number(view.getBigUint64(p, true)) : 0xffffffff;
        p += 8;
        return v;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Unpacks one entry, refusing (DocxError too-large) as soon as it would pass `maxBytes`,
 * whatever size the zip declares. Damaged data, encryption and unknown methods are DocxError too.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, file: string, maxBytes: number, inflate: RawInflater = inflateInSteps): Uint8Array {
  const damaged = (why: string) => new DocxError("damaged", file, `the part ${entry.name} is damaged and cannot be read (${why}).`, { part: entry.name, detail: why });
  const tooLarge = () => new DocxError("too-large", file, `the part ${entry.name} is too large when unpacked (more than ${formatBytes(maxBytes)}).`);
  if (entry.flags & 1) throw new DocxError("damaged", file, `the part ${entry.name} is encrypted; save the document without a password and try again.`, { part: entry.name, encrypted: true });
  if (entry.method !== 0 && entry.method !== 8) throw damaged(`unsupported compression method ${entry.method}`);
  if (entry.declaredSize > maxBytes) throw tooLarge();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged("its header is missing");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw damaged("the file ends inside it");
  const data = bytes.subarray(start, stop);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge();
    return data.slice();
  }
  let out: Uint8Array | "too-large";
  try {
    out = inflate(data, maxBytes);
  } catch (e) {
    throw damaged((e as Error).message);
  }
  if (out === "too-large" || out.length > maxBytes) throw tooLarge();
  return out;
}
