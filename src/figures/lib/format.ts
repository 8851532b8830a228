/** Pure helpers of the figure frame: table cells and the settings' summary (CSV and citations: ./citation.ts). */
import { formatNumber, formatPercent, formatQuantity, formatScientific } from '../../lib/numbers';
import type { Lang } from '../../i18n';
import { PUNCTUATION } from '../../i18n/frame/punctuation';
import { formatValue, type AnyValue } from './params';
import type { DataColumn, FigureDef, ParamWords } from './types';

/** A table cell as a reader sees it: 7B / 70亿, 5.9×10²³, 0.46, 46%. */
export function formatCell(column: DataColumn, value: number | string, lang: Lang): string {
  if (typeof value === 'string') return value;
  switch (column.format ?? 'number') {
    case 'quantity':
      return formatQuantity(value, lang, { digits: 3 });
    case 'scientific':
      return formatScientific(value, { digits: 3 });
    case 'percent':
      return formatPercent(value, lang, 3);
    case 'text':
      return String(value);
    default:
      return Math.abs(value) >= 1e5 || (value !== 0 && Math.abs(value) < 1e-3) ? formatScientific(value, { digits: 4 }) : formatNumber(value, lang, 4);
  }
}

/** A short human summary of the settings, for the figure's text alternative. */
export function describeValues(def: FigureDef, values: Record<string, AnyValue>, lang: Lang, words: Record<string, ParamWords>): string {
  const p = PUNCTUATION[lang];
  return Object.entries(def.params)
    .map(([name, spec]) => p.setting(words[name]?.label ?? name, formatValue(spec, values[name] ?? (spec.default as AnyValue), lang)))
    .join(p.settingSeparator);
}
