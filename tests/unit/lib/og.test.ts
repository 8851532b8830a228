// Link-preview images (src/lib/og.ts): rendered by resvg at build time, kept by content in node_modules/.cache so the
// second build of `npm test` (and any rebuild) reuses them. A cached image must be the one resvg would render now.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderPng, textCardSvg } from '../../../src/lib/og';

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'scaling-og');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const size = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
};

describe('renderPng: link-preview images, cached by content', () => {
  it('renders a 1200×630 PNG; the same card again comes from the cache, byte for byte; another card is another file', () => {
    // A title no page has, so this test starts without a cached copy (a stale one from an earlier run is removed).
    const title = `cache test ${process.pid}`;
    const svg = textCardSvg(title, 'Loss falls as a power law in N, D and C. 损失随规模按幂律下降。', 'Scaling Laws Explorer');
    const before = existsSync(CACHE) ? new Set(readdirSync(CACHE)) : new Set<string>();
    const first = renderPng(svg);
    expect([...first.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(size(first)).toEqual([OG_WIDTH, OG_HEIGHT]);
    const added = readdirSync(CACHE).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{64}\.png$/);
    const again = renderPng(svg);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const other = renderPng(textCardSvg(`${title}, another`, 'x', 'Scaling Laws Explorer'));
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
    for (const f of readdirSync(CACHE).filter((f) => !before.has(f))) rmSync(join(CACHE, f));
  });
});
