/**
 * Fuzzing the URL → figure path: for every figure, 1,000 seeded random URL states (valid values, out-of-range
 * numbers, garbage, very long strings, unicode, HTML and script fragments, unknown and repeated keys) go through
 * readState — the code the browser runs on a shared link — and must never throw, must leave only valid values,
 * and must raise a notice for every value it ignored. The resulting parameter sets are then rendered through
 * the same render function as the browser (renderToString checks no NaN/Infinity/undefined reaches the SVG,
 * readouts or table): every distinct set when FUZZ_FULL=1, otherwise a fixed number per figure (FUZZ_RENDERS, 120),
 * extremes first. A fixed number, not a time box: a loaded machine renders the same states as an idle one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { renderToString } from '../../../src/figures/lib/ssr';
import { parseParamText, readState, type AnyValue, type ParamSpec } from '../../../src/figures/lib/params';
import { noticeText } from '../../../src/figures/lib/param-messages';
import frameEn from '../../../src/i18n/frame/en';
import frameZh from '../../../src/i18n/frame/zh';

const frames = [
  ['en', frameEn],
  ['zh', frameZh],
] as const;

const STATES = 1000;
const FULL = process.env.FUZZ_FULL === '1';
const RENDERS = Number(process.env.FUZZ_RENDERS ?? 120);

const NASTY = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '1e-999',
  '0',
  '-0',
  '7BB',
  '1e',
  '--5',
  '0x10',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '١٢٣',
  '七十亿',
  '💥',
  '\u0000',
  '\u202e1e9',
  'x'.repeat(10_000),
  '1,2,3,4,5,6,7,8,9,10,11,12',
  ',,,',
];

/** A text for one parameter: mostly its own kind of value, in and out of range, sometimes garbage. */
function valueText(spec: ParamSpec): fc.Arbitrary<string> {
  const garbage = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
  const number = (min: number, max: number) =>
    fc.oneof(
      fc.double({ min, max, noNaN: true }).map(String),
      fc.double({ noNaN: true }).map(String),
      fc.constantFrom(String(min), String(max), String(min / 10), String(max * 10)),
    );
  switch (spec.kind) {
    case 'quantity':
      return fc.oneof({ weight: 3, arbitrary: number(spec.min, spec.max) }, { weight: 1, arbitrary: garbage });
    case 'list':
      return fc.oneof(
        { weight: 3, arbitrary: fc.array(number(spec.min, spec.max), { minLength: 0, maxLength: spec.maxLength + 2 }).map((a) => a.join(',')) },
        { weight: 1, arbitrary: garbage },
      );
    case 'choice':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...spec.options.map((o) => o.value)) }, { weight: 1, arbitrary: garbage });
    case 'boolean':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom('0', '1', 'true', 'false') }, { weight: 1, arbitrary: garbage });
  }
}

function urlStates(id: string, schema: Record<string, ParamSpec>): fc.Arbitrary<[string, string][]> {
  const names = Object.keys(schema);
  const known = fc.constantFrom(...names).chain((name) => valueText(schema[name]).map((v) => [name, v] as [string, string]));
  const unknown = fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString')), fc.string({ maxLength: 12 }));
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: known }, { weight: 1, arbitrary: unknown }), { maxLength: names.length + 3 })
    .map((pairs) => pairs.map(([k, v]) => [`${id}.${k}`, v] as [string, string]));
}

/** How unusual a parameter set is: values at the ends of their ranges first. */
function extremeness(values: Record<string, AnyValue>, schema: Record<string, ParamSpec>): number {
  let score = 0;
  for (const [name, spec] of Object.entries(schema)) {
    const v = values[name];
    if (spec.kind === 'quantity' && typeof v === 'number') {
      const f = spec.scale === 'log' ? Math.log(v / spec.min) / Math.log(spec.max / spec.min) : (v - spec.min) / (spec.max - spec.min);
      score += Math.abs(f - 0.5);
    }
    if (spec.kind === 'list' && Array.isArray(v)) score += v.length / spec.maxLength;
  }
  return score;
}

for (const [id, def] of [...FIGURES].sort(([a], [b]) => a.localeCompare(b))) {
  describe(`fuzz ${id}`, () => {
    it(`${STATES} random URL states: never throw, keep only valid values, notice every ignored value, render cleanly`, () => {
      const states = fc.sample(urlStates(id, def.params), { numRuns: STATES, seed: 20261128 });
      const prefix = `${id}.`;
      const distinct = new Map<string, Record<string, AnyValue>>();
      const problems: string[] = [];
      for (const pairs of states) {
        const query = new URLSearchParams(pairs);
        const { values, notices } = readState(def.params, query, prefix);
        const v = values as Record<string, AnyValue>;
        // Every value left is valid for its parameter.
        for (const [name, spec] of Object.entries(def.params)) {
          const value = v[name];
          const ok =
            spec.kind === 'quantity'
              ? typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max
              : spec.kind === 'list'
                ? Array.isArray(value) && value.every((x) => Number.isFinite(x) && x >= spec.min && x <= spec.max)
                : spec.kind === 'choice'
                  ? spec.options.some((o) => o.value === value)
                  : typeof value === 'boolean';
          if (!ok) problems.push(`${name} = ${String(value).slice(0, 40)} after ${JSON.stringify(pairs).slice(0, 200)}`);
        }
        // A notice for every key that was ignored: unknown, invalid, or repeated.
        const seen = new Set<string>();
        let ignored = 0;
        for (const [key, raw] of pairs) {
          const name = key.slice(prefix.length);
          const spec = Object.hasOwn(def.params, name) ? def.params[name] : undefined;
          if (!spec || seen.has(name) || !parseParamText(spec, raw).ok) ignored++;
          if (spec) seen.add(name);
        }
        if (notices.length !== ignored) problems.push(`${notices.length} notices for ${ignored} ignored values in ${JSON.stringify(pairs).slice(0, 200)}`);
        for (const n of notices) {
          const spec = Object.hasOwn(def.params, n.param) ? def.params[n.param] : undefined;
          const words = frames.map(([lang, f]) => noticeText(n, spec, lang, f));
          if (words.some((w) => !w.trim()) || n.value.length > 41) problems.push(`bad notice ${JSON.stringify(n).slice(0, 200)}`);
        }
        distinct.set(JSON.stringify(v), v);
      }
      expect(problems.slice(0, 5)).toEqual([]);
      const sets = [...distinct.values()].sort((a, b) => extremeness(b, def.params) - extremeness(a, def.params));
      const chosen = FULL ? sets : sets.slice(0, RENDERS);
      let rendered = 0;
      for (const values of chosen) {
        renderToString(def, values, rendered % 2 ? 'zh' : 'en');
        rendered++;
      }
      expect(rendered).toBe(Math.min(sets.length, FULL ? Infinity : RENDERS));
      console.info(`fuzz ${id}: ${STATES} URL states → ${sets.length} distinct parameter sets, ${rendered} rendered`);
    }, 600_000);
  });
}

describe('fuzz parseQuantity (every calculator input goes through it)', () => {
  it('any text either parses to a finite number or raises a QuantityError with a message in both languages', async () => {
    const { parseQuantity, QuantityError } = await import('../../../src/lib/numbers');
    const { quantityErrorText } = await import('../../../src/figures/lib/param-messages');

    const text = fc.oneof(
      fc.constantFrom(...NASTY, '7B', '70亿', '1.4万亿', '５千万', '6.2×10^23', '3.14E+23', '1,000,000', '40%'),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.tuple(fc.double({ noNaN: true }), fc.constantFrom('', 'K', 'M', 'B', 'T', '万', '亿', '万亿', 'e3', '×10^5')).map(([x, u]) => `${x}${u}`),
    );
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (t, allowNegative, allowZero) => {
        try {
          const v = parseQuantity(t, { allowNegative, allowZero });
          return Number.isFinite(v) && (allowNegative || v >= 0) && (allowZero || v !== 0);
        } catch (e) {
          if (!(e instanceof QuantityError)) return false;
          return frames.every(([, f]) => quantityErrorText(e, f).length > 0);
        }
      }),
      { seed: 7, numRuns: 5000 },
    );
  });
});
