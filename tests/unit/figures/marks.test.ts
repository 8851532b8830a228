// The render-only marks of src/figures/lib/plot.ts: what they draw, and that a group drawn before is cloned, not
// shared (a node can sit in one picture only) and not stale (other data or scales draw anew).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dotsMark, drawPlot, logScale, polylineMark, tipMark } from '../../../src/figures/lib/plot';
import { drawPatching, drawReusing, moving } from '../../../src/figures/lib/reuse';
import { normalizeSvg } from './snapshot';

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

describe('drawReusing: reused axes (axesKey)', () => {
  const data = [
    { a: 2, b: 3 },
    { a: 40, b: 7 },
  ];
  // The options the figures use: explicit margins and domains, a log scale with a language-bound tick format, grids.
  const chartOptions = (lang: 'zh' | 'en', yDomain: [number, number], extra: Record<string, unknown> = {}) => ({
    ...options,
    marginLeft: 60,
    marginBottom: 44,
    marginTop: 22,
    marginRight: 24,
    x: logScale(lang, lang === 'zh' ? '参数量 N' : 'Parameters N', 'quantity', { domain: [1, 1e11], ticks: [10, 1e5, 1e10] }),
    y: { domain: yDomain, label: 'Loss', grid: true },
    marks: [Plot.line(data, { x: (d: (typeof data)[number]) => 10 ** d.a / 1e30, y: 'b' }), Plot.dot(data, { x: 'a', y: 'b', r: 3 }), Plot.ruleY([5])],
    ...extra,
  });
  const html = (e: unknown) => (e as Element).outerHTML;

  it('draws the same SVG as Plot draws it whole, when drawn anew and when the axes are reused', () => {
    for (const lang of ['en', 'zh'] as const) {
      const whole = html(drawPlot(chartOptions(lang, [0, 10])));
      expect(html(drawReusing(chartOptions(lang, [0, 10]), { axesKey: `test:${lang}` }))).toBe(whole);
      const reused = drawReusing(chartOptions(lang, [0, 10]), { axesKey: `test:${lang}` }) as unknown as Element;
      expect(html(reused)).toBe(whole);
      expect(reused.querySelectorAll('[aria-label="y-grid"]')).toHaveLength(1);
      expect(reused.querySelectorAll('[aria-label="x-axis tick label"] text').length).toBe(3);
    }
  });

  it('draws anew when anything the axes show changes: domain, label language, size; the copies are new nodes', () => {
    const a = drawReusing(chartOptions('en', [0, 10]), { axesKey: 'test' }) as unknown as Element;
    const b = drawReusing(chartOptions('en', [0, 20]), { axesKey: 'test' }) as unknown as Element;
    expect(html(b)).toBe(html(drawPlot(chartOptions('en', [0, 20]))));
    expect(html(b)).not.toBe(html(a));
    // Same labels and domain, the other language's tick format: the ticks read 100亿, not 10B.
    const zh = drawReusing({ ...chartOptions('zh', [0, 10]), x: { ...chartOptions('zh', [0, 10]).x, label: 'Parameters N' } }, { axesKey: 'test' }) as unknown as Element;
    expect(zh.textContent).toContain('100亿');
    expect(zh.textContent).not.toContain('10B');
    const wide = drawReusing(chartOptions('en', [0, 10], { width: 500 }), { axesKey: 'test' });
    expect(html(wide)).toBe(html(drawPlot(chartOptions('en', [0, 10], { width: 500 }))));
    const again = drawReusing(chartOptions('en', [0, 10]), { axesKey: 'test' }) as unknown as Element;
    expect(again.querySelector('[aria-label="y-grid"]')).not.toBe(a.querySelector('[aria-label="y-grid"]'));
  });

  it("without all four margins (Plot's default ones make room for the axes) the chart is drawn whole", () => {
    const { marginTop: _top, ...opts } = chartOptions('en', [0, 10]);
    expect(html(drawReusing(opts, { axesKey: 'test:margins' }))).toBe(html(drawPlot(opts)));
    expect(html(drawReusing(opts, { axesKey: 'test:margins' }))).toBe(html(drawPlot(opts)));
  });

  it('a domain from the data (none in the options) is drawn whole, as without a key', () => {
    const opts = { ...chartOptions('en', [0, 10]), y: { label: 'Loss', grid: true } };
    expect(html(drawReusing(opts, { axesKey: 'test:data' }))).toBe(html(drawPlot(opts)));
    const more = { ...opts, marks: [Plot.dot([{ a: 1, b: 90 }], { x: 'a', y: 'b' })] };
    expect(html(drawReusing(more, { axesKey: 'test:data' }))).toBe(html(drawPlot(more)));
  });
});

describe('drawReusing: marks under the others (under)', () => {
  const margins = { marginTop: 20, marginRight: 20, marginBottom: 30, marginLeft: 40 };
  const runs = [
    { a: 1, b: 2 },
    { a: 4, b: 6 },
    { a: 8, b: 3 },
  ];
  /** What stays while the chosen run moves: a line (the law) and every run. */
  const lawAndRuns = (slope: number) => [
    Plot.line(
      [0, 10].map((a) => ({ a, b: slope * a })),
      { x: 'a', y: 'b', stroke: 'currentColor' },
    ),
    dotsMark(
      runs,
      (d) => d.a,
      (d) => d.b,
      { r: 3, fill: () => '#0072B2' },
    ),
  ];
  const chart = (chosen: number, lawKey = 'law-1', slope = 1) =>
    drawReusing(
      { ...options, ...margins, marks: [Plot.dot([runs[chosen]], { x: 'a', y: 'b', r: 5, stroke: 'currentColor' }), Plot.text(['note'], { frameAnchor: 'top' })] },
      {
        axesKey: 'test-under',
        under: {
          key: lawKey,
          marks: () => lawAndRuns(slope),
        },
      },
    ) as unknown as Element;
  const whole = (chosen: number, slope = 1) =>
    Plot.plot({
      ...options,
      ...margins,
      marks: [...lawAndRuns(slope), Plot.dot([runs[chosen]], { x: 'a', y: 'b', r: 5, stroke: 'currentColor' }), Plot.text(['note'], { frameAnchor: 'top' })],
    }) as unknown as Element;

  it('draws what Plot draws with the under marks first, the first time and when the base is reused', () => {
    for (const chosen of [0, 1, 2, 0]) expect(chart(chosen).outerHTML).toBe(whole(chosen).outerHTML);
    const labels = [...chart(1).children].map((c) => c.getAttribute('aria-label')).filter(Boolean);
    expect(labels.indexOf('line')).toBeLessThan(labels.indexOf('dot'));
  });

  it('another under key draws the under marks anew', () => {
    expect(chart(1, 'law-2', 0.5).outerHTML).toBe(whole(1, 0.5).outerHTML);
    expect(chart(1, 'law-2', 0.5).outerHTML).not.toBe(whole(1).outerHTML);
  });

  it("with a legend (Plot's <figure>), the copies go into the chart's own SVG, not a swatch's", () => {
    const legendOptions = (chosen: number) => ({
      ...options,
      ...margins,
      color: { domain: ['a', 'b'], range: ['red', 'blue'], legend: true },
      marks: [Plot.dot([{ ...runs[chosen]!, k: 'a' }], { x: 'a', y: 'b', fill: 'k' })],
    });
    const under = { key: 'legend', marks: () => lawAndRuns(1) };
    const draw = (chosen: number) => drawReusing(legendOptions(chosen), { axesKey: 'test-under-legend', under }) as unknown as Element;
    for (const chosen of [0, 1]) {
      const whole = Plot.plot({ ...legendOptions(chosen), marks: [...lawAndRuns(1), ...legendOptions(chosen).marks] }) as unknown as Element;
      expect(draw(chosen).outerHTML).toBe(whole.outerHTML);
    }
  });

  it('without both domains in the options the under marks are still drawn first', () => {
    const svg = drawReusing(
      { ...options, y: { grid: true }, marks: [Plot.dot(runs, { x: 'a', y: 'b' })] },
      { axesKey: 'x', under: { key: 'k', marks: () => [Plot.ruleY([0])] } },
    ) as unknown as Element;
    const labels = [...svg.children].map((c) => c.getAttribute('aria-label')).filter(Boolean);
    expect(labels.indexOf('rule')).toBeLessThan(labels.indexOf('dot'));
  });
});

describe('drawPatching: only the moving marks drawn again', () => {
  const margins = { marginTop: 20, marginRight: 20, marginBottom: 30, marginLeft: 40 };
  const points = [
    { a: 1, b: 2, kind: 'paper' },
    { a: 4, b: 6, kind: 'release' },
    { a: 8, b: 3, kind: 'paper' },
  ];
  /** A chart like model-gallery's: a legend from explicit symbol and colour scales, moving marks between unmoving ones, a clipped line and a tip. */
  const opts = (at: number, lang: 'en' | 'zh' = 'en') => ({
    ...options,
    ...margins,
    x: { domain: [0, 10], label: lang === 'zh' ? '参数量' : 'Parameters' },
    y: { domain: [0, 10], grid: true },
    symbol: { domain: ['paper', 'release'], range: ['circle', 'diamond'], legend: true },
    color: { domain: ['paper', 'release'], range: ['currentColor', 'none'] },
    marks: [
      Plot.ruleY([5], { strokeOpacity: 0.4 }),
      moving(
        Plot.line(
          [
            { a: 0, b: at },
            { a: 12, b: at },
          ],
          { x: 'a', y: 'b', clip: true },
        ),
      ),
      Plot.dot(points, { x: 'a', y: 'b', symbol: 'kind', fill: 'kind', stroke: 'currentColor' }),
      moving(Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b', symbol: 'star', r: 8 })),
      moving(Plot.text([] as { a: number }[], { x: 'a', y: 'a', text: () => 'never drawn' })),
      // Clipped too: Plot makes one clip path per chart, where the first clipped mark (here the moving line) is drawn.
      Plot.text(points, { x: 'a', y: 'b', text: 'kind', dx: 6, clip: true }),
      moving(Plot.ruleX([at], { clip: true })),
      // A render function moves too (training-envelope's curves are a polylineMark).
      moving(
        polylineMark(
          [
            {
              lines: [
                [
                  { a: 0, b: 0 },
                  { a: at, b: 10 - at },
                ],
              ],
              stroke: 'red',
            },
          ],
          (p) => p.a,
          (p) => p.b,
          { 'stroke-width': 1.3 },
        ),
      ),
      tipMark<(typeof points)[number]>(points, { x: 'a', y: 'b', title: (d) => d.kind }),
    ],
  });
  const html = (e: unknown) => normalizeSvg((e as Element).outerHTML);

  it('draws what Plot draws whole, legend included, the first time and when the rest is copied', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const at of [2, 7.5, 2, 9]) {
        const patched = drawPatching(opts(at, lang), `test-patch:${lang}`) as unknown as Element;
        expect(html(patched)).toBe(html(drawPlot(opts(at, lang))));
        expect(patched.nodeName.toLowerCase()).toBe('figure');
        // The legend's swatches and the chart: one SVG of the chart, the moving line's and the unmoving dots' groups in order.
        const svg = [...patched.children].find((c) => c.nodeName.toLowerCase() === 'svg')!;
        const labels = [...svg.children].map((c) => c.getAttribute('aria-label'));
        expect(labels.indexOf('line')).toBeLessThan(labels.lastIndexOf('dot'));
        expect(labels.at(-1)).toBe('tip');
        expect(svg.querySelectorAll('clipPath')).toHaveLength(1);
      }
    }
  });

  it('copies are new nodes, and the same options drawn for another key or without one are the same picture', () => {
    const a = drawPatching(opts(3), 'test-patch:copies') as unknown as Element;
    const b = drawPatching(opts(3), 'test-patch:copies') as unknown as Element;
    expect(b.querySelector('[aria-label="y-grid"]')).not.toBe(a.querySelector('[aria-label="y-grid"]'));
    expect(html(drawPatching(opts(3)))).toBe(html(a));
    // Another domain is another template, not the copy of the first.
    const wider = { ...opts(3), y: { domain: [0, 20], grid: true } };
    expect(html(drawPatching(wider, 'test-patch:copies'))).toBe(html(drawPlot(wider)));
  });

  it('a moving mark shown only for some values: each number of moving marks keeps its own template, so going back copies again', () => {
    // benchmarks-vs-compute's chance line exists for some benchmarks only: with one template per key, each switch
    // between the two kinds drew the chart whole and replaced the other kind's template.
    const withRule = (at: number) => opts(at);
    const withoutRule = (at: number) => ({ ...opts(at), marks: opts(at).marks.filter((_, i) => i !== 6) });
    const first = drawPatching(withRule(3), 'test-patch:counts') as unknown as Element;
    // The template's grid is the one first drawn; its copies carry what it carries, a chart drawn whole does not.
    first.querySelector('[aria-label="y-grid"]')!.setAttribute('data-first', '');
    const other = drawPatching(withoutRule(5), 'test-patch:counts') as unknown as Element;
    expect(html(other)).toBe(html(drawPlot(withoutRule(5))));
    const back = drawPatching(withRule(6), 'test-patch:counts') as unknown as Element;
    expect(back.querySelector('[aria-label="y-grid"]')!.hasAttribute('data-first')).toBe(true);
    back.querySelector('[aria-label="y-grid"]')!.removeAttribute('data-first');
    expect(html(back)).toBe(html(drawPlot(withRule(6))));
  });

  it('a chart without both domains or without all four margins is drawn whole (its axes would move)', () => {
    const { marginTop: _t, ...noMargin } = opts(4);
    expect(html(drawPatching(noMargin, 'test-patch:whole'))).toBe(html(drawPlot(noMargin)));
    const noDomain = { ...opts(4), y: { grid: true } };
    expect(html(drawPatching(noDomain, 'test-patch:whole2'))).toBe(html(drawPlot(noDomain)));
  });
});

describe('copies made ahead (in the browser, after each update)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  it('an update after the timer takes the spare copies: new nodes, the same picture as Plot draws whole', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {});
    const margins = { marginTop: 20, marginRight: 20, marginBottom: 30, marginLeft: 40 };
    const opts = (at: number) => ({ ...options, ...margins, marks: [Plot.ruleY([3]), moving(Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b' }))] });
    const under = {
      key: 'spare',
      marks: () => [
        Plot.line(
          [
            { a: 0, b: 1 },
            { a: 9, b: 8 },
          ],
          { x: 'a', y: 'b' },
        ),
      ],
    };
    const reused = (at: number) =>
      drawReusing({ ...options, ...margins, marks: [Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b' })] }, { axesKey: 'spare-test', under }) as unknown as Element;
    const seen = new Set<Element>();
    for (const at of [1, 2, 3, 4]) {
      const a = drawPatching(opts(at), 'spare-test') as unknown as Element;
      const b = reused(at);
      expect(a.outerHTML).toBe((drawPlot(opts(at)) as unknown as Element).outerHTML);
      expect(b.outerHTML).toBe(
        (Plot.plot({ ...options, ...margins, marks: [...under.marks(), Plot.dot([{ a: at, b: at }], { x: 'a', y: 'b' })] }) as unknown as Element).outerHTML,
      );
      for (const node of [a.querySelector('[aria-label="rule"]')!, b.querySelector('[aria-label="line"]')!]) {
        expect(seen.has(node)).toBe(false);
        seen.add(node);
      }
      vi.runAllTimers();
    }
  });
});
