import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the app icon (a white medical cross on a blue rounded square) and writes build/icon.png,
 * which electron-builder turns into the Windows .ico and the Linux icons. Drawn in code so the icon
 * needs no image editor and no new dependency; run it again after changing the drawing.
 */

const SIZE = 512;
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges

function insideRoundedSquare(x: number, y: number): boolean {
  const margin = 24;
  const radius = 104;
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin;
}

function insideCross(x: number, y: number): boolean {
  const half = SIZE / 2;
  const arm = 62; // half the width of an arm
  const reach = 150; // from the centre to the end of an arm
  const dx = Math.abs(x - half);
  const dy = Math.abs(y - half);
  return (dx <= arm && dy <= reach) || (dy <= arm && dx <= reach);
}

/** RGBA pixels, row by row. */
export function drawIcon(): Uint8Array {
  const pixels = new Uint8Array(SIZE * SIZE * 4);
  const total = SAMPLES * SAMPLES;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let square = 0;
      let cross = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideCross(x, y)) cross++;
          }
        }
      }
      // Blue from #2f80ed at the top to #1659c7 at the bottom, white where the cross is.
      const t = py / SIZE;
      const blue = [0x2f + (0x16 - 0x2f) * t, 0x80 + (0x59 - 0x80) * t, 0xed + (0xc7 - 0xed) * t];
      const white = cross / Math.max(square, 1);
      const i = (py * SIZE + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(blue[c]! * (1 - white) + 255 * white);
      pixels[i + 3] = Math.round((255 * square) / total);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A plain 8-bit RGBA PNG: no filter on any row, zlib from Node. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

export const ICON_FILE = fileURLToPath(new URL('../build/icon.png', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(dirname(ICON_FILE), { recursive: true });
  writeFileSync(ICON_FILE, encodePng(SIZE, SIZE, drawIcon()));
  console.log(`已生成 ${join('build', 'icon.png')}（${SIZE}×${SIZE}）`);
}
