import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf } from '../../../src/figures/lib/params';
import { parseHTML } from 'linkedom';
import { TIP_STYLE, tipText } from '../../../src/figures/lib/plot';

// Issue 14 §5: hover/touch readouts through Plot's own tip (the browser runs Plot unmodified since slim-plot went).
describe('tipText: one formatting for every figure’s tips', () => {
  it('writes numbers the site’s way in each language', () => {
    const parts = [
      ['', 'Chinchilla'],
      ['N', 7e10, 'quantity'],
      ['C', 5.76e23, 'scientific'],
      ['L', 2.0312],
      ['acc', 0.456, 'percent'],
    ] as const;
    expect(tipText('en', parts)).toBe('Chinchilla\nN: 70B\nC: 5.76×10²³\nL: 2.03\nacc: 45.6%');
    const zh = tipText('zh', parts);
    expect(zh).toContain('N：700亿');
    expect(zh).toContain('L：2.03');
  });
});

describe('every figure carries a tip mark', () => {
  for (const [id, def] of FIGURES) {
    it(`${id}: Plot's tip group is in the chart, empty until a reader points, in the site's card colour`, () => {
      const { html } = renderToString(def, defaultsOf(def.params) as never, 'en');
      const tips = [...html.matchAll(/<g[^>]*aria-label="tip"[^>]*>/g)].map((m) => m[0]);
      expect(tips.length).toBeGreaterThan(0);
      // Faceted charts (overhead) put the fill on one inner group per facet.
      expect(html).toContain(`fill="${TIP_STYLE.fill}"`);
    });
  }
});

describe('every panel of a figure carries a tip mark', () => {
  // A figure of several panels (training-envelope's three) had a tip on one of them only; the test above could not tell.
  it('every chart (one <svg> with a y axis) of every figure has its own tip group', () => {
    const missing: string[] = [];
    for (const [id, def] of FIGURES) {
      const { html } = renderToString(def, defaultsOf(def.params) as never, 'en');
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      [...document.querySelectorAll('svg')].forEach((svg, i) => {
        if (!svg.querySelector('[aria-label="y-axis tick"], [aria-label="x-axis tick"]')) return;
        if (!svg.querySelector('[aria-label="tip"]')) missing.push(`${id} panel ${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('tips are drawn above every other mark', () => {
  // Plot draws marks in order: a tip listed before a label, a dot or a legend would show under them (isoflop's tip
  // under its budget labels, until drawPlot put tips last).
  for (const lang of ['en', 'zh'] as const) {
    it(`every chart of every figure ends with its tip group (${lang})`, () => {
      for (const [id, def] of FIGURES) {
        const { html } = renderToString(def, defaultsOf(def.params) as never, lang);
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        for (const svg of document.querySelectorAll('svg')) {
          const marks = [...svg.children].filter((c) => !['style', 'defs', 'clippath'].includes(c.tagName.toLowerCase()));
          const tip = marks.findIndex((c) => c.getAttribute('aria-label') === 'tip');
          if (tip >= 0) expect(tip, `${id}: marks after its tip: ${marks.slice(tip + 1).map((c) => c.getAttribute('aria-label') ?? c.tagName)}`).toBe(marks.length - 1);
        }
      }
    });
  }
});
