// Draws Jämkoll's icons (assets/icon-<size>.png): a deep-teal rounded square with two balanced
// bars (women and men, equal weight) and a check mark. Pure Node: zlib + a hand-written PNG encoder.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
const TEAL = [0, 95, 115], WHITE = [255, 255, 255], GOLD = [255, 196, 61];
function shade(u, v) {
  // u, v in [0,1): coordinates in the icon
  const r = 0.2, inset = (a) => Math.max(r - a, 0, a - (1 - r));
  const dx = inset(u), dy = inset(v);
  if (dx * dx + dy * dy > r * r) return null; // outside the rounded square
  // two equal bars
  if (v > 0.58 && v < 0.8 && ((u > 0.2 && u < 0.42) || (u > 0.58 && u < 0.8))) return WHITE;
  // check mark: two strokes
  const d1 = Math.abs((v - 0.42) - (u - 0.3)) / Math.SQRT2, on1 = u > 0.24 && u < 0.45 && d1 < 0.06;
  const d2 = Math.abs((v - 0.5) + (u - 0.42)) / Math.SQRT2, on2 = u > 0.4 && u < 0.78 && d2 < 0.06;
  if (on1 || on2) return GOLD;
  return TEAL;
}
for (const size of [16, 32, 64, 80, 128]) {
  const S = 4; // supersampling
  writeFileSync(`assets/icon-${size}.png`, png(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) {
      const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    return a ? [r / a, g / a, b / a, (255 * a) / (S * S)] : [0, 0, 0, 0];
  }));
}
console.log("assets/icon-{16,32,64,80,128}.png written");
