/**
 * Words for the engine's QuantityError (issue 14 §2: the engine gives a code, the input and the limits; the
 * presentation layer words them for readers in both languages).
 */
import { formatScientific, type QuantityError } from '../../engine/quantities';
import type { Localized } from '../../i18n';

/** Quotes what the reader typed, shortened past 40 characters. */
function quoteInput(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${t}”`;
}

/**
 * The sentences a field shows for a QuantityError, in both languages.
 * Example: for parseQuantity('7BB') → { en: '“7BB” is not a number. Try 7B, 1.4T, 6e23 or 70亿.', zh: … }.
 */
export function quantityErrorMessages(e: QuantityError): Localized {
  const q = quoteInput(e.input.trim());
  switch (e.code) {
    case 'empty':
      return { en: 'Please enter a number, for example 7B, 1.4T, 6e23 or 70亿.', zh: '请输入一个数，例如 7B、1.4T、6e23 或 70亿。' };
    case 'syntax':
      return { en: `${q} is not a number. Try 7B, 1.4T, 6e23 or 70亿.`, zh: `${q} 不是一个数。可以写 7B、1.4T、6e23 或 70亿。` };
    case 'overflow':
      return { en: `${q} is too large to compute with (the limit is about 1.8×10³⁰⁸).`, zh: `${q} 太大，无法计算（上限约为 1.8×10³⁰⁸）。` };
    case 'underflow':
      return { en: `${q} is too small to compute with (the limit is about 5×10⁻³²⁴).`, zh: `${q} 太小，无法计算（下限约为 5×10⁻³²⁴）。` };
    case 'zero':
      return { en: `${q} is zero; a number greater than 0 is needed here.`, zh: `${q} 是零，这里需要一个大于 0 的数。` };
    case 'negative':
      return { en: `${q} is negative; a number greater than 0 is needed here.`, zh: `${q} 是负数，这里需要一个大于 0 的数。` };
    case 'range': {
      const lo = e.limits.min !== undefined ? formatScientific(e.limits.min, { digits: 3 }) : null;
      const hi = e.limits.max !== undefined ? formatScientific(e.limits.max, { digits: 3 }) : null;
      if (lo !== null && hi !== null) {
        return { en: `${q} is out of range: enter a value between ${lo} and ${hi}.`, zh: `${q} 超出范围：请输入 ${lo} 到 ${hi} 之间的值。` };
      }
      if (lo !== null) return { en: `${q} is out of range: enter a value of at least ${lo}.`, zh: `${q} 超出范围：请输入不小于 ${lo} 的值。` };
      return { en: `${q} is out of range: enter a value of at most ${hi}.`, zh: `${q} 超出范围：请输入不大于 ${hi} 的值。` };
    }
  }
}
