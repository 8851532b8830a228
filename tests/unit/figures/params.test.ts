import { describe, expect, it } from 'vitest';
import { encodeNumber, fromSlider, parseParamText, readState, sliderRange, toSlider, writeState, type ListSpec, type QuantitySpec } from '../../../src/figures/lib/params';
import { citationText, toCsv } from '../../../src/figures/lib/citation';
import { checkOutput } from '../../../src/figures/lib/output';
import type { FigureDef } from '../../../src/figures/lib/types';
import { noticeText, paramErrorText } from '../../../src/figures/lib/param-messages';
import frameEn from '../../../src/i18n/frame/en';
import frameZh from '../../../src/i18n/frame/zh';
import citeEn from '../../../src/i18n/cite/en';
import citeZh from '../../../src/i18n/cite/zh';

/** The sentence a field shows for a rejected text, in both languages. */
function words(spec: QuantitySpec | ListSpec, text: string) {
  const r = parseParamText(spec, text);
  if (r.ok) throw new Error(`${text} was accepted`);
  return { en: paramErrorText(r.error, spec, 'en', frameEn), zh: paramErrorText(r.error, spec, 'zh', frameZh) };
}

const params: QuantitySpec = { kind: 'quantity', default: 7e9, min: 1e6, max: 1e13, scale: 'log' };
const util: QuantitySpec = { kind: 'quantity', default: 0.4, min: 0.01, max: 1, scale: 'linear', display: 'percent' };
const budgets: ListSpec = { kind: 'list', default: [1e19, 1e21], min: 1e17, max: 1e25, minLength: 1, maxLength: 5 };

describe('parseParamText', () => {
  it('accepts what people type: 7B, 70亿, 1.4T, 6e23, full-width digits', () => {
    expect(parseParamText(params, '7B')).toEqual({ ok: true, value: 7e9 });
    expect(parseParamText(params, '70亿')).toEqual({ ok: true, value: 7e9 });
    expect(parseParamText(params, ' 1.4T ')).toEqual({ ok: true, value: 1.4e12 });
    expect(parseParamText(params, '７Ｂ')).toEqual({ ok: true, value: 7e9 });
  });
  it('rejects bad text and out-of-range values with a message in both languages', () => {
    for (const bad of ['', 'abc', '7BB', '-7B', '1e999', '<script>alert(1)</script>', '1e20']) {
      const m = words(params, bad);
      expect(m.en.length).toBeGreaterThan(5);
      expect(m.zh.length).toBeGreaterThan(3);
    }
    expect(words(params, '1e20')).toEqual({ en: 'It must lie between 1M and 10T.', zh: '取值范围是 100万 到 10万亿。' });
  });
  it('reads percentages three ways: 40%, 40 and 0.4', () => {
    for (const text of ['40%', '40', '0.4', '４０％']) expect(parseParamText(util, text), text).toEqual({ ok: true, value: 0.4 });
  });
  it('reads comma-separated lists in either language', () => {
    expect(parseParamText(budgets, '1e19, 1e20，1e21')).toEqual({ ok: true, value: [1e19, 1e20, 1e21] });
    expect(words(budgets, '1e19,abc').en).toMatch(/^“abc”: “abc” is not a number/);
    expect(words(budgets, '1e19,abc').zh).toMatch(/^“abc”：“abc” 不是一个数/);
    expect(parseParamText(budgets, '1e19,1e19,1e19,1e19,1e19,1e19').ok).toBe(false);
  });
});

describe('URL state', () => {
  const schema = { params, budgets };
  it('writes only what differs from the defaults and keeps other figures’ keys', () => {
    const q = writeState(schema, { params: 7e10, budgets: [1e19, 1e21] }, 'isoflop.law=x&b.params=1', 'a.');
    expect(q.toString()).toBe('isoflop.law=x&b.params=1&a.params=7e10');
  });
  it('falls back to the default with a notice for invalid, unknown and repeated keys', () => {
    const { values, notices } = readState(schema, 'a.params=7BB&a.nope=1&a.budgets=1e19&a.budgets=1e20&b.params=1', 'a.');
    expect(values).toEqual({ params: 7e9, budgets: [1e19] });
    expect(notices.map((n) => n.param)).toEqual(['params', 'nope', 'budgets']);
    expect(noticeText(notices[0], params, 'en', frameEn)).toMatch(/default, 7B/);
    expect(noticeText(notices[0], params, 'zh', frameZh)).toMatch(/已改用默认值 70亿。$/);
    expect(noticeText(notices[1], undefined, 'zh', frameZh)).toBe('这张图没有这个参数，已忽略。');
    expect(noticeText(notices[2], budgets, 'en', frameEn)).toMatch(/more than once/);
  });
  it('treats everything in the URL as text', () => {
    const { notices } = readState(schema, `a.params=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 'a.');
    expect(notices[0].value).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('number encoding and sliders', () => {
  it('encodeNumber writes the shortest exact form', () => {
    expect(encodeNumber(7e9)).toBe('7e9');
    expect(encodeNumber(1.4e12)).toBe('1.4e12');
    expect(encodeNumber(0.076)).toBe('0.076');
    expect(encodeNumber(512)).toBe('512');
    for (const x of [5.76e23, 1.23456789e-7, 2 ** 19, 0.33917084]) expect(Number(encodeNumber(x))).toBe(x);
  });
  it('slider positions map back into the range on a log scale', () => {
    expect(toSlider(params, 1e6)).toBe(0);
    expect(toSlider(params, 1e13)).toBe(1000);
    expect(fromSlider(params, toSlider(params, 7e9)) / 7e9).toBeCloseTo(1, 1);
    expect(fromSlider(params, 500)).toBeCloseTo(3.16e9, -7);
  });
  it('an integer slider on a linear scale has one position per whole value, both ends exactly reachable', () => {
    for (const [min, max] of [
      [2, 6],
      [1, 3],
      [1, 64],
      [3, 24],
      [0, 1000],
    ]) {
      const spec: QuantitySpec = { ...params, min, max, default: min, scale: 'linear', integer: true };
      expect(sliderRange(spec)).toEqual({ min, max });
      for (let v = min; v < max; v++) expect(fromSlider(spec, toSlider(spec, v) + 1)).toBe(v + 1);
      expect(toSlider(spec, max)).toBe(max);
    }
    expect(sliderRange(params)).toEqual({ min: 0, max: 1000 });
    expect(sliderRange({ ...params, min: 1, max: 1e6, scale: 'linear', integer: true })).toEqual({ min: 0, max: 1000 });
  });
});

describe('figure actions', () => {
  it('CSV quotes fields with commas and keeps full precision', () => {
    const csv = toCsv({
      columns: [
        { key: 'a', label: 'N, params' },
        { key: 'b', label: 'loss' },
      ],
      rows: [
        { a: 7e9, b: 2.0123456789 },
        { a: 'x"y', b: 1 },
      ],
    });
    expect(csv).toBe('"N, params",loss\n7000000000,2.0123456789\n"x""y",1\n');
  });
  it('the citation names the figure, its parameters, the link, the date, the site version and the CC BY 4.0 license', () => {
    const def = { id: 'demo', params: { params } } as unknown as FigureDef;
    const en = citationText({
      def,
      title: 'Demo',
      values: { params: 7e10 },
      words: citeEn,
      url: 'https://x/y',
      version: '0.1.0+abc',
      date: '2026-11-28',
      siteTitle: 'Scaling Laws Explorer',
    });
    expect(en).toBe(
      '“Demo.” Scaling Laws Explorer, figure demo (parameters: params=7e10). https://x/y. Accessed 2026-11-28. Site version 0.1.0+abc. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    );
    const zh = citationText({ def, title: '示例', values: { params: 7e10 }, words: citeZh, url: 'https://x/y', version: 'v', date: 'd', siteTitle: '缩放定律探索' });
    expect(zh).toContain('图 demo（参数：params=7e10）');
    expect(zh).toContain('采用 CC BY 4.0 许可');
  });
  it('checkOutput refuses NaN, Infinity and undefined anywhere a reader would see them', () => {
    const ok = { node: {} as Element, data: { columns: [], rows: [{ a: 1 }] } };
    expect(checkOutput('<svg><text>2.1</text></svg>', ok)).toBeNull();
    expect(checkOutput('<svg><text>NaN</text></svg>', ok)).toMatch(/NaN/);
    expect(checkOutput('<svg/>', { ...ok, data: { columns: [], rows: [{ a: Infinity }] } })).toMatch(/Infinity/);
    expect(checkOutput('<svg/>', { ...ok, readouts: [{ label: 'x', value: 'undefined' }] })).toMatch(/undefined/);
  });
});
