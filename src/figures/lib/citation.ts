/**
 * What the frame's download and cite buttons make: the plotted data as CSV and the "cite this figure" text. Only
 * components/figure/actions.ts imports this module, so it (and the data sets' sources) loads on the first click, not
 * with the figure.
 */
import type { Lang } from '../../i18n';
import { CONTENT_LICENSE } from '../../lib/license';
import { DATASET_SOURCES, type DatasetId } from '../../data/sources';
import type { FrameMessages } from '../../i18n/frame/en';
import datasetsEn from '../../i18n/datasets/en';
import datasetsZh from '../../i18n/datasets/zh';
import { encodeValue, type AnyValue } from './params';
import type { DataTable, FigureDef } from './types';

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The plotted data as CSV: a header of column labels, then full-precision numbers (not the rounded display). */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((c) => {
          const v = row[c.key];
          return csvField(v === undefined ? '' : typeof v === 'number' ? String(v) : v);
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface CitationInput {
  def: FigureDef;
  /** The figure's title as shown on the page (the browser reads it from the page; captions never ship in code). */
  title: string;
  values: Record<string, AnyValue>;
  lang: Lang;
  url: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
  siteTitle: string;
  /** "Data: …", the data sets the figure is built on, worded by `datasetCitation` (absent for a figure drawn from papers' formulas). */
  data?: string;
}

/**
 * The data sets behind a figure (its definition's `data`) as a citation names them, in `lang` (the frame's); undefined
 * when it has none. Example (en): "Data: Ruan, Maddison & Hashimoto 2024, ObsScaling (ryoungj/ObsScaling,
 * eval_results/base_llm_benchmark_eval.csv, commit 4d6e1e4, Apache-2.0)".
 */
export function datasetCitation(ids: readonly DatasetId[] | undefined, lang: Lang, frame: FrameMessages): string | undefined {
  if (!ids?.length) return undefined;
  const d = lang === 'zh' ? datasetsZh : datasetsEn;
  const list = ids.map((id) => {
    const s = DATASET_SOURCES[id];
    return d.cite(d.authors[id], s.repo, s.file, s.commit, s.license);
  });
  return `${frame.ui['figure.data']}${frame.colon}${list.join(d.separator)}`;
}

/**
 * "Cite this figure": title, site, figure id, parameters, link, date, site version and the figure's license (the attribution
 * CC BY 4.0 asks for), in the page's language.
 */
export function citationText({ def, title, values, lang, url, version, date, siteTitle, data }: CitationInput): string {
  const s = { title };
  const params = Object.entries(def.params)
    .map(([name, spec]) => `${name}=${encodeValue(spec, values[name] ?? (spec.default as AnyValue))}`)
    .join(', ');
  return lang === 'zh'
    ? `“${s.title}”，${siteTitle}，图 ${def.id}（参数：${params}），${url}，访问于 ${date}，网站版本 ${version}，采用 ${CONTENT_LICENSE.name} 许可（${CONTENT_LICENSE.url}）。${data ? `${data}。` : ''}`
    : `“${s.title}.” ${siteTitle}, figure ${def.id} (parameters: ${params}). ${url}. Accessed ${date}. Site version ${version}. Licensed under ${CONTENT_LICENSE.name} (${CONTENT_LICENSE.url}).${data ? ` ${data}.` : ''}`;
}
