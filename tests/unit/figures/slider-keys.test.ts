/**
 * Every slider of every figure answers the keyboard (WAI-ARIA slider pattern): → / ↑ the next distinct value, ← / ↓ the
 * previous one, PageUp / PageDown a larger stride, Home / End the ends. Checked over the whole registry, from random
 * values in each range, so a new figure's slider is covered the day it is added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { formatValue, fromSlider, isUsed, stepValue, toSlider, type QuantitySpec } from '../../../src/figures/lib/params';

const SLIDERS: [string, QuantitySpec][] = [...FIGURES].flatMap(([id, def]) =>
  Object.entries(def.params)
    .filter(([, spec]) => spec.kind === 'quantity')
    .map(([name, spec]) => [`${id}.${name}`, spec as QuantitySpec] as [string, QuantitySpec]),
);

/** A value the slider can hold: one it shows at some position, or the default. */
const sliderValue = (spec: QuantitySpec) =>
  fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map((p) => fromSlider(spec, p)),
    fc.constant(spec.default),
  );

describe('stepValue: the keys of every slider of every figure', () => {
  it('the registry has the sliders the site shows (more than 50)', () => {
    expect(SLIDERS.length).toBeGreaterThan(50);
  });

  for (const [name, spec] of SLIDERS) {
    it(`${name}: → and ← move to a strictly larger / smaller value within range, unless at the end; PageUp goes at least as far; Home/End reach the ends`, () => {
      fc.assert(
        fc.property(sliderValue(spec), (value) => {
          const up = stepValue(spec, value, 'ArrowRight');
          const down = stepValue(spec, value, 'ArrowLeft');
          const pageUp = stepValue(spec, value, 'PageUp');
          const pageDown = stepValue(spec, value, 'PageDown');
          for (const v of [up, down, pageUp, pageDown]) {
            expect(v).toBeGreaterThanOrEqual(spec.min);
            expect(v).toBeLessThanOrEqual(spec.max);
            if (spec.integer) expect(Number.isInteger(v)).toBe(true);
          }
          if (value < spec.max) expect(up).toBeGreaterThan(value);
          else expect(up).toBe(value);
          if (value > spec.min) expect(down).toBeLessThan(value);
          else expect(down).toBe(value);
          expect(pageUp).toBeGreaterThanOrEqual(up);
          expect(pageDown).toBeLessThanOrEqual(down);
          expect(stepValue(spec, value, 'ArrowUp')).toBe(up);
          expect(stepValue(spec, value, 'ArrowDown')).toBe(down);
          expect(stepValue(spec, value, 'Home')).toBe(spec.min);
          expect(stepValue(spec, value, 'End')).toBe(spec.max);
          // What the reader sees changes with every press: the text field and the thumb follow the value.
          if (value < spec.max) expect(formatValue(spec, up, 'en')).not.toBe(formatValue(spec, value, 'en'));
        }),
        { numRuns: 60, seed: 13 },
      );
    });
  }

  it('walking → from the minimum reaches the maximum in at most 1,001 presses, never standing still, for every slider', () => {
    for (const [name, spec] of SLIDERS) {
      let v = spec.min;
      let presses = 0;
      while (v < spec.max) {
        const next = stepValue(spec, v, 'ArrowRight');
        expect(next, `${name} stuck at ${v}`).toBeGreaterThan(v);
        v = next;
        presses++;
        expect(presses, name).toBeLessThanOrEqual(1001);
      }
      expect(v).toBe(spec.max);
    }
  });

  it('a PageUp is a stride of a tenth of the range on a fine slider (mirage c, log scale)', () => {
    const spec = FIGURES.get('mirage')!.params.c as QuantitySpec;
    const from = spec.default;
    const to = stepValue(spec, from, 'PageUp');
    expect(toSlider(spec, to) - toSlider(spec, from)).toBeGreaterThanOrEqual(99);
    expect(toSlider(spec, to) - toSlider(spec, from)).toBeLessThanOrEqual(101);
  });
});

describe('usedWhen: controls that apply to one question only', () => {
  it('name a choice parameter of the same figure and values it offers', () => {
    let count = 0;
    for (const [id, def] of FIGURES) {
      for (const [name, spec] of Object.entries(def.params)) {
        if (!spec.usedWhen) continue;
        count++;
        const by = def.params[spec.usedWhen.param];
        expect(by?.kind, `${id}.${name}`).toBe('choice');
        const offered = by && by.kind === 'choice' ? by.options.map((o) => o.value) : [];
        for (const v of spec.usedWhen.values) expect(offered, `${id}.${name}`).toContain(v);
      }
    }
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it('isUsed follows the choice', () => {
    const def = FIGURES.get('compute-planner')!;
    expect(isUsed(def.params.params, { mode: 'params' })).toBe(true);
    expect(isUsed(def.params.params, { mode: 'budget' })).toBe(false);
    expect(isUsed(def.params.chips, { mode: 'budget' })).toBe(true);
  });
});
