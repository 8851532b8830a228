// The island's hydration pass (src/components/figure/island.tsx) makes only the text beside a figure's picture —
// its data table, readouts and warnings — with describeFigure, and leaves the picture to the next pass. Hydration
// reuses the server's markup only if that text is exactly what the build rendered with renderFigure.
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { FIGURES } from '../../../src/figures/lib/registry';
import { describeFigure, renderFigure } from '../../../src/figures/lib/render';
import { parseHTML } from 'linkedom';
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

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('renderFigure remembers models by settings', () => {
  it('computes a model once per settings (describe and render share it), again for new settings, and never when a context is given', () => {
    const base = FIGURES.get('isoflop')!;
    let calls = 0;
    const def = {
      ...base,
      model: (v: never, c: never) => {
        calls++;
        return base.model(v, c);
      },
    };
    const values = defaultsOf(def.params) as Record<string, AnyValue>;
    const t = messagesOf(base, 'en');
    const first = renderFigure(def, values, 'en', { width: 640, document: newDocument(), t });
    describeFigure(def, { ...values }, 'en', { t });
    const again = renderFigure(def, { ...values }, 'en', { width: 640, document: newDocument(), t });
    expect(calls).toBe(1);
    expect(again.data).toEqual(first.data);
    const other = { ...values, target: (values.target as number) * 10 };
    const moved = renderFigure(def, other, 'en', { width: 640, document: newDocument(), t });
    expect(calls).toBe(2);
    expect(moved.readouts).not.toEqual(first.readouts);
    describeFigure(def, values, 'en', { t, context: { runs: [] } });
    expect(calls).toBe(3);
  });
});
