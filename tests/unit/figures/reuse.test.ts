/**
 * Figures that reuse parts of earlier pictures (drawReusing's `axesKey` and `under`, drawPatching's key;
 * src/figures/lib/reuse.ts) must draw exactly what a fresh render draws: in one document (as in the browser, where the
 * caches live), a seeded sequence of random valid states, then the same states again in reverse (every base reused), then
 * the first state with only its first slider moved, each compared with the same state rendered in a new document, where
 * nothing can be reused. A key that forgets something its marks show fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import type { AnyValue, ParamSpec } from '../../../src/figures/lib/params';
import { FIGURES } from '../../../src/figures/lib/registry';
import { renderFigure } from '../../../src/figures/lib/render';
import { renderToString } from '../../../src/figures/lib/ssr';
import { normalizeSvg } from './snapshot';

const STATES = 16;

/** A valid value of one parameter: anywhere in a quantity's range (between a slider's steps too), any option. */
function anyValue(spec: ParamSpec): fc.Arbitrary<AnyValue> {
  const within = (min: number, max: number, log: boolean) =>
    log ? fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((e) => Math.min(max, Math.max(min, 10 ** e))) : fc.double({ min, max, noNaN: true });
  switch (spec.kind) {
    case 'quantity':
      return within(spec.min, spec.max, spec.scale === 'log').map((v) => (spec.integer ? Math.round(v) : v));
    case 'list':
      return fc.array(within(spec.min, spec.max, spec.min > 0 && spec.max / spec.min > 100), { minLength: spec.minLength, maxLength: spec.maxLength });
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
  }
}

const reusing = [...FIGURES].filter(([id]) => /axesKey|drawPatching/.test(readFileSync(join(__dirname, '../../../src/figures', `${id}.ts`), 'utf8')));

describe('figures that reuse axes and marks between updates', () => {
  it('include chinchilla-runs, parametric-contours and model-gallery', () => {
    expect(reusing.map(([id]) => id)).toEqual(expect.arrayContaining(['chinchilla-runs', 'parametric-contours', 'model-gallery']));
  });

  for (const [id, def] of reusing) {
    it(`${id}: ${STATES} random states and back, then one slider moved, in one document, draw what a fresh render draws`, () => {
      const states = fc.sample(fc.record(Object.fromEntries(Object.entries(def.params).map(([k, spec]) => [k, anyValue(spec)]))), { numRuns: STATES, seed: 20261205 });
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      // Then the first state with only its first quantity changed, as a slider moves it (the moving marks alone change).
      const slider = Object.entries(def.params).find(([, spec]) => spec.kind === 'quantity')?.[0];
      const sliding = slider ? states.map((s) => ({ ...states[0], [slider]: s[slider] })) : [];
      const sequence = [...states, ...[...states].reverse(), ...sliding];
      const langOf = (i: number) => (i % 4 < 2 ? 'en' : 'zh');
      // Every reused render first: a fresh render's document takes the caches over (they are kept per document).
      const reused = sequence.map((values, i) => {
        const t = messagesOf(def, langOf(i));
        const out = renderFigure(def, values as Record<string, AnyValue>, langOf(i), { width: def.width ?? 640, document: document as unknown as Document, t });
        return normalizeSvg((out.node as Element).outerHTML);
      });
      sequence.forEach((values, i) => {
        const fresh = normalizeSvg(renderToString(def, values as Record<string, AnyValue>, langOf(i)).html);
        expect(reused[i], `${id} state ${i} (${langOf(i)}) ${JSON.stringify(values)}`).toBe(fresh);
      });
    }, 120_000);
  }
});
