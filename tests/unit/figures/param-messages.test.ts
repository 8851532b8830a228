import { describe, expect, it } from 'vitest';
import { parseQuantity, QuantityError } from '../../../src/lib/numbers';
import { paramErrorText, quantityErrorText } from '../../../src/figures/lib/param-messages';
import { parseParamText, type ParamSpec } from '../../../src/figures/lib/params';
import en from '../../../src/i18n/frame/en';
import zh from '../../../src/i18n/frame/zh';

function messagesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof QuantityError) return { en: quantityErrorText(e, en), zh: quantityErrorText(e, zh) };
    throw e;
  }
  throw new Error('expected a QuantityError');
}

describe('quantityErrorText (words for the engine’s QuantityError codes, from the frame catalogues)', () => {
  it('the "7BB" messages are the documented sentences', () => {
    const m = messagesOf(() => parseQuantity('7BB'));
    expect(m.en).toBe('“7BB” is not a number. Try 7B, 1.4T, 6e23 or 70亿.');
    expect(m.zh).toBe('“7BB” 不是一个数。可以写 7B、1.4T、6e23 或 70亿。');
  });
  it('min/max → range, with both bounds written out in both languages', () => {
    const m = messagesOf(() => parseQuantity('5', { min: 1e17, max: 2e19 }));
    expect(m.en).toBe('“5” is out of range: enter a value between 1×10¹⁷ and 2×10¹⁹.');
    expect(m.zh).toBe('“5” 超出范围：请输入 1×10¹⁷ 到 2×10¹⁹ 之间的值。');
    expect(messagesOf(() => parseQuantity('3', { max: 2 })).en).toMatch(/at most 2/);
    expect(messagesOf(() => parseQuantity('1', { min: 2 })).zh).toMatch(/不小于 2/);
  });
  it('very long input is shortened in the message', () => {
    expect(messagesOf(() => parseQuantity('x'.repeat(100))).en.length).toBeLessThan(100);
  });
  it('every code has a sentence in both languages', () => {
    for (const text of ['', '7BB', '1e400', '1e-400', '0', '-5']) {
      const m = messagesOf(() => parseQuantity(text));
      expect(m.en.length > 0 && m.zh.length > 0, text).toBe(true);
    }
    expect(messagesOf(() => parseQuantity('   ')).en).toBe('Please enter a number, for example 7B, 1.4T, 6e23 or 70亿.');
    expect(messagesOf(() => parseQuantity('-5')).en).toBe('“-5” is negative; a number greater than 0 is needed here.');
  });
});

describe('the count of a list, in words', () => {
  const list = (minLength: number, maxLength: number): ParamSpec => ({ kind: 'list', default: [1, 2], min: 0.01, max: 1000, minLength, maxLength, display: 'plain' });
  const words = (spec: ParamSpec, text: string) => {
    const r = parseParamText(spec, text);
    if (r.ok) throw new Error(`expected "${text}" to be refused`);
    return { en: paramErrorText(r.error, spec, 'en', en), zh: paramErrorText(r.error, spec, 'zh', zh) };
  };
  it('a list of a fixed length says exactly how many (next-token’s six weights), not "6 to 6"', () => {
    expect(words(list(6, 6), '1, 2, 3')).toEqual({ en: 'Give exactly 6 numbers, separated by commas.', zh: '需要正好 6 个数，用逗号隔开。' });
  });
  it('a list with a range of lengths gives the range', () => {
    expect(words(list(1, 6), '1, 2, 3, 4, 5, 6, 7')).toEqual({ en: 'Give 1 to 6 numbers, separated by commas.', zh: '需要 1 到 6 个数，用逗号隔开。' });
  });
  it('one value asked for reads as one number', () => {
    expect(en.param.count(1, 1)).toBe('Give exactly 1 number.');
    expect(zh.param.count(1, 1)).toBe('需要正好 1 个数。');
  });
});
