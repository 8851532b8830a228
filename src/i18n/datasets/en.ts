/**
 * The shipped data sets a figure is built on (`data` in its definition, ids from src/data/sources.ts), in English: the
 * link text under a figure's source line, to the data set's entry on the data page (written by the build, Figure.astro),
 * and how "cite this figure" names the data (src/figures/lib/citation.ts: the browser loads this module, or ./zh.ts, by a
 * plain dynamic import() when a reader first cites a figure built on data). Not part of the frame's catalogue
 * (../frame/en.ts), which a woken figure loads. The Chinese one (./zh.ts) is typed by this one, so a
 * key missing in either fails the type check, and so does a data set without its words here.
 */
import type { DatasetId } from '../../data/sources';

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
  cite: (authors: string, repo: string, file: string, commit: string | null, license: string | null) =>
    `${authors} (${repo}, ${file}${commit ? `, commit ${commit}` : ''}, ${license ?? 'no license file published'})`,
  /** Between two data sets, in the source line and in a citation. */
  separator: '; ',
};
export default en;
export type DatasetMessages = typeof en;
