import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf } from '../../../src/figures/lib/params';
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
