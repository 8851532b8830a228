import { describe, expect, it } from 'vitest';
import { coefficientsCsv, exampleOutcome, resultsJson, runsOf, shareQuery, toCsvText } from '../../../src/components/tools/fit-files';
import { getExampleView } from '../../../src/figures/lib/fit-runs';
import en from '../../../src/i18n/tools/en';
import zh from '../../../src/i18n/tools/zh';

/** The shape of a catalogue: its keys, and for sentences with numbers how many arguments they take. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (typeof value === 'string') return 'string';
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shape(v)]));
}

describe('tools catalogues (src/i18n/tools)', () => {
  it('zh has exactly the keys of en, and its sentences take the same numbers', () => {
    expect(shape(zh)).toEqual(shape(en));
  });

  it('puts numbers in sentences', () => {
    expect(en.panel.read(240, 244)).toBe('240 usable runs from 244 rows.');
    expect(zh.panel.read(240, 244)).toBe('从 244 行中读到 240 条可用记录。');
    expect(en.panel.stats('5.388×10⁻⁴', 243, 240, '1.2', '3.4')).toBe('Objective of eq (11): 5.388×10⁻⁴; 243 starts, 240 converged. In the worker: fit 1.2 s, bootstrap 3.4 s.');
    expect(zh.panel.progressBoot(3, 200)).toBe('自助法：第 3 / 200 次拟合');
  });
});

describe('fit panel files: the downloads and the shared link', () => {
  const outcome = exampleOutcome();

  it('the example outcome is the precomputed fit of the 81 example runs', () => {
    expect(outcome.runs).toBe(81);
    expect(outcome.starts).toBe(243);
    expect(outcome.band).toHaveLength(17);
    expect(outcome.allocationExponent).toBeCloseTo(0.474, 3);
  });

  it('the shared link carries the five coefficients (6 significant digits) and the published laws, under the figure id', () => {
    const q = new URLSearchParams(shareQuery({ E: 1.81722222, A: 477.831234, B: 2143.41999, alpha: 0.34731234, beta: 0.36719876 }, 'en'));
    expect(q.get('fit-your-runs.alpha')).toBe('0.347312');
    expect(q.get('fit-your-runs.E')).toBe('1.81722');
    expect([...q.keys()].every((k) => k.startsWith('fit-your-runs.'))).toBe(true);
  });

  it('CSV of the coefficients with their intervals; JSON with the method, the law and the link', () => {
    const csv = coefficientsCsv(outcome).split('\n');
    expect(csv[0]).toBe('coefficient,estimate,lower95,upper95');
    expect(csv[1]).toBe('E,1.7740175,1.6617988,1.8227929');
    expect(csv[6]).toMatch(/^allocationExponent,0\.47/);
    const json = JSON.parse(resultsJson(outcome, 'built-in example (synthetic)', 'https://x/?a=1'));
    expect(json).toMatchObject({ tool: 'fit-your-runs', runs: 81, data: 'built-in example (synthetic)', link: 'https://x/?a=1', bootstrap: { resamples: 200, seed: 42 } });
  });

  it('runs go to CSV and back through the worker’s columns unchanged', () => {
    const runs = getExampleView().runs.slice(0, 3);
    expect(toCsvText(runs).split('\n')[0]).toBe('params,tokens,loss');
    const columns = { params: Float64Array.from(runs, (r) => r.params), tokens: Float64Array.from(runs, (r) => r.tokens), loss: Float64Array.from(runs, (r) => r.loss) };
    expect(runsOf(columns)).toEqual(runs);
  });
});
