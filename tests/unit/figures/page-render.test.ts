// What a page's build-time picture is: the snapshot's picture with its polylines thinned to within 0.2 of the chart's
// unit (thinPaths), its coordinates rounded to a tenth (roundGeometry; src/figures/lib/ssr.ts) and Plot's inner labels
// dropped, nothing else.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { renderToString, roundGeometry, THIN_TOLERANCE, thinPaths } from '../../../src/figures/lib/ssr';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const NS = 'http://www.w3.org/2000/svg';

describe('roundGeometry', () => {
  it('rounds long decimals in coordinates and transforms, and leaves units, short decimals, text and styles alone', () => {
    const svg = document.createElementNS(NS, 'svg');
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('transform', 'translate(52,233.7142857142857)');
    const line = document.createElementNS(NS, 'line');
    line.setAttribute('y1', '99.99999999999999');
    line.setAttribute('x1', '-0.0400001');
    line.setAttribute('stroke-width', '1.55');
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('y', '0.32em');
    text.setAttribute('transform', 'translate(0.5,0.5)');
    text.textContent = '0.0012';
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', 'M52,93.78L57.82,101.11L63.65,108.05');
    svg.append(g, line, text, path);
    roundGeometry(svg as unknown as Element);
    expect(g.getAttribute('transform')).toBe('translate(52,233.7)');
    expect(line.getAttribute('y1')).toBe('100');
    expect(line.getAttribute('x1')).toBe('0');
    expect(line.getAttribute('stroke-width')).toBe('1.55');
    expect(text.getAttribute('y')).toBe('0.32em');
    expect(text.getAttribute('transform')).toBe('translate(0.5,0.5)');
    expect(text.textContent).toBe('0.0012');
    expect(path.getAttribute('d')).toBe('M52,93.8L57.8,101.1L63.7,108.1');
  });
});

describe('a page’s picture', () => {
  const numbers = (html: string, attr: string) =>
    [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].flatMap((m) => [...m[1]!.matchAll(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)].map((n) => Number(n[0])));
  for (const def of FIGURES.values()) {
    it(`${def.id}: every coordinate within 0.05 of the snapshot's, the same elements and text, and smaller`, () => {
      const values = defaultsOf(def.params) as Record<string, AnyValue>;
      const full = renderToString(def, values, 'en').html;
      const page = renderToString(def, values, 'en', undefined, true).html;
      expect(page.length).toBeLessThanOrEqual(full.length);
      const tags = (h: string) => [...h.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]).join(' ');
      expect(tags(page)).toBe(tags(full));
      const texts = (h: string) => [...h.matchAll(/>([^<]+)</g)].map((m) => m[1]).join('|');
      expect(texts(page)).toBe(texts(full));
      for (const attr of ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'transform']) {
        const a = numbers(full, attr);
        const b = numbers(page, attr);
        expect(b.length, attr).toBe(a.length);
        const worst = Math.max(0, ...a.map((v, i) => Math.abs(v - b[i]!)));
        expect(worst, attr).toBeLessThanOrEqual(0.05 + 1e-9);
      }
      // Paths: each of the snapshot's points within 0.2 (+ 0.05 of rounding) of the page's path, ends in place.
      const paths = (h: string) => [...h.matchAll(/\sd="([^"]*)"/g)].map((m) => m[1]!);
      const [fullPaths, pagePaths] = [paths(full), paths(page)];
      expect(pagePaths.length).toBe(fullPaths.length);
      fullPaths.forEach((d, i) => expectThinned(d, pagePaths[i]!, 0.05));
    });
  }
});

/** A path's subpaths as vertex lists, or null for a path with other commands than M and L. */
function subpaths(d: string): Array<Array<{ x: number; y: number }>> | null {
  if (!/^(?:[ML]-?[\d.]+(?:e[-+]?\d+)?,-?[\d.]+(?:e[-+]?\d+)?)+$/.test(d)) return null;
  return d.split(/(?=M)/).map((sub) => [...sub.matchAll(/(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })));
}

/** Distance from p to the polyline through vs. */
function distance(p: { x: number; y: number }, vs: Array<{ x: number; y: number }>): number {
  let best = Math.hypot(p.x - vs[0]!.x, p.y - vs[0]!.y);
  for (let i = 1; i < vs.length; i++) {
    const [a, b] = [vs[i - 1]!, vs[i]!];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const t = dx || dy ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  }
  return best;
}

/** `thin` draws `d` within THIN_TOLERANCE (+ `rounding`): the same subpaths, their ends in place, no point added. */
function expectThinned(d: string, thin: string, rounding: number): void {
  const [a, b] = [subpaths(d), subpaths(thin)];
  if (!a || !b) {
    // Curves, areas and the like are left as drawn (then rounded).
    expect(b === null).toBe(a === null);
    return;
  }
  expect(b.length).toBe(a.length);
  a.forEach((line, i) => {
    const kept = b[i]!;
    expect(kept.length).toBeLessThanOrEqual(line.length);
    for (const end of [0, -1]) expect(distance(line.at(end)!, [kept.at(end)!])).toBeLessThanOrEqual(rounding * Math.SQRT2 + 1e-9);
    for (const p of line) expect(distance(p, kept)).toBeLessThanOrEqual(THIN_TOLERANCE + rounding * Math.SQRT2 + 1e-9);
  });
}

describe('thinPaths', () => {
  const pathOf = (d: string, attributes: Record<string, string> = {}) => {
    const svg = document.createElementNS(NS, 'svg');
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', d);
    for (const [k, v] of Object.entries(attributes)) path.setAttribute(k, v);
    svg.append(path);
    thinPaths(svg as unknown as Element);
    return path.getAttribute('d')!;
  };
  const straight = Array.from({ length: 100 }, (_, i) => `${i ? 'L' : 'M'}${i * 3},${50 + i * 1.5}`).join('');

  it('draws a straight line of 100 points with its two ends, each subpath apart', () => {
    expect(pathOf(straight)).toBe('M0,50L297,198.5');
    expect(pathOf(`${straight}M0,0L1,0.01L2,0`)).toBe('M0,50L297,198.5M0,0L2,0');
  });

  it('leaves curves, closed areas, markers (one on every vertex) and a NaN (for the picture’s check) as drawn', () => {
    for (const d of ['M0,0C1,1,2,2,3,3', `${straight}Z`, 'M0,0L1,NaNL2,2']) expect(pathOf(d)).toBe(d);
    expect(pathOf(straight, { 'marker-mid': 'url(#m)' })).toBe(straight);
  });

  it('keeps every point of a curve within 0.2 of the path it draws (property, curves of 2–400 points)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 400 }),
        fc.double({ min: 0.1, max: 150, noNaN: true }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 6.3, noNaN: true }),
        (n, amplitude, frequency, phase) => {
          const d = Array.from({ length: n }, (_, i) => `${i ? 'L' : 'M'}${i * (600 / (n - 1))},${200 + amplitude * Math.sin(frequency * i * (600 / (n - 1)) + phase)}`).join('');
          expectThinned(d, pathOf(d), 0);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});
