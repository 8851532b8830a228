/**
 * What the frame's download and cite buttons make: the plotted data as CSV and the "cite this figure" text. Only
 * components/figure/actions.ts imports this module, so it (and the data sets' sources) loads on the first click, not
 * with the figure. Its words come from the catalogues of the page's language: the actions' (src/i18n/cite/<lang>.ts,
 * loaded by loadCiteMessages on the first click, for that language
 * only).
 */
import type { Lang } from '../../i18n';
import { CONTENT_LICENSE } from '../../lib/license';
import { DATASET_SOURCES, type DatasetId } from '../../data/sources';
import type { CiteMessages } from '../../i18n/cite/en';
import type { FrameMessages } from '../../i18n/frame/en';
import { encodeValue, type AnyValue } from './params';
import type { DataTable, FigureDef } from './types';

/** The actions' words, one language each: a plain dynamic import(), so a reader's browser fetches only theirs. */
const CITE_WORDS: Record<Lang, () => Promise<{ default: CiteMessages }>> = {
  zh: () => import('../../i18n/cite/zh'),
  en: () => import('../../i18n/cite/en'),
};

/** The actions' catalogue in `lang` (src/i18n/cite/<lang>.ts): citationText, datasetCitation, the attribution. */
export async function loadCiteMessages(lang: Lang): Promise<CiteMessages> {
  return (await CITE_WORDS[lang]()).default;
}

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
  /** The actions' catalogue in the page's language (src/i18n/cite/<lang>.ts, loadCiteMessages): its `figure` words the citation. */
  words: Pick<CiteMessages, 'figure'>;
  url: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
  siteTitle: string;
  /** "Data: …", the data sets the figure is built on, worded by `datasetCitation` (absent for a figure drawn from papers' formulas). */
  data?: string;
}

/**
 * The data sets behind a figure (its definition's `data`) as a citation names them, in the language of `words` and
 * `frame` (the page's: see loadCiteMessages); undefined when it has none. Example (en): "Data: Ruan, Maddison &
 * Hashimoto 2024, ObsScaling (ryoungj/ObsScaling, eval_results/base_llm_benchmark_eval.csv, commit 4d6e1e4, Apache-2.0)".
 */
export function datasetCitation(
  ids: readonly DatasetId[] | undefined,
  words: Pick<CiteMessages, 'authors' | 'dataset' | 'separator'>,
  frame: Pick<FrameMessages, 'ui' | 'colon'>,
): string | undefined {
  if (!ids?.length) return undefined;
  const list = ids.map((id) => {
    const s = DATASET_SOURCES[id];
    return words.dataset(words.authors[id], s.repo, s.file, s.commit, s.license);
  });
  return `${frame.ui['figure.data']}${frame.colon}${list.join(words.separator)}`;
}

/**
 * "Cite this figure": title, site, figure id, parameters, link, date, site version and the figure's license (the attribution
 * CC BY 4.0 asks for), worded by the actions' catalogue of the page's language (`figure`).
 */
export function citationText({ def, title, values, words, url, version, date, siteTitle, data }: CitationInput): string {
  const params = Object.entries(def.params).map(([name, spec]) => `${name}=${encodeValue(spec, values[name] ?? (spec.default as AnyValue))}`);
  return words.figure({ title, siteTitle, id: def.id, params, url, date, version, license: CONTENT_LICENSE, data });
}
