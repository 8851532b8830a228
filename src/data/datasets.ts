/**
 * The data sets the site ships (see NOTICE and ./README.md): the raw CSV files as text, for the data page's row counts
 * and the /data/<name>.csv downloads. Build-time only (the files are read through Vite's `?raw`).
 */
import { csvParse } from 'd3-dsv';
import chinchillaCsv from './chinchilla-fig4-epoch.csv?raw';
import obsBenchmarkCsv from './obsscaling/base_llm_benchmark_eval.csv?raw';
import obsEmergentCsv from './obsscaling/base_llm_emergent_capability_eval.csv?raw';

export interface DataFile {
  /** File name without `.csv`: the download is /data/<name>.csv. */
  name: string;
  /** Path in the repository. */
  path: string;
  /** The file's text, exactly as shipped. */
  text: string;
  /** Data rows (the header excluded). */
  rows: number;
}

function file(name: string, path: string, text: string): DataFile {
  return { name, path, text, rows: csvParse(text).length };
}

export const DATA_FILES: readonly DataFile[] = [
  file('chinchilla-fig4-epoch', 'src/data/chinchilla-fig4-epoch.csv', chinchillaCsv),
  file('base_llm_benchmark_eval', 'src/data/obsscaling/base_llm_benchmark_eval.csv', obsBenchmarkCsv),
  file('base_llm_emergent_capability_eval', 'src/data/obsscaling/base_llm_emergent_capability_eval.csv', obsEmergentCsv),
];

/** The shipped file with this name. */
export function dataFile(name: string): DataFile {
  const f = DATA_FILES.find((d) => d.name === name);
  if (!f) throw new Error(`no data file ${name}`);
  return f;
}
