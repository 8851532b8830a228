/**
 * Figure parameters: their schema, how a reader's text becomes a value, and how values travel in the URL.
 * Everything read from the URL is treated as text and validated here; an invalid value falls back to the default
 * with a notice that says which value was ignored and why.
 */
import { formatQuantity, formatScientific, parseQuantity, QuantityError } from '../../lib/numbers';
import type { Lang } from '../../i18n';

interface BaseSpec {
  /**
   * The control matters only when another parameter (a choice) has one of these values, e.g. the planner's model size
   * only for the question "I want a model of this size". Elsewhere it is shown dimmed; its value is kept.
   */
  usedWhen?: { param: string; values: readonly string[] };
}

/** Whether a parameter affects the figure for these values (see BaseSpec.usedWhen). */
export function isUsed(spec: ParamSpec, values: Record<string, AnyValue>): boolean {
  return !spec.usedWhen || spec.usedWhen.values.includes(String(values[spec.usedWhen.param]));
}

/** A positive (or signed) number: a slider paired with a text field that accepts `7B`, `70亿`, `1e21`. */
export interface QuantitySpec extends BaseSpec {
  kind: 'quantity';
  default: number;
  min: number;
  max: number;
  /** Slider scale: log for quantities spanning orders of magnitude. */
  scale: 'log' | 'linear';
  /** How the text field shows the value: 'quantity' (7B / 70亿), 'scientific' (1e21), 'plain' (0.076). */
  display?: 'quantity' | 'scientific' | 'plain' | 'percent';
  integer?: boolean;
  /** Slider resolution for linear scales. */
  step?: number;
  allowNegative?: boolean;
  /** false: a text field only, no slider (whole numbers whose neighbours are not all valid, e.g. a model's width). */
  slider?: false;
}

/** One of several named options (a select). */
export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  default: string;
  options: readonly { value: string }[];
  /**
   * Presets: choosing an option sets other parameters to that option's values (a model preset fills in its
   * architecture). The URL then holds the option and only the filled values that differ from it, and reading a URL
   * with the option fills in every value it does not give. The filled parameters' defaults must be the default option's.
   */
  fills?: Readonly<Record<string, Readonly<Record<string, AnyValue>>>>;
}

/** On or off (a checkbox). */
export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
  default: boolean;
}

/** A short list of numbers, written comma-separated: `1e19,1e20,1e21`. */
export interface ListSpec extends BaseSpec {
  kind: 'list';
  default: readonly number[];
  min: number;
  max: number;
  minLength: number;
  maxLength: number;
  display?: 'quantity' | 'scientific' | 'plain';
}

export type ParamSpec = QuantitySpec | ChoiceSpec | BooleanSpec | ListSpec;

type ValueOf<P extends ParamSpec> = P extends QuantitySpec ? number : P extends ChoiceSpec ? string : P extends BooleanSpec ? boolean : P extends ListSpec ? number[] : never;

export type ParamValues<S extends Record<string, ParamSpec>> = { [K in keyof S]: ValueOf<S[K]> };

export type AnyValue = number | string | boolean | number[];

/**
 * Why a reader's text is not a value for a parameter: a code and what the words need (worded in the reader's
 * language by src/figures/lib/param-messages.ts with the frame catalogue).
 */
export type ParamError =
  | { code: 'tooLong' }
  | { code: 'quantity'; error: Pick<QuantityError, 'code' | 'input' | 'limits'> }
  | { code: 'range'; min: number; max: number }
  | { code: 'integer' }
  | { code: 'choice'; allowed: string[] }
  | { code: 'boolean' }
  | { code: 'count'; min: number; max: number }
  | { code: 'item'; part: string; error: ParamError };

/** Why a value from the URL was ignored: no such parameter, given twice, or invalid (then the default is used). */
export type NoticeReason = { code: 'unknown' } | { code: 'duplicate' } | { code: 'invalid'; error: ParamError };

/** A value from the URL that was ignored, and why. Rendered as text, never as HTML. */
export interface Notice {
  param: string;
  value: string;
  reason: NoticeReason;
  /** For an invalid value: what the figure uses instead (the preset's value, the page's, or the default). */
  used?: AnyValue;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParamError };

const MAX_TEXT = 200;

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function parseNumber(spec: QuantitySpec | ListSpec, text: string): ParseResult<number> {
  let value: number;
  const percent = spec.display === 'percent';
  try {
    if (percent && /[%％]\s*$/.test(text)) {
      value = parseQuantity(text.replace(/[%％]\s*$/, ''), { allowZero: true }) / 100;
    } else {
      value = parseQuantity(text, {
        allowNegative: spec.kind === 'quantity' && !!spec.allowNegative,
        allowZero: spec.min <= 0,
      });
      // "40" in a percentage field means 40%, not 4000%.
      if (percent && value > 1 && value <= 100) value /= 100;
    }
  } catch (e) {
    if (e instanceof QuantityError) return { ok: false, error: { code: 'quantity', error: { code: e.code, input: e.input, limits: e.limits } } };
    throw e;
  }
  if (value < spec.min || value > spec.max) {
    return { ok: false, error: { code: 'range', min: spec.min, max: spec.max } };
  }
  if (spec.kind === 'quantity' && spec.integer && !Number.isInteger(value)) {
    return { ok: false, error: { code: 'integer' } };
  }
  return { ok: true, value };
}

/**
 * Parses what a reader typed (or what a URL holds) for one parameter.
 *   parseParamText(budgetSpec, '70亿') → { ok: true, value: 7e9 }
 */
export function parseParamText(spec: ParamSpec, raw: string): ParseResult<AnyValue> {
  const text = raw.trim();
  if (text.length > MAX_TEXT) {
    return { ok: false, error: { code: 'tooLong' } };
  }
  switch (spec.kind) {
    case 'quantity':
      return parseNumber(spec, text);
    case 'choice': {
      const option = spec.options.find((o) => o.value === text);
      if (option) return { ok: true, value: option.value };
      return { ok: false, error: { code: 'choice', allowed: spec.options.map((o) => o.value) } };
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(t)) return { ok: true, value: true };
      if (['0', 'false', 'no', 'off'].includes(t)) return { ok: true, value: false };
      return { ok: false, error: { code: 'boolean' } };
    }
    case 'list': {
      const parts = text
        .split(/[,，;；、]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      if (parts.length < spec.minLength || parts.length > spec.maxLength) {
        return { ok: false, error: { code: 'count', min: spec.minLength, max: spec.maxLength } };
      }
      const values: number[] = [];
      for (const part of parts) {
        const r = parseNumber(spec, part);
        if (!r.ok) return { ok: false, error: { code: 'item', part: clip(part), error: r.error } };
        values.push(r.value);
      }
      return { ok: true, value: values };
    }
  }
}

/** Shows a value in a text field or a readout, the way a reader would type it. */
export function formatValue(spec: ParamSpec, value: AnyValue, lang: Lang): string {
  switch (spec.kind) {
    case 'quantity':
    case 'list': {
      const one = (x: number) => {
        const display = spec.display ?? 'quantity';
        if (display === 'percent') return `${+(x * 100).toPrecision(4)}%`;
        if (display === 'scientific') return formatScientific(x, { digits: 6, notation: 'e' });
        if (display === 'plain') return String(+x.toPrecision(6));
        return formatQuantity(x, lang, { digits: 6 });
      };
      return Array.isArray(value) ? value.map(one).join(', ') : one(value as number);
    }
    case 'choice':
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
  }
}

/** Shortest URL form of a number that reads back exactly: 7e9, 1.4e12, 0.076, 512. */
export function encodeNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e6) return String(x);
  const exp = x.toExponential().replace('e+', 'e');
  const plain = String(x);
  return plain.length <= exp.length && !plain.includes('e') ? plain : exp;
}

/** A parameter value as it is written in the URL. */
export function encodeValue(spec: ParamSpec, value: AnyValue): string {
  switch (spec.kind) {
    case 'quantity':
      return encodeNumber(value as number);
    case 'list':
      return (value as number[]).map(encodeNumber).join(',');
    case 'choice':
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
  }
}

export function defaultsOf<S extends Record<string, ParamSpec>>(schema: S): ParamValues<S> {
  const out: Record<string, AnyValue> = {};
  for (const [name, spec] of Object.entries(schema)) {
    out[name] = spec.kind === 'list' ? [...spec.default] : (spec.default as AnyValue);
  }
  return out as ParamValues<S>;
}

/** The values that choosing `value` for a parameter sets (see ChoiceSpec.fills); none for most parameters. */
export function filledBy(spec: ParamSpec, value: AnyValue): Readonly<Record<string, AnyValue>> {
  return (spec.kind === 'choice' && spec.fills && Object.hasOwn(spec.fills, String(value)) && spec.fills[String(value)]) || {};
}

/**
 * What each value is compared with when the state is written to a URL: the values the chosen presets fill in (see
 * ChoiceSpec.fills), otherwise the default. A value equal to its reference is left out of the URL.
 */
export function stateReference<S extends Record<string, ParamSpec>>(schema: S, values: ParamValues<S>): ParamValues<S> {
  const reference = defaultsOf(schema) as Record<string, AnyValue>;
  for (const [name, spec] of Object.entries(schema)) {
    for (const [key, value] of Object.entries(filledBy(spec, (values as Record<string, AnyValue>)[name]))) {
      if (key !== name && Object.hasOwn(schema, key)) reference[key] = value;
    }
  }
  return reference as ParamValues<S>;
}

export function sameValue(a: AnyValue, b: AnyValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * Reads a figure's state from a query string. On a chapter page the keys are `<id>.<param>`; on the figure's
 * standalone page they are plain `<param>` (`prefix` = ''). Unknown keys under the prefix and invalid values are
 * ignored with a notice; the figure then uses the base value for them (a preset's, when the URL chose one), which the
 * notice names (`used`).
 */
export function readState<S extends Record<string, ParamSpec>>(
  schema: S,
  search: string | URLSearchParams,
  prefix: string,
  base: ParamValues<S> = defaultsOf(schema),
): { values: ParamValues<S>; notices: Notice[]; fromUrl: string[] } {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = { ...base } as Record<string, AnyValue>;
  const notices: Notice[] = [];
  const fromUrl: string[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of query) {
    if (prefix && !key.startsWith(prefix)) continue;
    const name = prefix ? key.slice(prefix.length) : key;
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!spec) {
      // On a standalone page every key belongs to the figure; on a chapter page only `<id>.` keys do.
      notices.push({ param: clip(name), value: clip(raw), reason: { code: 'unknown' } });
      continue;
    }
    if (seen.has(name)) {
      notices.push({ param: name, value: clip(raw), reason: { code: 'duplicate' } });
      continue;
    }
    seen.add(name);
    const r = parseParamText(spec, raw);
    if (r.ok) {
      values[name] = r.value;
      fromUrl.push(name);
    } else {
      notices.push({ param: name, value: clip(raw), reason: { code: 'invalid', error: r.error } });
    }
  }
  // A preset read from the URL fills in every value the URL does not give (ChoiceSpec.fills).
  for (const name of fromUrl) {
    for (const [key, value] of Object.entries(filledBy(schema[name], values[name]))) {
      if (!fromUrl.includes(key) && Object.hasOwn(schema, key)) values[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  for (const n of notices) if (n.reason.code === 'invalid') n.used = values[n.param];
  return { values: values as ParamValues<S>, notices, fromUrl };
}

/**
 * Writes a figure's state into a query string, keeping every key that belongs to something else.
 * Only values that differ from the defaults are written, so an untouched figure adds nothing to the URL; a value a
 * chosen preset filled in counts as a default (stateReference).
 */
export function writeState<S extends Record<string, ParamSpec>>(schema: S, values: ParamValues<S>, search: string | URLSearchParams, prefix: string): URLSearchParams {
  const query = new URLSearchParams(search);
  for (const key of [...query.keys()]) {
    if (prefix ? key.startsWith(prefix) : true) query.delete(key);
  }
  const reference = stateReference(schema, values) as Record<string, AnyValue>;
  for (const [name, spec] of Object.entries(schema)) {
    const v = (values as Record<string, AnyValue>)[name];
    if (!sameValue(v, reference[name])) query.set(prefix + name, encodeValue(spec, v));
  }
  return query;
}

/**
 * The range input's own scale for a quantity: positions 0…1000 along the log or linear scale, except for a whole-number
 * quantity on a linear scale with at most 1000 values, whose positions are the values themselves (min…max, step 1), so
 * every position is a value and both ends are exactly reachable (a step of 1000/span is not, in floating point).
 */
export function sliderRange(spec: QuantitySpec): { min: number; max: number } {
  return wholeSteps(spec) ? { min: spec.min, max: spec.max } : { min: 0, max: 1000 };
}

function wholeSteps(spec: QuantitySpec): boolean {
  const span = spec.max - spec.min;
  return !!spec.integer && spec.scale !== 'log' && span >= 1 && span <= 1000 && Number.isInteger(spec.min);
}

/** Unrounded slider position of a value (see sliderRange), clamped to the range. */
function exactPosition(spec: QuantitySpec, value: number): number {
  const { min, max } = spec;
  if (wholeSteps(spec)) return Math.min(max, Math.max(min, value));
  const f = spec.scale === 'log' ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
  return Math.min(1000, Math.max(0, f * 1000));
}

/** Slider position for a quantity (see sliderRange), on its log or linear scale. */
export function toSlider(spec: QuantitySpec, value: number): number {
  return Math.round(exactPosition(spec, value));
}

/** The keys a slider answers, as the WAI-ARIA slider pattern defines them. */
export const SLIDER_KEYS = ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'] as const;
export type SliderKey = (typeof SLIDER_KEYS)[number];

/**
 * The value a slider key moves to from `value`, following the WAI-ARIA slider pattern: → / ↑ the next distinct value
 * the slider can show, ← / ↓ the previous one, PageUp / PageDown a tenth of the range (at least one distinct value),
 * Home / End the minimum / maximum. The browser's own step arithmetic cannot do this for our sliders: a position is
 * turned into a rounded value (a whole number, a multiple of `step`, three significant digits), and the next position
 * often rounds back to the same value, so the thumb would never move. Here the search goes on, position by position,
 * until the rounded value differs. Returns `value` itself only at the end of the range.
 */
export function stepValue(spec: QuantitySpec, value: number, key: SliderKey): number {
  if (key === 'Home') return spec.min;
  if (key === 'End') return spec.max;
  const dir = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' ? 1 : -1;
  const start = exactPosition(spec, value);
  const range = sliderRange(spec);
  if (key === 'PageUp' || key === 'PageDown') {
    // A tenth of the range, as browsers do for a range input; at least one distinct value (the loop below).
    const v = fromSlider(spec, start + (dir * (range.max - range.min)) / 10);
    if (dir * (v - value) > 0) return v;
  }
  // Whole positions first (one per press when rounding allows), then the slider's ends.
  for (let k = 1; k <= range.max - range.min; k++) {
    const position = dir > 0 ? Math.floor(start) + k : Math.ceil(start) - k;
    if (position < range.min || position > range.max) break;
    const v = fromSlider(spec, position);
    if (dir * (v - value) > 0) return v;
  }
  const end = dir > 0 ? spec.max : spec.min;
  return dir * (end - value) > 0 ? end : value;
}

/**
 * Value for a slider position (see sliderRange): a whole number, a multiple of `step`, or rounded to three significant
 * digits so URLs stay readable.
 */
export function fromSlider(spec: QuantitySpec, position: number): number {
  if (wholeSteps(spec)) return Math.min(spec.max, Math.max(spec.min, Math.round(position)));
  const f = Math.min(1000, Math.max(0, position)) / 1000;
  const { min, max } = spec;
  let v = spec.scale === 'log' ? min * (max / min) ** f : min + f * (max - min);
  if (spec.integer) v = Math.round(v);
  else if (spec.step) v = Math.round(v / spec.step) * spec.step;
  else v = +v.toPrecision(3);
  return Math.min(max, Math.max(min, +v.toPrecision(12)));
}
