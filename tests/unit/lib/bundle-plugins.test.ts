import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripStrings } from '../../../src/integrations/strip-figure-strings.mjs';
import slimD3 from '../../../src/integrations/slim-d3.mjs';
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

describe('slim-d3 (client bundles)', () => {
  it('serves a d3-geo stand-in only to the browser build, with a working geoTransform and clear errors elsewhere', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const plugin: any = slimD3();
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

describe('slim-d3: d3-scale-chromatic stand-in', () => {
  it('keeps the categorical schemes, greys and turbo exactly, and every other export throws', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const plugin: any = slimD3();
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
  `;
  it('keeps only the page language of every { zh, en } literal, inside nested values too', () => {
    const zhOut = keepLanguage(code, 'x.ts', 'zh')!;
    expect(zhOut).toContain("const a = { zh: '中文', en: void 0 }");
    expect(zhOut).toContain("const b = { en: void 0, zh: { title: '题' } }");
    expect(zhOut).toContain('const c = { zh, en: void 0 }');
    expect(zhOut).toContain("{ zh: 'x', en: 'y', note: 'three keys: untouched' }");
    expect(zhOut).toContain("{ 'zh': 'q', 'en': void 0 }");
    expect(zhOut).toContain("{ ...a, en: 'spread: untouched' }");
    expect(zhOut).toContain("pick(lang, '长' + pick(lang, '内', void 0), void 0)");
    expect(zhOut).toContain("pick('en', '固定', 'fixed')");
    const enOut = keepLanguage(code, 'x.ts', 'en')!;
    expect(enOut).toContain("const a = { zh: void 0, en: 'English' }");
    expect(enOut).toContain("en: { title: 'T', nested: { zh: void 0, en: 'in' } }, zh: void 0");
    expect(enOut).toContain('const c = { zh: void 0, en }');
    expect(enOut).toContain("pick(lang, void 0, 'long')");
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
