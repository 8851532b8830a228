/**
 * What the figure frame's actions write, in English: "cite this figure", the attribution CC BY 4.0 asks for under an
 * exported or embedded figure, and the shipped data sets a figure is built on (`data` in its definition, ids from
 * src/data/sources.ts): their link text under a figure's source line (written by the build, Figure.astro) and how a
 * citation names them. The browser loads this module, or ./zh.ts, by a plain dynamic import() on a reader's first
 * download, citation or embed (src/figures/lib/citation.ts, loadCiteMessages): not with the frame's catalogue
 * (../frame/en.ts), which every woken figure loads. The Chinese one (./zh.ts) is typed by this one, so a key missing in
 * either fails the type check, and so does a data set without its words here.
 */
import type { DatasetId } from '../../data/sources';

/** What "cite this figure" names (src/figures/lib/citation.ts, citationText). */
export interface CiteWords {
  /** The figure's title as the page shows it. */
  title: string;
  siteTitle: string;
  /** The figure's id. */
  id: string;
  /** Its parameters as `name=value`, as in its link. */
  params: readonly string[];
  url: string;
  /** The day the reader cites it, YYYY-MM-DD. */
  date: string;
  /** The site's version (its `site-version` meta). */
  version: string;
  /** The figure's license (src/lib/license.ts). */
  license: { name: string; url: string };
  /** "Data: …", the data sets the figure is built on (citation.ts, datasetCitation); absent for a figure drawn from papers' formulas. */
  data?: string;
}

/**
 * What the attribution line CC BY 4.0 asks for names (src/lib/attribution.ts). The same template writes the exported
 * files' line and the embed snippet's HTML, so each piece is text or, for the snippet, already-escaped HTML: it only
 * places them.
 */
export interface AttributionWords {
  title: string;
  siteTitle: string;
  url: string;
  /** The license's name. */
  license: string;
}

const en = {
  link: {
    'chinchilla-runs': 'Chinchilla training runs (Epoch AI’s extraction)',
    'obsscaling-benchmarks': 'ObsScaling base models and benchmark scores',
    'obsscaling-emergent': 'ObsScaling emergent BIG-bench tasks',
  } satisfies Record<DatasetId, string>,
  /** Who made the data set, as a citation names them. */
  authors: {
    'chinchilla-runs': 'Hoffmann et al. 2022, Fig. 4, extracted by Besiroglu, Erdil, Barnett & You 2024',
    'obsscaling-benchmarks': 'Ruan, Maddison & Hashimoto 2024, ObsScaling',
    'obsscaling-emergent': 'Ruan, Maddison & Hashimoto 2024, ObsScaling',
  } satisfies Record<DatasetId, string>,
  /** One data set in a citation: its authors, then repository, file, commit and licence (null where none is recorded or published). */
  dataset: (authors: string, repo: string, file: string, commit: string | null, license: string | null) =>
    `${authors} (${repo}, ${file}${commit ? `, commit ${commit}` : ''}, ${license ?? 'no license file published'})`,
  /** Between two data sets, in the source line and in a citation. */
  separator: '; ',
  /** "Cite this figure": title, site, figure, parameters, link, date, site version, license, then the data, if any. */
  figure: (p: CiteWords) =>
    `“${p.title}.” ${p.siteTitle}, figure ${p.id} (parameters: ${p.params.join(', ')}). ${p.url}. Accessed ${p.date}. Site version ${p.version}. ` +
    `Licensed under ${p.license.name} (${p.license.url}).${p.data ? ` ${p.data}.` : ''}`,
  /** Said when the browser cannot make a figure's PNG (the download's other formats still work). */
  pngFailed: 'This browser could not make the PNG; download the SVG instead.',
  /** The attribution line CC BY 4.0 asks for, under an exported figure and an embedded one. */
  attribution: (p: AttributionWords) => `“${p.title}”, ${p.siteTitle} (${p.url}), ${p.license}.`,
};
export default en;
export type CiteMessages = typeof en;
