/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png, logo-filled.png): a white shield with a
 * check mark on Office blue. Generated rather than drawn by hand so every size comes from one
 * shape and the files can be rebuilt: `npx tsx scripts/make-icons.ts`.
 *
 * A tiny PNG encoder (RGBA, filter 0, zlib) — no image library needed.
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Rgba = [number, number, number, number];

const OFFICE_BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CHECK_GREEN: Rgba = [0x10, 0x7c, 0x10, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes `size`×`size` RGBA pixels (row-major) as a PNG file. */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** Inside the shield outline, in unit coordinates (0..1, y down): flat top, sides curving to a point. */
function inShield(x: number, y: number): boolean {
  if (y < 0.1 || y > 0.92) return false;
  const half = y < 0.5 ? 0.36 : 0.36 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.42) ** 2));
  return Math.abs(x - 0.5) <= half;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x: number, y: number, stroke: number): boolean {
  return distanceToSegment(x, y, 0.33, 0.5, 0.46, 0.64) <= stroke || distanceToSegment(x, y, 0.46, 0.64, 0.68, 0.36) <= stroke;
}

/** Renders the glyph with 4×4 supersampling so small sizes stay legible. */
export function drawIcon(size: number, opts: { filled?: boolean } = {}): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const ss = 4;
  const stroke = Math.max(0.055, 1.2 / size);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size;
          const v = (y + (sy + 0.5) / ss) / size;
          if (inShield(u, v)) {
            shield++;
            if (onCheck(u, v, stroke)) check++;
          }
        }
      const n = ss * ss;
      const background: Rgba = opts.filled ? OFFICE_BLUE : [0, 0, 0, 0];
      const shieldColour: Rgba = opts.filled ? WHITE : OFFICE_BLUE;
      const checkColour: Rgba = opts.filled ? CHECK_GREEN : WHITE;
      const out = [0, 1, 2, 3].map((i) => {
        const plain = shield - check;
        const bgWeight = n - shield;
        // Premultiplied mix of the three layers by coverage.
        return (background[i] * bgWeight + shieldColour[i] * plain + checkColour[i] * check) / n;
      });
      const alpha = ((background[3] * (n - shield) + 255 * shield) / n) | 0;
      const o = (y * size + x) * 4;
      const a = Math.max(alpha, 1);
      // Un-premultiply colour channels for straight-alpha PNG.
      for (let i = 0; i < 3; i++) px[o + i] = Math.min(255, Math.round((out[i] * 255) / a));
      px[o + 3] = alpha;
    }
  return px;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80]) writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
  writeFileSync(join(dir, "logo-filled.png"), encodePng(128, drawIcon(128, { filled: true })));
}

main();
