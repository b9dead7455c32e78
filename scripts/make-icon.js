// Draws the extension's icon (images/icon.png, 128×128): a blue rounded square with a white "T" and a
// cloud-like dot, written as a PNG with node:zlib alone so no image tool is needed. Run once; the PNG
// is committed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of one pixel. */
function pixel(x, y) {
  const r = 22;
  const inside = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner =
    (x < r && y < r && !inside(r, r)) ||
    (x >= SIZE - r && y < r && !inside(SIZE - r - 1, r)) ||
    (x < r && y >= SIZE - r && !inside(r, SIZE - r - 1)) ||
    (x >= SIZE - r && y >= SIZE - r && !inside(SIZE - r - 1, SIZE - r - 1));
  if (corner) return [0, 0, 0, 0];
  const bar = y >= 30 && y < 48 && x >= 26 && x < 102;
  const stem = x >= 55 && x < 73 && y >= 30 && y < 100;
  const dot = (x - 92) ** 2 + (y - 92) ** 2 <= 10 * 10;
  if (bar || stem || dot) return [255, 255, 255, 255];
  const t = (x + y) / (2 * SIZE);
  return [Math.round(20 + 30 * t), Math.round(100 + 40 * t), Math.round(230 - 40 * t), 255];
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
