#!/usr/bin/env node
// Writes a folder of hostile and damaged .docx files (zip bombs, deep nesting, huge paragraph
// counts, bad XML, terminal escapes, not-zip, truncated …) and manifest.json, which says for each
// file whether Jämkoll must give a result or a named error (and which). Generated, never committed:
//   node scripts/make-hostile-corpus.mjs OUTDIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import zlib from "node:zlib";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MiB = 1024 * 1024;

// ---- a zip writer that can lie -----------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data, crc = 0) {
  if (zlib.crc32) return zlib.crc32(data, crc);
  let c = ~crc >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compressed data for `head + unit × count + tail` without ever holding it unpacked. */
function deflateRepeated(head, unit, count, tail) {
  const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  // Each piece is a byte-aligned, non-final run of blocks that refers to nothing before it, so
  // the pieces can be concatenated.
  const [h, u, t] = [zlib.deflateRawSync(Buffer.from(head), sync), zlib.deflateRawSync(Buffer.from(unit), sync), zlib.deflateRawSync(Buffer.from(tail))];
  let crc = crc32(Buffer.from(head));
  const unitBytes = Buffer.from(unit);
  for (let i = 0; i < count; i++) crc = crc32(unitBytes, crc);
  crc = crc32(Buffer.from(tail), crc);
  const size = Buffer.byteLength(head) + unitBytes.length * count + Buffer.byteLength(tail);
  return { method: 8, compressed: Buffer.concat([h, ...Array(count).fill(u), t]), size, crc };
}

function stored(data, method = 8) {
  const bytes = Buffer.from(data);
  return { method, compressed: method === 8 ? zlib.deflateRawSync(bytes) : bytes, size: bytes.length, crc: crc32(bytes) };
}

/**
 * entries: [{ name, body: {method, compressed, size, crc}, declaredSize?, shareWith? }] — an entry
 * with `shareWith: i` points at entry i's local header (an overlapping-entry bomb).
 * `declaredCount` lies about the number of entries in the end record.
 */
function zip(entries, { declaredCount } = {}) {
  const chunks = [];
  const central = [];
  const offsets = [];
  let offset = 0;
  for (const [i, e] of entries.entries()) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.body.size;
    let at = offset;
    if (e.shareWith !== undefined) at = offsets[e.shareWith];
    else {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(e.flags ?? 0, 6);
      local.writeUInt16LE(e.body.method, 8);
      local.writeUInt32LE(e.body.crc, 14);
      local.writeUInt32LE(e.body.compressed.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      chunks.push(local, name, e.body.compressed);
      offset += 30 + name.length + e.body.compressed.length;
    }
    offsets[i] = at;
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.flags ?? 0, 8);
    c.writeUInt16LE(e.body.method, 10);
    c.writeUInt32LE(e.body.crc, 16);
    c.writeUInt32LE(e.body.compressed.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, name);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(declaredCount ?? entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(declaredCount ?? entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

// ---- proposals ---------------------------------------------------------------------------------

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>`;
const para = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const documentXml = (body, decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) => `${decl}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;

function proposal(title, equalityText) {
  return [
    para(title, "Title"),
    para("Sammanfattning", "Heading1"),
    para("Förvaltningen föreslår att nämnden beslutar enligt förslaget."),
    para("Jämställdhet", "Heading1"),
    para(equalityText),
    para("Beslutsunderlag", "Heading1"),
    para("Tjänsteskrivelse."),
  ].join("");
}

const GOOD_TEXT =
  "Förslaget berör 1 200 brukare, varav 700 kvinnor och 500 män. Statistiken visar att kvinnor väntar längre än män på insatser. " +
  "Förvaltningen föreslår att väntetiderna följs upp per kön varje kvartal och att resurserna fördelas efter behov.";

function docx({ document, styles = STYLES, extra = [] }) {
  return zip([
    { name: "[Content_Types].xml", body: stored(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`) },
    { name: "word/document.xml", body: typeof document === "string" ? stored(document) : document },
    { name: "word/styles.xml", body: typeof styles === "string" ? stored(styles) : styles },
    ...extra,
  ]);
}

const nested = (open, inner, close, depth) => open.repeat(depth) + inner + close.repeat(depth);

// ---- the corpus --------------------------------------------------------------------------------

/** Each: [file name, expectation, why, bytes]. expect: "result" or the DocxError code. */
function corpus() {
  const good = docx({ document: documentXml(proposal("Väntetider i hemtjänsten", GOOD_TEXT)) });
  const emptyParas = (n) => deflateRepeated(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`, "<w:p/>".repeat(1000), n / 1000, "<w:sectPr/></w:body></w:document>");
  const bombBody = deflateRepeated(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`, " ".repeat(MiB), 1024, "</w:body></w:document>");
  const review = (inner) => ({
    name: "customXml/item1.xml",
    body: stored(`<?xml version="1.0" encoding="UTF-8"?><review xmlns="urn:jamkoll:review:1" version="1">${inner}</review>`),
  });
  const evil = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u202c\u2066x\u2069";
  // eslint-disable-next-line no-control-regex
  const evilXml = evil.replace(/[\u0000-\u001f]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
  const tag = "jamkoll:comment:6f1c2a3b-0000-4000-8000-000000000001";
  const comment = `<comment id="6f1c2a3b-0000-4000-8000-000000000001" status="open" created="2026-01-01T00:00:00Z" updated="2026-01-01T00:00:00Z"><author role="reviewer">${evilXml}</author><text>Se över ${evilXml}</text><quote>x</quote><status value="open" at="2026-01-01T00:00:00Z" by="${evilXml}"/></comment>`;
  const truncated = good.subarray(0, Math.floor(good.length / 2));

  return [
    ["good-1.docx", "result", "an ordinary proposal", good],
    ["good-2.docx", "result", "an ordinary proposal without an equality section", docx({ document: documentXml(para("Nytt ekonomisystem", "Title") + para("Sammanfattning", "Heading1") + para("Ett nytt system upphandlas.")) })],
    // Zip inflation
    ["bomb-document.docx", "too-large", "document.xml unpacks to 1 GiB", docx({ document: bombBody })],
    ["bomb-lying-size.docx", "too-large", "document.xml says it is 4 KiB and unpacks to 1 GiB", zip([{ name: "word/document.xml", body: bombBody, declaredSize: 4096 }])],
    ["bomb-unread-part.docx", "result", "a 1 GiB part that is never read (word/media)", docx({ document: documentXml(proposal("Bilder", GOOD_TEXT)), extra: [{ name: "word/media/image1.png", body: bombBody }] })],
    ["bomb-overlapping.docx", "too-large", "300 review parts share one 16 MiB stream (4.7 GiB in all)", (() => {
      const part = deflateRepeated(`<?xml version="1.0"?><review xmlns="urn:jamkoll:review:1" version="1">`, " ".repeat(MiB), 16, "</review>");
      const items = Array.from({ length: 300 }, (_, i) => ({ name: `customXml/item${i + 1}.xml`, body: part, ...(i ? { shareWith: 3 } : {}) }));
      return docx({ document: documentXml(proposal("Delade delar", GOOD_TEXT)), extra: items });
    })()],
    ["many-entries.docx", "too-large", "20 000 entries", docx({ document: documentXml(para("x")), extra: Array.from({ length: 20000 }, (_, i) => ({ name: `word/media/e${i}.bin`, body: stored("", 0) })) })],
    ["lying-entry-count.docx", "damaged", "the end record claims 65 535 entries", zip([{ name: "word/document.xml", body: stored(documentXml(para("x"))) }], { declaredCount: 65535 })],
    ["unknown-compression.docx", "damaged", "document.xml packed with an unknown method", zip([{ name: "word/document.xml", body: { ...stored(documentXml(para("x"))), method: 99 } }])],
    ["encrypted-entry.docx", "damaged", "document.xml marked as encrypted", zip([{ name: "word/document.xml", body: stored(documentXml(para("x"))), flags: 1 }])],
    // Deep nesting
    ["deep-controls.docx", "too-deep", "100 000 nested content controls", docx({ document: documentXml(nested("<w:sdt><w:sdtContent>", para("djupt"), "</w:sdtContent></w:sdt>", 100000)) })],
    ["deep-tables.docx", "too-deep", "100 000 nested tables", docx({ document: documentXml(nested("<w:tbl><w:tr><w:tc>", para("djupt"), "</w:tc></w:tr></w:tbl>", 100000)) })],
    ["deep-runs.docx", "too-deep", "100 000 nested hyperlinks in a paragraph", docx({ document: documentXml(`<w:p>${nested("<w:hyperlink>", "<w:r><w:t>djupt</w:t></w:r>", "</w:hyperlink>", 100000)}</w:p>`) })],
    ["deep-elements.docx", "too-deep", "100 000 nested unknown elements", docx({ document: documentXml(nested("<x>", "", "</x>", 100000)) })],
    ["deep-styles.docx", "too-deep", "styles.xml nested 100 000 levels", docx({ document: documentXml(para("x")), styles: `<w:styles ${W}>${nested("<w:style>", "", "</w:style>", 100000)}</w:styles>` })],
    ["deep-review.docx", "too-deep", "a review part nested 100 000 levels", docx({ document: documentXml(proposal("Djup granskning", GOOD_TEXT)), extra: [review(nested("<x>", "", "</x>", 100000))] })],
    ["huge-review.docx", "too-large", "a review part of 1 000 000 elements (7 MiB unpacked)", docx({
      document: documentXml(proposal("Stor granskning", GOOD_TEXT)),
      extra: [{ name: "customXml/item1.xml", body: deflateRepeated(`<?xml version="1.0"?><review xmlns="urn:jamkoll:review:1" version="1">`, "<x/>".repeat(1000), 1000, "</review>") }],
    })],
    // Size
    ["many-paragraphs.docx", "result", "100 000 paragraphs of text", docx({ document: deflateRepeated(`<?xml version="1.0"?><w:document ${W}><w:body>${para("Många stycken", "Title")}`, para("Förvaltningen föreslår att nämnden godkänner avtalet.").repeat(100), 1000, "</w:body></w:document>") })],
    ["too-many-paragraphs.docx", "too-large", "2 000 000 empty paragraphs (12 MiB unpacked)", docx({ document: emptyParas(2000000) })],
    ["long-paragraph.docx", "result", "one paragraph of 4 MiB", docx({ document: documentXml(para("Lång", "Title") + para("Förvaltningen föreslår att nämnden beslutar. ".repeat(100000))) })],
    // Bad XML
    ["bad-xml.docx", "damaged", "document.xml is not well-formed", docx({ document: `<w:document ${W}><w:body><w:p></w:body>` })],
    ["billion-laughs.docx", "damaged", "entity expansion", docx({ document: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:document ${W}><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>` })],
    ["xxe.docx", "damaged", "an external entity", docx({ document: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>` })],
    ["bad-styles.docx", "damaged", "styles.xml is not well-formed", docx({ document: documentXml(para("x")), styles: "<w:styles" })],
    ["no-body.docx", "damaged", "document.xml has no body", docx({ document: `<w:document ${W}/>` })],
    ["not-utf8.docx", "result", "document.xml is Latin-1 bytes that claim to be UTF-8 (read with replacement characters)", docx({ document: { ...stored(Buffer.from(documentXml(para("Jämställdhet")), "latin1")) } })],
    // Text that would drive a terminal
    ["escapes.docx", "result", "terminal escapes and bidi controls in text, controls and a comment", docx({
      document: documentXml(
        para(`Titel ${evil}`, "Title") + para(`Jämställdhet ${evil}`, "Heading1") + para(`Kvinnor och män ${evil}`) +
          `<w:sdt><w:sdtPr><w:alias w:val="${evilXml}"/><w:tag w:val="${tag}"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${para(`Kommentar ${evil}`)}</w:sdtContent></w:sdt>`,
        `<?xml version="1.1" encoding="UTF-8"?>`,
        // eslint-disable-next-line no-control-regex
      ).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
      extra: [review(comment)],
    })],
    // Not a .docx at all
    ["not-zip.docx", "not-zip", "plain text", Buffer.from("Det här är ingen Word-fil.\n")],
    ["empty.docx", "not-zip", "zero bytes", Buffer.alloc(0)],
    ["truncated.docx", "not-zip", "the first half of a good file", truncated],
    ["no-document.docx", "not-word", "a zip without word/document.xml", zip([{ name: "a.txt", body: stored("x") }])],
  ];
}

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/make-hostile-corpus.mjs OUTDIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const manifest = [];
for (const [file, expect, why, bytes] of corpus()) {
  writeFileSync(join(out, file), bytes);
  manifest.push({ file, expect, why, bytes: bytes.length });
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`${manifest.length} files in ${out}`);
