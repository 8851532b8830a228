import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripStrings } from '../../../src/integrations/strip-figure-strings.mjs';
import slimPlot from '../../../src/integrations/slim-plot.mjs';
import { keepLanguage } from '../../../src/integrations/lang-bundles.mjs';

describe('strip-figure-strings (client bundles)', () => {
  it('removes the title, caption, source and alt of a figure but keeps its parameters and render', () => {
    const code = readFileSync('src/figures/mirage.ts', 'utf8');
    const out = stripStrings(code, 'mirage.ts')!;
    expect(code).toContain('A smooth loss, a sudden-looking accuracy');
    expect(out).not.toContain('A smooth loss, a sudden-looking accuracy');
    expect(out).not.toContain('平滑的损失');
    expect(out).toContain('render(params, lang, ctx)');
    expect(out).toContain("label: { zh: '答案长度 L', en: 'Answer length L' }");
    expect(out.indexOf('const STRIPPED_STRINGS')).toBe(0);
  });
  it('leaves files without a figure definition alone', () => {
    expect(stripStrings('export const x = 1;', 'x.ts')).toBeNull();
  });
});

describe('slim-plot (client bundles)', () => {
  it('serves a d3-geo stand-in only to the browser build, with a working geoTransform and clear errors elsewhere', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const plugin: any = slimPlot();
    expect(plugin.resolveId('d3-geo', undefined, { ssr: true })).toBeNull();
    const id = plugin.resolveId('d3-geo', undefined, { ssr: false });
    const src: string = plugin.load(id);
    const mod = await import(`data:text/javascript,${encodeURIComponent(src)}`);
    const points: number[][] = [];
    const t = mod.geoTransform({ point(this: { stream: { point(x: number, y: number): void } }, x: number, y: number) { this.stream.point(x * 2, y); } });
    t.stream({ point: (x: number, y: number) => points.push([x, y]) }).point(1, 2);
    expect(points).toEqual([[2, 2]]);
    expect(() => mod.geoPath()).toThrow(/geoPath is not in the browser bundle/);
    // @ts-expect-error d3-geo ships no types; only its export names matter here
    const real = await import('d3-geo');
    expect(Object.keys(mod).sort()).toEqual(Object.keys(real).sort());
  });
});

describe('slim-plot: d3-scale-chromatic stand-in', () => {
  it('keeps the categorical schemes, greys and turbo exactly, and every other export throws', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const plugin: any = slimPlot();
    expect(plugin.resolveId('d3-scale-chromatic', undefined, { ssr: true })).toBeNull();
    const src: string = plugin.load(plugin.resolveId('d3-scale-chromatic', undefined, {}));
    const mod = await import(`data:text/javascript,${encodeURIComponent(src)}`);
    // @ts-expect-error d3-scale-chromatic ships no types here; the values are compared
    const real = await import('d3-scale-chromatic');
    expect(Object.keys(mod).sort()).toEqual(Object.keys(real).sort());
    for (const n of ['schemeObservable10', 'schemeTableau10', 'schemeCategory10', 'schemeSet2']) expect(mod[n]).toEqual(real[n]);
    expect(mod.schemeGreys[3]).toEqual(real.schemeGreys[3]);
    expect(mod.schemeGreys[9]).toEqual(real.schemeGreys[9]);
    for (const t of [-1, 0, 0.1, 0.37, 0.5, 0.93, 1, 2]) expect(mod.interpolateTurbo(t)).toBe(real.interpolateTurbo(t));
    expect(() => mod.interpolateViridis(0.5)).toThrow(/interpolateViridis is not in the browser bundle/);
    expect(() => mod.interpolateBlues(0.5)).toThrow(/stubbed out/);
  });
});

describe('lang-bundles: one copy of the client code per language', () => {
  const code = `
    const a = { zh: '中文', en: 'English' };
    const b = { en: { title: 'T', nested: { zh: '内', en: 'in' } }, zh: { title: '题' } };
    const zh = 1, en = 2; const c = { zh, en };
    const d = { zh: 'x', en: 'y', note: 'three keys: untouched' };
    const e = { 'zh': 'q', 'en': 'r' };
    const f = { ...a, en: 'spread: untouched' };
    const g = pick(lang, '长' + pick(lang, '内', 'in'), 'long');
    const h = pick('en', '固定', 'fixed');
    const i = lang === 'zh' ? '中' : lang !== 'en' ? 'x' : { zh: 'y', en: 'z' };
    const j = other === 'zh' ? 'kept' : 'both';
  `;
  it('keeps only the page language of every { zh, en } literal, inside nested values too', () => {
    const zhOut = keepLanguage(code, 'x.ts', 'zh')!;
    expect(zhOut).toContain("const a = { zh: '中文', en: void 0 }");
    expect(zhOut).toContain("const b = { en: void 0, zh: { title: '题' } }");
    expect(zhOut).toContain('const c = { zh, en: void 0 }');
    expect(zhOut).toContain("{ zh: 'x', en: 'y', note: 'three keys: untouched' }");
    expect(zhOut).toContain("{ 'zh': 'q', 'en': void 0 }");
    expect(zhOut).toContain("{ ...a, en: 'spread: untouched' }");
    expect(zhOut).toContain("const g = ('长' + ('内'));");
    expect(zhOut).toContain("pick('en', '固定', 'fixed')");
    expect(zhOut).toContain("const i = ('中');");
    expect(zhOut).toContain("const j = other === 'zh' ? 'kept' : 'both';");
    const enOut = keepLanguage(code, 'x.ts', 'en')!;
    expect(enOut).toContain("const a = { zh: void 0, en: 'English' }");
    expect(enOut).toContain("en: { title: 'T', nested: { zh: void 0, en: 'in' } }, zh: void 0");
    expect(enOut).toContain('const c = { zh: void 0, en }');
    expect(enOut).toContain("const g = ('long');");
    expect(enOut).toContain("const i = (({ zh: void 0, en: 'z' }));");
    expect(keepLanguage("const o = pick(lang, { zh: 1, en: 2, x: { zh: 'a', en: 'b' } }, { k: { zh: 3, en: 4 } });", 'x.ts', 'zh')).toBe(
      "const o = ({ zh: 1, en: 2, x: { zh: 'a', en: void 0 } });",
    );
  });
  it('reads TSX and leaves code without such literals alone', () => {
    expect(keepLanguage('const x = <p title={{ zh: 1, en: 2 }.en}>hi</p>;', 'x.tsx', 'en')).toContain('{ zh: void 0, en: 2 }');
    expect(keepLanguage('export const x = { a: 1 };', 'x.ts', 'zh')).toBeNull();
    expect(() => keepLanguage('', 'x.ts', 'fr')).toThrow(/zh or en/);
  });
  it('a real figure keeps its labels in one language', () => {
    const src = readFileSync('src/figures/mirage.ts', 'utf8');
    const out = keepLanguage(src, 'mirage.ts', 'en')!;
    expect(src).toContain("label: { zh: '答案长度 L', en: 'Answer length L' }");
    expect(out).toContain("label: { zh: void 0, en: 'Answer length L' }");
    expect(out).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });
});

describe('slim-plot: stand-ins for parts of Observable Plot and d3 no figure uses', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const plugin: any = slimPlot();
  const plotFile = (rel: string) => `${process.cwd()}/node_modules/@observablehq/plot/src/${rel}`;
  const exportsOf = (rel: string) =>
    [...readFileSync(plotFile(rel), 'utf8').matchAll(/^export (?:function|class|const|let) (\w+)/gm)].map((m) => m[1]).sort();

  it('answers only the browser build, and only for Plot’s own imports of the stubbed files', () => {
    expect(plugin.resolveId('./marks/tip.js', plotFile('plot.js'), { ssr: true })).toBeNull();
    expect(plugin.resolveId('./marks/tip.js', plotFile('plot.js'), {})).toBe('\0slim-plot/marks/tip.js');
    expect(plugin.resolveId('../transforms/bin.js', plotFile('marks/line.js'), {})).toBe('\0slim-plot/transforms/bin.js');
    expect(plugin.resolveId('./marks/text.js', plotFile('plot.js'), {})).toBeNull();
    expect(plugin.resolveId('./marks/tip.js', `${process.cwd()}/src/figures/isoflop.ts`, {})).toBeNull();
  });

  it('every export of tip, pointer, ramp legend, bin and group is there and throws clearly, except the bin pass-through', async () => {
    for (const rel of ['marks/tip.js', 'interactions/pointer.js', 'legends/ramp.js', 'transforms/bin.js', 'transforms/group.js', 'marker.js', 'scales/diverging.js', 'scales/temporal.js']) {
      const mod = await import(`data:text/javascript,${encodeURIComponent(plugin.load(`\0slim-plot/${rel}`))}`);
      expect(Object.keys(mod).sort()).toEqual(exportsOf(rel));
      for (const [name, value] of Object.entries(mod)) {
        if (name.startsWith('maybeDenseInterval') || /^(apply(Grouped)?M|m)arkers$/.test(name)) continue;
        expect(() => (/^[A-Z]/.test(name) ? new (value as new () => unknown)() : (value as () => unknown)()), `${rel} ${name}`).toThrow(/not in the browser bundle/);
      }
    }
  });

  it('maybeDenseIntervalX/Y return a line’s options untouched, as Plot does without an interval or tip, and refuse otherwise', async () => {
    const mod = await import(`data:text/javascript,${encodeURIComponent(plugin.load('\0slim-plot/transforms/bin.js'))}`);
    const options = { x: 'n', y: 'loss', stroke: 'law' };
    expect(mod.maybeDenseIntervalX(options)).toBe(options);
    expect(mod.maybeDenseIntervalY(options)).toBe(options);
    expect(mod.maybeDenseIntervalX()).toEqual({});
    expect(() => mod.maybeDenseIntervalY({ ...options, interval: 1 })).toThrow(/interval or tip/);
    expect(() => mod.maybeDenseIntervalX({ ...options, tip: true })).toThrow(/interval or tip/);
  });

  it('markers(): no marker leaves the mark as Plot leaves it (null markers); asking for one fails clearly', async () => {
    const mod = await import(`data:text/javascript,${encodeURIComponent(plugin.load('\0slim-plot/marker.js'))}`);
    const mark: Record<string, unknown> = {};
    mod.markers(mark, { stroke: 'red' });
    expect(mark).toEqual({ markerStart: null, markerMid: null, markerEnd: null });
    mod.markers(mark, { marker: 'none', markerEnd: false });
    expect(mark).toEqual({ markerStart: null, markerMid: null, markerEnd: null });
    expect(() => mod.markers({}, { markerEnd: 'arrow' })).toThrow(/markers are not in the browser bundle/);
    expect(mod.applyMarkers({}, mark, {}, {})).toBeUndefined();
    expect(mod.applyGroupedMarkers({}, mark, {}, {})).toBeUndefined();
  });

  it('no figure asks Plot for a marker, a tip, an interval, a named colour scheme, a diverging or a time scale', () => {
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    const files = [...readdirSync('src/figures').filter((f) => f.endsWith('.ts')).map((f) => `src/figures/${f}`),
      ...readdirSync('src/figures/lib').map((f) => `src/figures/lib/${f}`)];
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\bmarker(Start|Mid|End)?: |\btip: |\binterval: |\bscheme: |type: '(diverging[a-z-]*|time|utc)'|Plot\.(tip|bin|group|pointer|crosshair|geo|contour|raster|density)/);
    }
  });

  it('d3-time and d3-time-format are stubbed whole; d3-shape keeps the real module but the curves no figure names', async () => {
    // @ts-expect-error d3-time ships no types here; only its export names matter
    const realTime = await import('d3-time');
    const time = await import(`data:text/javascript,${encodeURIComponent(plugin.load(plugin.resolveId('d3-time', undefined, {})))}`);
    expect(Object.keys(time).sort()).toEqual(Object.keys(realTime).sort());
    expect(() => time.utcDay()).toThrow(/utcDay is not in the browser bundle/);
    const shape: string = plugin.load(plugin.resolveId('d3-shape', undefined, {}));
    const reexport = /^export \{ ([^}]*) \} from ".*d3-shape[^"]*\.mjs";/.exec(shape);
    expect(reexport).not.toBeNull();
    for (const name of ['line', 'area', 'symbol', 'symbolCircle', 'curveLinear', 'curveMonotoneX', 'curveCatmullRom']) expect(reexport![1].split(', ')).toContain(name);
    expect(shape).toContain('export const curveBasis = unavailable("curveBasis");');
    expect(shape).not.toContain('export const curveCatmullRom =');
  });

  it('every curve a figure names is one the browser bundle keeps', async () => {
    const { KEPT_CURVES } = await import('../../../src/integrations/slim-plot.mjs');
    const { readdirSync } = await import('node:fs');
    const files = [...readdirSync('src/figures').filter((f) => f.endsWith('.ts')).map((f) => `src/figures/${f}`),
      ...readdirSync('src/figures/lib').map((f) => `src/figures/lib/${f}`)];
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bcurve: ?['"]([a-z-]+)['"]/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(KEPT_CURVES), name).toContain(name);
  });
});
