// Presets in the URL machinery (ChoiceSpec.fills, src/figures/lib/params.ts): choosing an option fills other
// parameters; the URL holds the option and only what differs from what it filled; reading fills the rest back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import frameEn from '../../../src/i18n/frame/en';
import frameZh from '../../../src/i18n/frame/zh';
import { noticeText } from '../../../src/figures/lib/param-messages';
import { defaultsOf, filledBy, readState, stateReference, writeState, type ParamSpec } from '../../../src/figures/lib/params';

const schema = {
  preset: {
    kind: 'choice',
    default: 'small',
    options: [{ value: 'small' }, { value: 'big' }, { value: 'custom' }],
    fills: { small: { width: 512, deep: false }, big: { width: 4096, deep: true } },
  },
  width: { kind: 'quantity', default: 512, min: 1, max: 1e6, scale: 'log', integer: true, display: 'plain', slider: false },
  deep: { kind: 'boolean', default: false },
  other: { kind: 'quantity', default: 3, min: 1, max: 10, scale: 'linear', display: 'plain' },
} as const satisfies Record<string, ParamSpec>;

describe('ChoiceSpec.fills: presets in the URL', () => {
  it('filledBy gives the option’s values, nothing for an option without fills or for other kinds', () => {
    expect(filledBy(schema.preset, 'big')).toEqual({ width: 4096, deep: true });
    expect(filledBy(schema.preset, 'custom')).toEqual({});
    expect(filledBy(schema.preset, '__proto__')).toEqual({});
    expect(filledBy(schema.width, 7)).toEqual({});
  });

  it('a chosen preset alone writes only the preset; an edited field is written next to it', () => {
    const big = { ...defaultsOf(schema), preset: 'big', width: 4096, deep: true };
    expect(writeState(schema, big, '', 'f.').toString()).toBe('f.preset=big');
    expect(writeState(schema, { ...big, width: 1024 }, 'x=1', 'f.').toString()).toBe('x=1&f.preset=big&f.width=1024');
    // Editing a filled field back to the default preset's value is still an edit of "big".
    expect(writeState(schema, { ...big, width: 512 }, '', '').toString()).toBe('preset=big&width=512');
    expect(stateReference(schema, big)).toEqual({ preset: 'small', width: 4096, deep: true, other: 3 });
  });

  it('reading a preset fills every value the URL does not give; given values win; no preset, no filling', () => {
    expect(readState(schema, 'preset=big', '').values).toEqual({ preset: 'big', width: 4096, deep: true, other: 3 });
    expect(readState(schema, 'preset=big&width=100', '').values).toEqual({ preset: 'big', width: 100, deep: true, other: 3 });
    expect(readState(schema, 'width=100', '').values).toEqual({ preset: 'small', width: 100, deep: false, other: 3 });
    // A custom preset keeps the values as given, on top of the defaults.
    expect(readState(schema, 'preset=custom&deep=1', '').values).toEqual({ preset: 'custom', width: 512, deep: true, other: 3 });
    // An invalid field value falls back to what the preset fills, with a notice.
    const bad = readState(schema, 'preset=big&width=abc', '');
    expect(bad.values.width).toBe(4096);
    expect(bad.notices).toHaveLength(1);
    // The notice names the value the figure uses (the preset's 4096), not the schema default (512).
    expect(bad.notices[0].used).toBe(4096);
    expect(noticeText(bad.notices[0], schema.width, 'en', frameEn)).toMatch(/ 4096 is used instead, as the chosen preset or this page sets it\.$/);
    expect(noticeText(bad.notices[0], schema.width, 'zh', frameZh)).toMatch(/已改用所选预设或本页设定的值 4096。$/);
    // Without a preset, the default, named as such; a page's own setting (the base) counts like a preset.
    expect(noticeText(readState(schema, 'width=abc', '').notices[0], schema.width, 'en', frameEn)).toMatch(/The default, 512, is used instead\.$/);
    const onPage = readState(schema, 'width=abc', '', { ...defaultsOf(schema), width: 2048 });
    expect([onPage.values.width, onPage.notices[0].used]).toEqual([2048, 2048]);
  });

  it('property: any state round-trips through the URL exactly, on a chapter page and on the figure’s own page', () => {
    const state = fc.record({
      preset: fc.constantFrom('small', 'big', 'custom'),
      width: fc.integer({ min: 1, max: 1e6 }),
      deep: fc.boolean(),
      other: fc.double({ min: 1, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(state, (values) => {
        for (const prefix of ['f.', '']) {
          const back = readState(schema, writeState(schema, values, '', prefix), prefix);
          expect(back.notices).toEqual([]);
          expect(back.values).toEqual(values);
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
