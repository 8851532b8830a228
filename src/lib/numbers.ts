/**
 * Reading and writing large quantities (parameters, tokens, FLOPs) the way people type them,
 * in English and Chinese: 7B, 1.4T, 6e23, 6.2×10²³, 70亿, 1.4万亿, ７Ｂ … This is the presentation layer's (a reader's
 * language and habits), not the engine's: the engine takes and returns plain numbers (issue 14 §2).
 *
 * Suffix conventions (documented on purpose, because they are ambiguous elsewhere):
 * - K = 10³, M = 10⁶ (million — lowercase m is also million, never milli), B = G = 10⁹ (billion),
 *   T = 10¹², P = 10¹⁵. Lowercase letters are accepted (7b, 1.4t, 70m, 2k).
 * - 十 = 10, 百 = 10², 千 = 10³, 万 = 10⁴, 亿 = 10⁸, and their products written together:
 *   千万 = 10⁷, 百万 = 10⁶, 万亿 = 10¹². 兆 is rejected (it means 10⁶ or 10¹² depending on the reader).
 */
import { requireFinite } from '../engine/stats';

/** Page language. */
export type Lang = 'zh' | 'en';

/** Why a quantity could not be read. */
export type QuantityErrorCode = 'empty' | 'syntax' | 'negative' | 'zero' | 'overflow' | 'underflow' | 'range';

/** The bounds a 'range' error was checked against (ParseQuantityOptions.min and .max), in the quantity's units. */
export interface QuantityLimits {
  min?: number;
  max?: number;
}

/**
 * Error thrown by parseQuantity: a `code` saying why, the `input` as typed and, for 'range', the `limits`. It holds
 * no sentences for readers: the presentation layer words it (src/figures/lib/param-messages.ts). `message` is a
 * short note for developers, e.g. `parseQuantity: syntax ("7BB")`.
 */
export class QuantityError extends Error {
  readonly code: QuantityErrorCode;
  readonly input: string;
  readonly limits: QuantityLimits;
  constructor(code: QuantityErrorCode, input: string, limits: QuantityLimits = {}) {
    super(`parseQuantity: ${code} (${JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}…` : input)})`);
    this.name = 'QuantityError';
    this.code = code;
    this.input = input;
    this.limits = limits;
  }
}

/** Options for parseQuantity. By default only positive values (> 0) are accepted. */
export interface ParseQuantityOptions {
  allowNegative?: boolean;
  allowZero?: boolean;
  /** Inclusive lower bound on the parsed value. */
  min?: number;
  /** Inclusive upper bound on the parsed value. */
  max?: number;
}

const SI_EXPONENT: Record<string, number> = { k: 3, m: 6, b: 9, g: 9, t: 12, p: 15 };
const CJK_EXPONENT: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };
const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};
const SUPERSCRIPT_RUN = /[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const DIGIT_SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function syntaxError(raw: string): QuantityError {
  return new QuantityError('syntax', raw);
}

/**
 * Normalises what people paste: full-width characters (NFKC), superscript exponents,
 * Unicode minus signs, multiplication signs and group separators.
 */
function normalise(text: string): string {
  // Superscripts first: NFKC would turn "10²³" into "1023".
  let s = text.replace(SUPERSCRIPT_RUN, (run) => `^${[...run].map((c) => SUPERSCRIPT[c]).join('')}`);
  s = s.normalize('NFKC');
  s = s
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-') // minus sign, figure dash, en dash, small hyphen-minus
    .replace(/[·⋅∙•]/g, '*') // middle dots used as multiplication
    .replace(/[\u00A0\u2009\u202F\u3000]/g, ' ') // non-breaking, thin, narrow and ideographic spaces
    .replace(/，/g, ',');
  return s.trim();
}

// sign, mantissa (plain or grouped by 3 with "," or " "), then either an e-exponent,
// a "×10^n" exponent, an SI suffix or a Chinese unit.
const NUMBER_RE = /^([+-])?((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+)|\s*[xX×*]\s*10\s*\^\s*([+-]?\d+))?\s*([kKmMbBgGtTpP]|[十百千万亿]+)?$/;
const POWER_OF_TEN_RE = /^([+-])?10\s*\^\s*([+-]?\d+)$/;
const CJK_UNIT_RE = /^(?:[十百千])?万?亿*$/;

/**
 * Reads a quantity typed by a person and returns it as a number (units: whatever the field means —
 * parameters, tokens, FLOPs). Accepts 7B, 70M, 1.4T, 6e23, 3.14E+23, 6.2×10^23, 6.2x10^23,
 * 6.2*10^23, 6.2×10²³, 10^23, 1,000,000, 1 000 000, 70亿, 1.4万亿, 5千万, 3百万, 2万, full-width
 * input (７Ｂ, １．４Ｔ) and lowercase suffixes (7b, 1.4t, 70m, 2k), with optional surrounding spaces.
 * Throws a QuantityError (code 'empty' | 'syntax' | 'negative' | 'zero' | 'overflow' | 'underflow' | 'range')
 * (with the input, and the limits for 'range'). Positive values only unless options allow zero or negatives.
 * Example: parseQuantity('70亿') → 7e9; parseQuantity('1.4T') → 1.4e12; parseQuantity('6.2×10²³') → 6.2e23.
 */
export function parseQuantity(text: string, options: ParseQuantityOptions = {}): number {
  const raw = typeof text === 'string' ? text : String(text);
  const s = normalise(raw);
  if (s === '') {
    throw new QuantityError('empty', raw);
  }
  const shown = raw.trim();

  let sign = '';
  let mantissa: string;
  let exponent = 0;

  const power = POWER_OF_TEN_RE.exec(s);
  const m = power ? null : NUMBER_RE.exec(s);
  if (power) {
    sign = power[1] ?? '';
    mantissa = '1';
    exponent = clampExponent(power[2]);
  } else if (m) {
    sign = m[1] ?? '';
    mantissa = m[2].replace(/[, ]/g, '');
    const eExp = m[3] ?? m[4];
    const suffix = m[5];
    if (eExp !== undefined && suffix !== undefined) throw syntaxError(shown); // "6e2B": pick one
    if (eExp !== undefined) exponent = clampExponent(eExp);
    if (suffix !== undefined) {
      if (/^[a-z]$/i.test(suffix)) {
        exponent = SI_EXPONENT[suffix.toLowerCase()];
      } else {
        if (!CJK_UNIT_RE.test(suffix)) throw syntaxError(shown);
        exponent = [...suffix].reduce((sum, c) => sum + CJK_EXPONENT[c], 0);
      }
    }
  } else {
    throw syntaxError(shown);
  }

  // Let the platform round the decimal string exactly once: "<mantissa>e<exponent>".
  const value = Number(`${sign}${mantissa}e${exponent}`);
  if (Number.isNaN(value)) throw syntaxError(shown);
  if (!Number.isFinite(value)) {
    throw new QuantityError('overflow', raw);
  }
  const mantissaIsZero = !/[1-9]/.test(mantissa);
  if (value === 0 && !mantissaIsZero) {
    throw new QuantityError('underflow', raw);
  }
  if (value === 0 && !options.allowZero) {
    throw new QuantityError('zero', raw);
  }
  if (value < 0 && !options.allowNegative) {
    throw new QuantityError('negative', raw);
  }
  const result = value === 0 ? 0 : value; // no −0
  const { min, max } = options;
  if ((min !== undefined && result < min) || (max !== undefined && result > max)) {
    throw new QuantityError('range', raw, { min, max });
  }
  return result;
}

/** Exponent digits → integer, clamped so absurd exponents still over/underflow cleanly. */
function clampExponent(text: string): number {
  const e = Number(text);
  if (!Number.isFinite(e)) return text.trim().startsWith('-') ? -100000 : 100000;
  return Math.max(-100000, Math.min(100000, e));
}

/**
 * Like parseQuantity but returns null instead of throwing (for URL state and form fields).
 * Example: tryParseQuantity('7BB') → null; tryParseQuantity('7B') → 7e9.
 */
export function tryParseQuantity(text: string, options: ParseQuantityOptions = {}): number | null {
  try {
    return parseQuantity(text, options);
  } catch (e) {
    if (e instanceof QuantityError) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/** Options for the quantity formatters. */
export interface FormatOptions {
  /** Significant digits (default 3 for formatQuantity, 2 for formatScientific). Trailing zeros are dropped. */
  digits?: number;
}

function checkDigits(digits: number): number {
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new RangeError(`digits must be a whole number from 1 to 17, got ${digits}.`);
  }
  return digits;
}

/** Rounds |x| to `digits` significant digits and returns { mantissa in [1,10), exponent }. */
function decompose(x: number, digits: number): { mantissa: number; exponent: number } {
  const [m, e] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  return { mantissa: Number(m), exponent: Number(e) };
}

/** Decimal text of a mantissa·10^shift with trailing zeros removed (no exponent notation). */
function plainDigits(mantissa: number, digits: number, shift: number): string {
  // mantissa has `digits` significant digits; shift ∈ [−3, 16].
  const decimals = Math.max(0, digits - 1 - shift);
  const text = (mantissa * 10 ** shift).toFixed(decimals);
  return decimals > 0 ? text.replace(/\.?0+$/, '') : text;
}

function toSuperscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => (c === '-' ? '⁻' : DIGIT_SUPERSCRIPTS[Number(c)]))
    .join('');
}

/**
 * Scientific notation with Unicode superscripts, e.g. 5.9×10²³; numbers from 10⁻³ up to 10⁴ are
 * written plainly (0.05, 2.66, 1200). `digits` = significant digits (default 2), trailing zeros dropped.
 * `notation: 'e'` gives 5.9e23 instead (for URLs). Throws RangeError on NaN or ±Infinity.
 * Example: formatScientific(5.88e23) → "5.9×10²³"; formatScientific(2.6581, { digits: 4 }) → "2.658".
 */
export function formatScientific(x: number, options: FormatOptions & { notation?: 'superscript' | 'e' } = {}): string {
  requireFinite('x', x);
  const digits = checkDigits(options.digits ?? 2);
  if (x === 0) return '0';
  const sign = x < 0 ? '-' : '';
  const { mantissa, exponent } = decompose(x, digits);
  if (exponent >= -3 && exponent < 4) return sign + plainDigits(mantissa, digits, exponent);
  const m = plainDigits(mantissa, digits, 0);
  return options.notation === 'e' ? `${sign}${m}e${exponent}` : `${sign}${m}×10${toSuperscript(exponent)}`;
}

const EN_UNITS: Array<[number, string]> = [
  [15, 'P'],
  [12, 'T'],
  [9, 'B'],
  [6, 'M'],
  [3, 'K'],
];
const ZH_UNITS: Array<[number, string]> = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

/**
 * Short human form of a large quantity: en 70B, 1.4T, 400M, 6.7K; zh 700亿, 1.4万亿, 4亿, 6700.
 * Uses K/M/B/T/P up to 10¹⁸ (en) and 万/亿/万亿 up to 10¹⁶ (zh); beyond that, and below 1,
 * scientific notation (formatScientific). `digits` = significant digits (default 3), trailing zeros dropped.
 * parseQuantity reads every output back. Throws RangeError on NaN or ±Infinity.
 * Example: formatQuantity(70e9, 'en') → "70B"; formatQuantity(1.4e12, 'zh') → "1.4万亿".
 */
export function formatQuantity(x: number, lang: Lang, options: FormatOptions = {}): string {
  requireFinite('x', x);
  const digits = checkDigits(options.digits ?? 3);
  if (x === 0) return '0';
  const sign = x < 0 ? '-' : '';
  const { mantissa, exponent } = decompose(x, digits);
  const units = lang === 'zh' ? ZH_UNITS : EN_UNITS;
  const top = lang === 'zh' ? 16 : 18;
  if (exponent < 0 || exponent >= top) return formatScientific(x, { digits });
  for (const [unitExponent, unit] of units) {
    if (exponent >= unitExponent) return sign + plainDigits(mantissa, digits, exponent - unitExponent) + unit;
  }
  return sign + plainDigits(mantissa, digits, exponent);
}

/**
 * An ordinary number for prose and tables, with the language's grouping (Intl.NumberFormat):
 * `digits` = maximum significant digits (default 3).
 * Example: formatNumber(1234.56, 'en', 5) → "1,234.6"; formatNumber(0.4565, 'zh', 2) → "0.46".
 */
export function formatNumber(x: number, lang: Lang, digits = 3): string {
  requireFinite('x', x);
  return intlFormat(lang, 'decimal', checkDigits(digits)).format(x);
}

/**
 * One Intl.NumberFormat per language, style and digits, made on first use: constructing one costs far more than
 * formatting with it (a figure's table and tips format hundreds of numbers per redraw).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function intlFormat(lang: Lang, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style, maximumSignificantDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A fraction shown as a percentage with `digits` significant digits (default 3).
 * Example: formatPercent(0.462, 'en') → "46.2%"; formatPercent(0.17, 'zh') → "17%".
 */
export function formatPercent(fraction: number, lang: Lang, digits = 3): string {
  requireFinite('fraction', fraction);
  return intlFormat(lang, 'percent', checkDigits(digits)).format(fraction);
}
