import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, readState, writeState, type AnyValue, type ParamSpec } from '../../../src/figures/lib/params';
import { matchSnapshot, normalizeSvg } from './snapshot';

const LANGS = ['zh', 'en'] as const;
const ids = [...FIGURES.keys()].sort();

/** An arbitrary valid value for one parameter, inside its range. */
function arbitraryValue(spec: ParamSpec): fc.Arbitrary<AnyValue> {
  switch (spec.kind) {
    case 'quantity': {
      const { min, max } = spec;
      if (spec.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      if (spec.scale === 'log') return fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((l) => Math.min(max, Math.max(min, Math.exp(l))));
      return fc.double({ min, max, noNaN: true });
    }
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'boolean':
      return fc.boolean();
    case 'list':
      return fc
        .array(fc.double({ min: Math.log(spec.min), max: Math.log(spec.max), noNaN: true }), { minLength: spec.minLength, maxLength: spec.maxLength })
        .map((ls) => ls.map((l) => Math.min(spec.max, Math.max(spec.min, Math.exp(l)))));
  }
}

function arbitraryParams(schema: Record<string, ParamSpec>) {
  return fc.record(Object.fromEntries(Object.entries(schema).map(([k, s]) => [k, arbitraryValue(s)])) as Record<string, fc.Arbitrary<AnyValue>>);
}

it('registers at least the three figures of the figure system', () => {
  expect(ids).toEqual(expect.arrayContaining(['mirage']));
});

for (const id of ids) {
  const def = FIGURES.get(id)!;
  describe(`figure ${id}`, () => {
    it('has words in both languages and a default inside every range', () => {
      for (const lang of LANGS) {
        const s = captionsOf(def, lang);
        for (const key of ['title', 'caption', 'source', 'alt'] as const) expect(s[key].trim(), `${lang}.${key}`).not.toBe('');
      }
      for (const [name, spec] of Object.entries(def.params)) {
        for (const lang of LANGS) {
          const words = messagesOf(def, lang).params[name];
          expect(words?.label.trim(), `${lang} ${name}`).toBeTruthy();
          if (spec.kind === 'choice') for (const o of spec.options) expect(words.options?.[o.value]?.trim(), `${lang} ${name}=${o.value}`).toBeTruthy();
        }
        if (spec.kind === 'quantity') expect(spec.default >= spec.min && spec.default <= spec.max, name).toBe(true);
        if (spec.kind === 'list') for (const v of spec.default) expect(v >= spec.min && v <= spec.max, name).toBe(true);
        if (spec.kind === 'choice')
          expect(
            spec.options.map((o) => o.value),
            name,
          ).toContain(spec.default);
      }
    });

    for (const lang of LANGS) {
      it(`renders its defaults (${lang}) to the stored SVG snapshot`, () => {
        const { html } = renderToString(def, defaultsOf(def.params) as Record<string, AnyValue>, lang);
        const r = matchSnapshot(`${id}-${lang}`, normalizeSvg(html));
        expect(r.ok, JSON.stringify(r)).toBe(true);
      });
    }

    it('renders random parameter sets inside the ranges with no NaN, Infinity or undefined', () => {
      fc.assert(
        fc.property(arbitraryParams(def.params), fc.constantFrom(...LANGS), (values, lang) => {
          // renderToString throws when NaN/Infinity/undefined would reach the SVG, readouts or table.
          renderToString(def, values, lang);
        }),
        { seed: 20221128, numRuns: 40 },
      );
    });

    it('round-trips its state through the URL, on a chapter page and on its own page', () => {
      fc.assert(
        fc.property(arbitraryParams(def.params), (values) => {
          for (const prefix of [`${id}.`, '']) {
            const query = writeState(def.params, values as never, 'other.x=1', prefix);
            const back = readState(def.params, query, prefix);
            if (prefix) expect(back.notices).toEqual([]);
            for (const [name, v] of Object.entries(values)) {
              const got = (back.values as Record<string, AnyValue>)[name];
              if (typeof v === 'number') expect(got as number).toBeCloseTo(v, 10);
              else if (Array.isArray(v)) (got as number[]).forEach((g, i) => expect(g / v[i]).toBeCloseTo(1, 12));
              else expect(got).toBe(v);
            }
            if (prefix) expect(query.get('other.x')).toBe('1');
          }
        }),
        { seed: 7, numRuns: 30 },
      );
    });

    it('never throws on garbage in the URL, and says what it ignored', () => {
      const names = Object.keys(def.params);
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.oneof(fc.constantFrom(...names), fc.string()),
              fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('<script>alert(1)</script>', 'NaN', '-Infinity', '1e999', '7BB', '')),
            ),
            { maxLength: 6 },
          ),
          (pairs) => {
            const query = new URLSearchParams(pairs.map(([k, v]) => [`${id}.${k}`, v]));
            const { values, notices } = readState(def.params, query, `${id}.`);
            renderToString(def, values as Record<string, AnyValue>, 'en');
            const bad = pairs.filter(([k, v]) => !names.includes(k) || v.trim() === '' || /script|NaN|Infinity|1e999|7BB/.test(v));
            if (bad.length) expect(notices.length).toBeGreaterThan(0);
          },
        ),
        { seed: 99, numRuns: 25 },
      );
    });
  });
}
