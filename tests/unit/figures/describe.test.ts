// The island's hydration pass (src/components/figure/island.tsx) makes only the text beside a figure's picture —
// its data table, readouts and warnings — with describeFigure, and leaves the picture to the next pass. Hydration
// reuses the server's markup only if that text is exactly what the build rendered with renderFigure.
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { FIGURES } from '../../../src/figures/lib/registry';
import { describeFigure } from '../../../src/figures/lib/render';
import { renderToString } from '../../../src/figures/lib/ssr';

describe('describeFigure: the text beside the picture, without drawing it', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`equals the table, readouts and warnings renderFigure gives the build, for every figure at its defaults (${lang})`, () => {
      for (const [id, def] of FIGURES) {
        const values = defaultsOf(def.params) as Record<string, AnyValue>;
        const { output } = renderToString(def, values, lang);
        const text = describeFigure(def, values, lang, { t: messagesOf(def, lang) });
        expect(text, id).toEqual({ data: output.data, readouts: output.readouts, warnings: output.warnings });
        expect(text.data.rows.length, id).toBeGreaterThan(0);
      }
    });
  }

  it('names the figure when its catalogue is missing', () => {
    const def = FIGURES.get('isoflop')!;
    expect(() => describeFigure(def, defaultsOf(def.params) as Record<string, AnyValue>, 'en', {})).toThrow(/isoflop.*catalogue in en/);
  });
});
