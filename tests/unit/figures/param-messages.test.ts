import { describe, expect, it } from 'vitest';
import { parseQuantity, QuantityError } from '../../../src/lib/numbers';
import { quantityErrorText } from '../../../src/figures/lib/param-messages';
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
