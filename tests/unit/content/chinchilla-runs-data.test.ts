// The Chinchilla chapter's section on the runs themselves states numbers read from the 240 runs of Hoffmann et al.
// 2022 Fig. 4 as extracted by Epoch AI (src/data/chinchilla-runs.ts, which tests/unit/engine/fit-kernel.test.ts re-derives from
// src/data/chinchilla-fig4-epoch.csv). Each is recomputed here with the engine, from the CSV itself, and must appear,
// written the same way, in both languages.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { allocationExponents, computeOptimal, LAWS, type LawKey } from '../../../src/engine/chinchilla';
import { APPROACH_EXPONENTS } from '../../../src/engine/chinchilla-tables';
import { fitSlice, residualsAgainstLaw, residualStatistics, sliceOf, sliceVertexPowerLaw } from '../../../src/engine/isoflop-slices';
import { formatQuantity } from '../../../src/lib/numbers';

const HEADINGS = { en: '## The runs themselves', zh: '## 训练数据本身' } as const;

function section(lang: 'en' | 'zh'): string {
  const src = readFileSync(`content/${lang}/chinchilla.mdx`, 'utf8');
  const start = src.indexOf(HEADINGS[lang]);
  expect(start, lang).toBeGreaterThan(0);
  const end = src.indexOf('\n## ', start + 3);
  return src.slice(start, end);
}

/** The 240 runs straight from the shipped CSV, filtered as Epoch's notebook does (the 5 highest losses dropped). */
function runsFromCsv() {
  const rows = csvParse(readFileSync('src/data/chinchilla-fig4-epoch.csv', 'utf8')).map((r) => {
    const params = Number(r['Model Size']);
    return { params, tokens: Number(r['Training FLOP']) / (6 * params), loss: Number(r.loss) };
  });
  const dropped = new Set(
    rows
      .map((r, i) => [r.loss, i] as const)
      .sort((p, q) => q[0] - p[0])
      .slice(0, 5)
      .map(([, i]) => i),
  );
  return rows.filter((_, i) => !dropped.has(i));
}

const fixed = (x: number, digits: number) => x.toFixed(digits);
const signed = (x: number, digits: number) => (x < 0 ? `−${(-x).toFixed(digits)}` : `+${x.toFixed(digits)}`);
/** 2.83B in English, 28.3 亿 in Chinese prose (GLOSSARY: a space before 亿). */
const size = (n: number, lang: 'en' | 'zh') => (lang === 'en' ? formatQuantity(n, 'en', { digits: 3 }) : formatQuantity(n, 'zh', { digits: 3 }).replace(/亿$/, ' 亿'));

/** Every number the section states, as written, from the data. */
function claims(lang: 'en' | 'zh'): { what: string; text: string }[] {
  const runs = runsFromCsv();
  const stats = (key: LawKey, filter: (flops: number) => boolean = () => true) => residualStatistics(residualsAgainstLaw(LAWS[key], runs).filter((r) => filter(r.flops)));
  const small = (c: number) => c <= 1e21;
  const large = (c: number) => c > 1e21;
  const inSlices = runs.filter((r) => sliceOf(6 * r.params * r.tokens, 0.05) !== null).length;
  const slice = fitSlice(runs, 1e21, 0.05);
  const a = (w: number) => sliceVertexPowerLaw(runs, w).params!.exponent;
  const wide = [0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11].map(a);
  const approach2 = APPROACH_EXPONENTS.find((r) => r.id === 'approach2')!;
  const law = (key: LawKey) => size(computeOptimal(LAWS[key], 1e21).params, lang);
  return [
    { what: 'runs', text: `${runs.length} ` },
    { what: 'RMS, Hoffmann unrounded', text: fixed(stats('hoffmann2022').rms, 3) },
    { what: 'RMS, rounded eq. (10)', text: fixed(stats('hoffmann2022Rounded').rms, 3) },
    { what: 'RMS, Epoch refit', text: fixed(stats('besiroglu2024').rms, 3) },
    { what: 'mean, rounded', text: signed(stats('hoffmann2022Rounded').mean, 3) },
    { what: 'mean, unrounded', text: signed(stats('hoffmann2022').mean, 3) },
    { what: 'mean, refit', text: signed(stats('besiroglu2024').mean, 3) },
    { what: 'runs ≤ 1e21', text: `${stats('hoffmann2022', small).count} ` },
    { what: 'runs > 1e21', text: `${stats('hoffmann2022', large).count} ` },
    { what: 'RMS ≤ 1e21 (unrounded)', text: fixed(stats('hoffmann2022', small).rms, 3) },
    { what: 'RMS > 1e21 (unrounded)', text: fixed(stats('hoffmann2022', large).rms, 3) },
    { what: 'RMS ≤ 1e21 (refit)', text: fixed(stats('besiroglu2024', small).rms, 3) },
    { what: 'RMS > 1e21 (refit)', text: fixed(stats('besiroglu2024', large).rms, 3) },
    { what: 'runs in a slice', text: `${inSlices} ` },
    { what: 'runs between slices', text: `${runs.length - inSlices} ` },
    { what: '1e21 slice vertex', text: size(slice.fit!.params, lang) },
    { what: '1e21 slice runs', text: `${slice.runs.length} ` },
    { what: 'unrounded N_opt at 1e21', text: law('hoffmann2022') },
    { what: 'rounded N_opt at 1e21', text: law('hoffmann2022Rounded') },
    { what: 'refit N_opt at 1e21', text: law('besiroglu2024') },
    { what: 'a through the nine vertices', text: `$a = ${fixed(a(0.05), 3)}$` },
    { what: 'Table 2, approach 2, 10th percentile', text: fixed(approach2.aInterval![0], 3) },
    { what: 'Table 2, approach 2, 90th percentile', text: fixed(approach2.aInterval![1], 3) },
    { what: 'refit a', text: fixed(allocationExponents(LAWS.besiroglu2024).a, 3) },
    { what: 'smallest a, 0.04–0.11 decades', text: fixed(Math.min(...wide), 3) },
    { what: 'largest a, 0.04–0.11 decades', text: fixed(Math.max(...wide), 3) },
    { what: 'a at 0.03 decades', text: fixed(a(0.03), 3) },
    { what: 'runs of the 6e18 slice at 0.02 decades', text: `${fitSlice(runs, 6e18, 0.02).runs.length} ` },
  ];
}

describe('chinchilla chapter: the section on the runs states what the Fig. 4 runs hold', () => {
  it('the CSV, filtered as Epoch did, is the data module the figure draws (same 240 runs, to 8 significant digits)', () => {
    const runs = runsFromCsv();
    expect(runs).toHaveLength(chinchillaRuns.length);
    // The module keeps 8 significant digits of each value (src/data/README.md).
    runs.forEach((r, i) => {
      for (const key of ['params', 'tokens', 'loss'] as const) expect(Math.abs(chinchillaRuns[i][key] / r[key] - 1), `run ${i} ${key}`).toBeLessThanOrEqual(5e-8);
    });
  });

  it('the claims describe the data (the direction of each comparison)', () => {
    const runs = runsFromCsv();
    const rms = (key: LawKey) => residualStatistics(residualsAgainstLaw(LAWS[key], runs)).rms;
    expect(rms('besiroglu2024')).toBeLessThan(rms('hoffmann2022'));
    expect(rms('hoffmann2022')).toBeLessThan(rms('hoffmann2022Rounded'));
    // "almost everywhere": the rounded constants overpredict most runs.
    expect(residualsAgainstLaw(LAWS.hoffmann2022Rounded, runs).filter((r) => r.residual < 0).length).toBeGreaterThan(0.9 * runs.length);
    // a narrower slice than 0.02 decades leaves the 6e18 slice without a parabola.
    expect(fitSlice(runs, 6e18, 0.02).problem).toBe('tooFew');
    // The vertex is nearer the refit's N_opt than either Hoffmann law's.
    const v = fitSlice(runs, 1e21, 0.05).fit!.params;
    const off = (key: LawKey) => Math.abs(Math.log(v / computeOptimal(LAWS[key], 1e21).params));
    expect(off('besiroglu2024')).toBeLessThan(off('hoffmann2022'));
    expect(off('hoffmann2022')).toBeLessThan(off('hoffmann2022Rounded'));
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every number of the section is in the data, written as the data gives it`, () => {
      const text = section(lang);
      for (const c of claims(lang)) expect(text, `${c.what}: ${c.text}`).toContain(c.text);
      expect(text).toContain('<Figure id="chinchilla-runs" />');
      expect(text).toContain('(../data/#chinchilla-runs)');
      expect(text).toContain('0.05');
    });
  }
});
