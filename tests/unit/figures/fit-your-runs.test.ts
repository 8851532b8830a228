import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import def, { EXAMPLE_FIT, FRONTIER_GRID, type FitView, getExampleView } from '../../../src/figures/fit-your-runs';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { renderFigure } from '../../../src/figures/lib/render';
import { defaultsOf, readState, type AnyValue } from '../../../src/figures/lib/params';
import { createBootstrap, fitChinchilla, LAWS } from '../../../src/engine';
import { EXAMPLE_RUNS_SPEC, frontierBand, syntheticRuns } from '../../../src/engine/fit-report';
import { normalizeSvg } from './snapshot';

/** Renders the figure as its island does, with `view` as the context the fit panel published (none: the example). */
const render = (values: Record<string, AnyValue> = {}, lang: 'zh' | 'en' = 'en', view?: FitView) => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const output = renderFigure(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang, {
    width: def.width!,
    document: document as unknown as Document,
    t: messagesOf(def, lang),
    context: view,
  });
  return { html: output.node.outerHTML, output };
};
const readout = (out: ReturnType<typeof render>['output'], label: RegExp) => out.readouts!.find((r) => label.test(r.label))?.value;
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('fit-your-runs: the precomputed example', () => {
  it('EXAMPLE_FIT is the coarse-grid Approach-3 fit of the example runs and its 200-resample bootstrap (seed 42)', () => {
    const runs = syntheticRuns(LAWS.hoffmann2022, EXAMPLE_RUNS_SPEC);
    const fit = fitChinchilla(runs, { grid: 'coarse' });
    for (const k of ['E', 'A', 'B', 'alpha', 'beta'] as const) expect(rel(fit.law[k], EXAMPLE_FIT.law[k]), k).toBeLessThan(1e-6);
    expect(rel(fit.objective, EXAMPLE_FIT.objective)).toBeLessThan(1e-6);
    const bootstrap = createBootstrap(runs, { resamples: EXAMPLE_FIT.resamples, seed: 42, center: fit });
    bootstrap.step();
    const r = bootstrap.result();
    for (const [k, [lo, hi]] of Object.entries(EXAMPLE_FIT.intervals)) {
      const iv = r.intervals[k as keyof typeof r.intervals];
      expect(rel(iv.lower, lo), k).toBeLessThan(1e-6);
      expect(rel(iv.upper, hi), k).toBeLessThan(1e-6);
    }
    const band = frontierBand(r.samples, FRONTIER_GRID);
    band.forEach((b, i) => {
      expect(rel(b.lower, EXAMPLE_FIT.band[i][0])).toBeLessThan(1e-6);
      expect(rel(b.median, EXAMPLE_FIT.band[i][1])).toBeLessThan(1e-6);
      expect(rel(b.upper, EXAMPLE_FIT.band[i][2])).toBeLessThan(1e-6);
    });
  }, 60_000);

  it('the example is generated from the unrounded Hoffmann law: its fit recovers a ≈ 0.47 near the true 0.4565', () => {
    expect(getExampleView().runs).toHaveLength(81);
    const { output } = render();
    expect(readout(output, /Allocation exponent/)).toMatch(/^0\.474/);
    expect(readout(output, /^Data$/)).toBe('Built-in example: 81 runs (Hoffmann’s law + 1% noise, seed 2022)');
    expect(readout(output, /Fitted law/)).toBe('L = 1.774 + 583.3/N^0.36 + 920.6/D^0.325');
    expect(readout(output, /Gopher budget/)).toMatch(/^47\.6B \(95% band 34\.3B–68\.1B\); Hoffmann 40\.4B, Besiroglu 72\.2B$/);
    expect(output.warnings).toEqual([]);
  });
});

describe('fit-your-runs: coefficients in the URL, runs from the panel', () => {
  it('a shared link carries the coefficients; with the example runs it says the band is hidden', () => {
    const { values, notices } = readState(
      def.params,
      'fit-your-runs.alpha=0.3473&fit-your-runs.beta=0.3672&fit-your-runs.A=477.83&fit-your-runs.B=2143.4&fit-your-runs.E=1.8172',
      'fit-your-runs.',
    );
    expect(notices).toEqual([]);
    const { output } = render(values as Record<string, AnyValue>);
    expect(readout(output, /Law shown/)).toBe('L = 1.817 + 477.8/N^0.347 + 2,143/D^0.367');
    expect(output.warnings![0]).toMatch(/not the fit of these runs/);
  });

  it('draws the runs the panel gives it, at most 300 of them, and a table of at most 100', () => {
    const runs = Array.from({ length: 10000 }, (_, i) => ({ params: 1e8 * (1 + i / 100), tokens: 2e10, loss: 2.5 }));
    const { html, output } = render({}, 'en', { source: 'yours', runs, fit: null, band: [], name: 'big.csv' });
    expect(readout(output, /^Data$/)).toBe('Your runs: 10000 (big.csv); 300 drawn');
    expect(output.data.rows.length).toBeLessThanOrEqual(100);
    expect((html.match(/<circle/g) ?? []).length).toBeLessThanOrEqual(300 + 150);
  });

  it('in one document, a second set of runs (same count, same coefficients) draws its own dots beside the frontier, as a fresh render does', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const runsAt = (tokens: number) => Array.from({ length: 40 }, (_, i) => ({ params: 1e8 * 1.1 ** i, tokens, loss: 2.5 + 0.001 * i }));
    const draw = (view: FitView, doc: Document) =>
      normalizeSvg(
        renderFigure(def, defaultsOf(def.params) as Record<string, AnyValue>, 'en', { width: def.width!, document: doc, t: messagesOf(def, 'en'), context: view }).node.outerHTML,
      );
    const first: FitView = { source: 'yours', runs: runsAt(2e10), fit: null, band: [], name: 'a.csv' };
    const second: FitView = { source: 'yours', runs: runsAt(8e11), fit: null, band: [], name: 'b.csv' };
    const shared = document as unknown as Document;
    const before = draw(first, shared);
    const after = draw(second, shared);
    expect(after).not.toBe(before);
    expect(after).toBe(normalizeSvg(render({}, 'en', second).html));
    // The same runs again, in a new array: the copied parts are keyed by what they show, not by which array holds it.
    expect(draw({ ...first, runs: [...first.runs] }, shared)).toBe(normalizeSvg(render({}, 'en', first).html));
  });

  it('shows the band only when the coefficients are the fit of the runs shown', () => {
    const view: FitView = { ...getExampleView(), source: 'yours' };
    expect(render({}, 'en', view).html).toMatch(/fill-opacity="0\.18"/);
    expect(render({ alpha: 0.4 }, 'en', view).html).not.toMatch(/fill-opacity="0\.18"/);
  });
});
