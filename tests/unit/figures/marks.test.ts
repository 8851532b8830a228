// The render-only marks of src/figures/lib/plot.ts: what they draw, and that a group drawn before is cloned, not
// shared (a node can sit in one picture only) and not stale (other data or scales draw anew).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dotsMark, drawPlot, polylineMark, tipMark } from '../../../src/figures/lib/plot';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const options = { document: document as unknown as Document, width: 300, height: 200, x: { domain: [0, 10] }, y: { domain: [0, 10] } };
const marksOf = (svg: Element, selector: string) => [...svg.querySelectorAll(selector)];

describe('dotsMark and polylineMark', () => {
  const points = [
    { a: 1, b: 2, c: 'red' },
    { a: 5, b: 5, c: 'blue' },
    { a: 20, b: 5, c: 'green' }, // outside the frame: not drawn
  ];
  const draw = (data: typeof points, yDomain = [0, 10]) =>
    drawPlot({
      ...options,
      y: { domain: yDomain },
      marks: [
        dotsMark(
          data,
          (d) => d.a,
          (d) => d.b,
          { r: 3, fill: (d) => d.c, attributes: { 'fill-opacity': 0.5 } },
        ),
        polylineMark(
          [{ lines: [data.slice(0, 2)], stroke: 'black' }],
          (d) => d.a,
          (d) => d.b,
          { 'stroke-width': 2 },
        ),
      ],
    }) as unknown as Element;

  it('draws one circle per datum inside the frame, in its colour, and one path per polyline', () => {
    const svg = draw(points);
    const circles = marksOf(svg, 'circle');
    expect(circles.map((c) => c.getAttribute('fill'))).toEqual(['red', 'blue']);
    expect(circles.every((c) => c.getAttribute('r') === '3')).toBe(true);
    expect(circles[0].parentElement?.getAttribute('fill-opacity')).toBe('0.5');
    const paths = marksOf(svg, 'path[stroke="black"]');
    expect(paths).toHaveLength(1);
    expect(paths[0].getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('the same data and scales again: the same markup in new nodes (a clone), so two pictures never share a node', () => {
    const first = draw(points);
    const again = draw(points);
    expect(again.outerHTML).toBe(first.outerHTML);
    expect(marksOf(again, 'circle')[0]).not.toBe(marksOf(first, 'circle')[0]);
    expect(marksOf(first, 'circle')).toHaveLength(2);
  });

  it('other data or another scale draws anew', () => {
    const first = draw(points);
    const moved = draw([{ ...points[0], b: 3 }, points[1]]);
    expect(marksOf(moved, 'circle')[0].getAttribute('cy')).not.toBe(marksOf(first, 'circle')[0].getAttribute('cy'));
    const rescaled = draw(points, [0, 20]);
    expect(marksOf(rescaled, 'path[stroke="black"]')[0].getAttribute('d')).not.toBe(marksOf(first, 'path[stroke="black"]')[0].getAttribute('d'));
  });
});

describe('drawPlot', () => {
  it('draws tips after every other mark, whatever their place in the list', () => {
    const data = [{ a: 1, b: 1 }];
    const svg = drawPlot({
      ...options,
      marks: [
        tipMark<(typeof data)[number]>(data, { x: 'a', y: 'b', title: (d) => `a ${d.a}` }),
        Plot.dot(data, { x: 'a', y: 'b' }),
        [Plot.text(['label'], { frameAnchor: 'top' })],
      ],
    }) as unknown as Element;
    const labels = [...svg.children].map((c) => c.getAttribute('aria-label')).filter(Boolean);
    expect(labels.at(-1)).toBe('tip');
    expect(labels).toContain('dot');
    expect(labels.indexOf('text')).toBeLessThan(labels.indexOf('tip'));
  });
});
