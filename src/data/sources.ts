/**
 * The data sets the site ships, by the anchor of their entry on the data page (`/<lang>/data/#<id>`), with what a citation
 * of each needs besides its authors' names (those are words: src/i18n/cite/<lang>.ts, `authors`). A figure built on one
 * names it in its definition (`data: ['obsscaling-benchmarks']`, src/figures/lib/types.ts); the figure frame then links
 * its source line to the data page and "cite this figure" names the data. Browser-safe: a few strings, no file access.
 * The files themselves, their licences and row counts: ./datasets.ts, ./README.md, NOTICE.
 */

/** Data-page anchors, one per data set (src/pages/[lang]/data/index.astro). */
export const DATASET_IDS = ['chinchilla-runs', 'obsscaling-benchmarks', 'obsscaling-emergent'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** Where a data set was taken from: repository, file in it, commit (null where none was recorded) and licence (null: none published). */
export interface DatasetSource {
  repo: string;
  file: string;
  commit: string | null;
  license: string | null;
}

/** The ObsScaling release commit the two CSV files were copied from (ryoungj/ObsScaling, folder eval_results/). */
export const OBSSCALING_COMMIT = '4d6e1e43fd2635d04654aa77d1df9d5266ea0382';

export const DATASET_SOURCES: Readonly<Record<DatasetId, DatasetSource>> = {
  // Besiroglu, Erdil, Barnett & You 2024 (arXiv 2404.10102): Hoffmann et al. 2022, Fig. 4, read off its SVG. No licence file.
  'chinchilla-runs': { repo: 'epoch-research/analyzing-chinchilla', file: 'data/svg_extracted_data.csv', commit: null, license: null },
  // Ruan, Maddison & Hashimoto 2024 (arXiv 2405.10938), Apache-2.0 (src/data/obsscaling/LICENSE).
  'obsscaling-benchmarks': { repo: 'ryoungj/ObsScaling', file: 'eval_results/base_llm_benchmark_eval.csv', commit: OBSSCALING_COMMIT.slice(0, 7), license: 'Apache-2.0' },
  'obsscaling-emergent': { repo: 'ryoungj/ObsScaling', file: 'eval_results/base_llm_emergent_capability_eval.csv', commit: OBSSCALING_COMMIT.slice(0, 7), license: 'Apache-2.0' },
};
