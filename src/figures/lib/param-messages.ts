/**
 * Words for what a reader typed (or a URL held) that cannot be used: the codes of params.ts and the engine's
 * QuantityError (issue 14 §2: the engine gives a code, the input and the limits), worded with the frame catalogue
 * (src/i18n/frame/<lang>.ts) of the page's language.
 */
import { formatScientific, type QuantityError } from '../../lib/numbers';
import type { Lang } from '../../i18n';
import type { FrameMessages } from '../../i18n/frame/en';
import { type AnyValue, formatValue, type Notice, type ParamError, type ParamSpec, sameValue } from './params';

/** Quotes what the reader typed, shortened past 40 characters. */
function quoteInput(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${t}”`;
}

/**
 * The sentence a field shows for a QuantityError.
 * Example: for parseQuantity('7BB') in English → '“7BB” is not a number. Try 7B, 1.4T, 6e23 or 70亿.'
 */
export function quantityErrorText(e: Pick<QuantityError, 'code' | 'input' | 'limits'>, f: FrameMessages): string {
  const q = quoteInput(e.input.trim());
  const w = f.quantity;
  switch (e.code) {
    case 'empty':
      return w.empty;
    case 'syntax':
    case 'overflow':
    case 'underflow':
    case 'zero':
    case 'negative':
      return w[e.code](q);
    case 'range': {
      const lo = e.limits.min !== undefined ? formatScientific(e.limits.min, { digits: 3 }) : null;
      const hi = e.limits.max !== undefined ? formatScientific(e.limits.max, { digits: 3 }) : null;
      if (lo !== null && hi !== null) return w.between(q, lo, hi);
      return lo !== null ? w.atLeast(q, lo) : w.atMost(q, hi ?? '');
    }
  }
}

/** The sentence a field shows when what was typed for `spec` is not a value. */
export function paramErrorText(error: ParamError, spec: ParamSpec, lang: Lang, f: FrameMessages): string {
  const w = f.param;
  switch (error.code) {
    case 'tooLong':
    case 'integer':
    case 'boolean':
      return w[error.code];
    case 'quantity':
      return quantityErrorText(error.error, f);
    case 'range':
      return w.range(formatValue(spec, error.min, lang), formatValue(spec, error.max, lang));
    case 'choice':
      return w.choice(error.allowed.join(', '));
    case 'count':
      return w.count(error.min, error.max);
    case 'item':
      return w.item(error.part, paramErrorText(error.error, spec, lang, f));
  }
}

/** Why a value from the URL was ignored, in words (`spec` is absent for a key the figure does not have). */
export function noticeText(notice: Notice, spec: ParamSpec | undefined, lang: Lang, f: FrameMessages): string {
  const r = notice.reason;
  if (r.code === 'unknown' || !spec) return f.param.unknown;
  if (r.code === 'duplicate') return f.param.duplicate;
  const message = paramErrorText(r.error, spec, lang, f);
  // Under a preset (or a page's own setting) the figure falls back to that value, not to the schema's default.
  if (notice.used !== undefined && !sameValue(notice.used, spec.default as AnyValue)) return f.param.fallbackSet(message, formatValue(spec, notice.used, lang));
  return f.param.fallback(message, formatValue(spec, spec.default as AnyValue, lang));
}
