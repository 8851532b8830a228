import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripStrings } from '../../../src/integrations/strip-figure-strings.mjs';
import slimD3Geo from '../../../src/integrations/slim-d3-geo.mjs';

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

describe('slim-d3-geo (client bundles)', () => {
  it('serves a stand-in only to the browser build, with a working geoTransform and clear errors elsewhere', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const plugin: any = slimD3Geo();
    expect(plugin.resolveId('d3-geo', undefined, { ssr: true })).toBeNull();
    const id = plugin.resolveId('d3-geo', undefined, { ssr: false });
    const src: string = plugin.load(id);
    const mod = await import(`data:text/javascript,${encodeURIComponent(src)}`);
    const points: number[][] = [];
    const t = mod.geoTransform({ point(this: { stream: { point(x: number, y: number): void } }, x: number, y: number) { this.stream.point(x * 2, y); } });
    t.stream({ point: (x: number, y: number) => points.push([x, y]) }).point(1, 2);
    expect(points).toEqual([[2, 2]]);
    expect(() => mod.geoPath()).toThrow(/stubbed out/);
    // @ts-expect-error d3-geo ships no types; only its export names matter here
    const real = await import('d3-geo');
    expect(Object.keys(mod).sort()).toEqual(Object.keys(real).sort());
  });
});
