// What a page's build-time picture is: the snapshot's picture with its coordinates rounded to a tenth of the chart's
// unit (src/figures/lib/ssr.ts, roundGeometry) and Plot's inner labels dropped, nothing else.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { renderToString, roundGeometry } from '../../../src/figures/lib/ssr';

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
      for (const attr of ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd', 'transform']) {
        const a = numbers(full, attr);
        const b = numbers(page, attr);
        expect(b.length, attr).toBe(a.length);
        const worst = Math.max(0, ...a.map((v, i) => Math.abs(v - b[i]!)));
        expect(worst, attr).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    });
  }
});
