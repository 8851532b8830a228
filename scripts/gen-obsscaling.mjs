// Generates src/data/obsscaling.ts from the two CSV files of the Observational Scaling Laws release
// (Ruan, Maddison & Hashimoto 2024, arXiv 2405.10938; ryoungj/ObsScaling @ 4d6e1e4), shipped unchanged in
// src/data/obsscaling/. Run from the repository root: `npm run gen:data` (or `node scripts/gen-obsscaling.mjs`).
// tests/unit/data/obsscaling.test.ts re-reads the CSVs and fails if the generated module disagrees with them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'src/data/obsscaling');
const OUT = join(root, 'src/data/obsscaling.ts');
const OUT_SIZES = join(root, 'src/data/obsscaling-sizes.ts');
const OUT_BENCHMARKS = join(root, 'src/data/obsscaling-benchmarks.ts');
const OUT_EMERGENT = join(root, 'src/data/obsscaling-emergent.ts');

const BENCHMARK_FILE = 'base_llm_benchmark_eval.csv';
const EMERGENT_FILE = 'base_llm_emergent_capability_eval.csv';
/** Column names of the benchmark file that describe the model rather than score it. */
const META = { id: 'Model', family: 'Model Family', params: 'Model Size (B)', tokens: 'Pretraining Data Size (T)', flops: 'FLOPs (1E21)' };
/** Unit of each scaled column: the CSV gives billions of parameters, trillions of tokens, units of 1e21 FLOPs. */
const SCALE = { params: 1e9, tokens: 1e12, flops: 1e21 };

/** An empty cell is a missing value (null); anything else must parse as a finite number. */
function num(cell, where) {
  if (cell === undefined) throw new Error(`${where}: no such column`);
  if (cell.trim() === '') return null;
  const x = Number(cell);
  if (!Number.isFinite(x)) throw new Error(`${where}: not a number: ${JSON.stringify(cell)}`);
  return x;
}
const scaled = (cell, unit, where) => {
  const x = num(cell, where);
  return x === null ? null : x * unit;
};
/**
 * A number or null as TypeScript source. Both forms round-trip every double exactly; integers of 2^53 or more are
 * written with an exponent (7.38e20, not 738000000000000000000), which TypeScript would flag as imprecise.
 */
const lit = (x) => (x === null ? 'null' : Math.abs(x) >= 2 ** 53 ? x.toExponential() : String(x));

const bench = csvParse(readFileSync(join(dir, BENCHMARK_FILE), 'utf8'));
const emergent = csvParse(readFileSync(join(dir, EMERGENT_FILE), 'utf8'));
const metaCols = new Set(Object.values(META));
const benchmarks = bench.columns.filter((c) => !metaCols.has(c));
const tasks = emergent.columns.filter((c) => c !== META.id);
for (const c of Object.values(META)) if (!bench.columns.includes(c)) throw new Error(`${BENCHMARK_FILE}: missing column ${c}`);

const byId = new Map();
for (const [i, row] of emergent.entries()) {
  if (byId.has(row.Model)) throw new Error(`${EMERGENT_FILE}: duplicate model ${row.Model}`);
  byId.set(row.Model, { row, i });
}
const seen = new Set();
const models = bench.map((row, i) => {
  const where = `${BENCHMARK_FILE} row ${i + 2}`;
  const id = row[META.id];
  if (seen.has(id)) throw new Error(`${where}: duplicate model ${id}`);
  seen.add(id);
  const e = byId.get(id);
  return {
    id,
    family: row[META.family],
    params: scaled(row[META.params], SCALE.params, `${where} params`),
    tokens: scaled(row[META.tokens], SCALE.tokens, `${where} tokens`),
    flops: scaled(row[META.flops], SCALE.flops, `${where} flops`),
    scores: benchmarks.map((b) => num(row[b], `${where} ${b}`)),
    emergent: e ? tasks.map((t) => num(e.row[t], `${EMERGENT_FILE} row ${e.i + 2} ${t}`)) : null,
  };
});
for (const id of byId.keys()) if (!seen.has(id)) throw new Error(`${EMERGENT_FILE}: model ${id} is not in ${BENCHMARK_FILE}`);

const count = (pred) => models.filter(pred).length;
const counts = {
  models: models.length,
  emergentModels: emergent.length,
  missingParams: count((m) => m.params === null),
  missingTokens: count((m) => m.tokens === null),
  missingFlops: count((m) => m.flops === null),
  emergentMissingFlops: count((m) => m.emergent !== null && m.flops === null),
};

const sizesBody = models
  .map(
    (m) => `  {
    id: ${JSON.stringify(m.id)},
    family: ${JSON.stringify(m.family)},
    params: ${lit(m.params)},
    tokens: ${lit(m.tokens)},
    flops: ${lit(m.flops)},
  },`,
  )
  .join('\n');
// Scores as rows in column order (BENCHMARKS, EMERGENT_TASKS), keyed when the module loads: repeating eight column names
// on each of 148 rows would cost about 3 KB gzip in the figure's chunk. 8 significant digits of each score: what a
// benchmark mean carries and more (MMLU has 14,042 questions), and ~3.9 KB gzip less than the CSV's 16. The two kinds of
// score are separate files (obsscaling-benchmarks.ts, obsscaling-emergent.ts) because each is drawn by one figure.
const score = (x) => (x === null ? null : Number(x.toPrecision(8)));
const row = (values) => `[${values.map((x) => lit(score(x))).join(', ')}]`;

const HEADER = (what) => `/**
 * GENERATED by scripts/gen-obsscaling.mjs from src/data/obsscaling/${BENCHMARK_FILE} and
 * src/data/obsscaling/${EMERGENT_FILE}: do not edit by hand. To regenerate, run \`npm run gen:data\`
 * from the repository root. tests/unit/data/obsscaling.test.ts re-reads the CSV files and checks every value.
 * ${what}
 *
 * Source: Ruan, Maddison & Hashimoto 2024, "Observational Scaling Laws and the Predictability of Language Model
 * Performance" (arXiv 2405.10938); repository ryoungj/ObsScaling, commit 4d6e1e4, folder eval_results/;
 * Apache-2.0 (src/data/obsscaling/LICENSE). See NOTICE and src/data/README.md.
 *
 * Units are converted from the CSV's: parameters from billions, tokens from trillions, FLOPs from units of 1e21
 * (each cell multiplied by 1e9, 1e12, 1e21). Scores keep 8 significant digits of the CSV's (fractions in [0, 1], except
 * the BLEU column, which is on BLEU's 0-100 scale): the CSV writes 16, which a mean over a few thousand questions does
 * not carry. An empty cell is null: missing values are never filled in.
 *
 * Browser-safe: plain data, no file access at run time.
 */`;

const sizesOut = `${HEADER("This file holds each model's name, family, size, tokens and FLOPs only, so that a figure that needs no scores (model-gallery) does not download them; obsscaling.ts adds the scores.")}

/** One public base model's metadata. null marks a value the release does not give. */
export interface ObsSize {
  /** Hugging Face model name, the CSV's \`${META.id}\` column. */
  id: string;
  /** The CSV's \`${META.family}\` column. */
  family: string;
  /** Parameters (count): \`${META.params}\` × 1e9. */
  params: number | null;
  /** Pretraining tokens (count): \`${META.tokens}\` × 1e12. */
  tokens: number | null;
  /** Training FLOPs: \`${META.flops}\` × 1e21. */
  flops: number | null;
}

/** The ${models.length} models, in the order of ${BENCHMARK_FILE}. */
export const obsSizes: readonly ObsSize[] = [
${sizesBody}
];
`;
const rowOf = new Map(models.map((m, i) => [m.id, i]));
// The BIG-bench scores by the model's row in the benchmark file (its metadata is in obsscaling-sizes.ts), in the
// emergence file's order.
const emergentBody = emergent.map((r) => `  [${rowOf.get(r.Model)}, ${row(models[rowOf.get(r.Model)].emergent)}],`).join('\n');

const benchmarksOut = `${HEADER(`The benchmark scores of ${BENCHMARK_FILE} only: benchmarks-vs-compute downloads this file, and no other figure does. The BIG-bench scores are in obsscaling-emergent.ts, the metadata in obsscaling-sizes.ts.`)}

import type { ObsSize } from './obsscaling-sizes';
import { obsSizes } from './obsscaling-sizes';

/** The benchmark columns of ${BENCHMARK_FILE}, in file order (names exactly as in the CSV header). */
export const BENCHMARKS = ${JSON.stringify(benchmarks)} as const;
export type Benchmark = (typeof BENCHMARKS)[number];

/** One public base model: its metadata (ObsSize) and its benchmark scores. null marks a value the release does not give. */
export interface ScoredModel extends ObsSize {
  /** Benchmark scores from ${BENCHMARK_FILE}. */
  scores: Readonly<Record<Benchmark, number | null>>;
}

/** Per model, in the order of ${BENCHMARK_FILE}: its benchmark scores in column order. */
const SCORE_ROWS: readonly (readonly (number | null)[])[] = [
${models.map((m) => `  ${row(m.scores)},`).join('\n')}
];

/** The ${models.length} models with their benchmark scores, in the order of ${BENCHMARK_FILE}. */
export const scoredModels: readonly ScoredModel[] = SCORE_ROWS.map((scores, i) => ({
  ...obsSizes[i],
  scores: Object.fromEntries(BENCHMARKS.map((b, j) => [b, scores[j]])) as Record<Benchmark, number | null>,
}));

/**
 * Chance level of each benchmark as the release scores it: the expected score of a uniform random guess.
 * Given only where the benchmark's own paper fixes it; TruthfulQA (the Open LLM Leaderboard's MC2 score, a share of
 * probability on true answers whose number of options varies by question) has none here.
 */
export const CHANCE: Readonly<Partial<Record<Benchmark, number>>> = {
  // Hendrycks et al. 2021, "Measuring Massive Multitask Language Understanding" (arXiv 2009.03300): four answer choices per question.
  MMLU: 0.25,
  // Clark et al. 2018, "Think you have Solved Question Answering? Try ARC" (arXiv 1803.05457): questions with (almost all) four options.
  'ARC-C': 0.25,
  // Zellers et al. 2019, "HellaSwag: Can a Machine Really Finish Your Sentence?" (arXiv 1905.07830): pick one of four endings.
  HellaSwag: 0.25,
  // Sakaguchi et al. 2020, "WinoGrande" (arXiv 1907.10641): two options per sentence. The CSV's "Winograd" column is the Open LLM
  // Leaderboard's Winogrande score (ObsScaling README, "Collecting Additional Benchmark Results").
  Winograd: 0.5,
  // Tikhonov & Ryabinin 2021, "It's All in the Heads" (arXiv 2106.12066), XWinograd: Winograd schemas, two candidates each.
  XWinograd: 0.5,
  // Cobbe et al. 2021, "Training Verifiers to Solve Math Word Problems" (arXiv 2110.14168): a free-form numeric answer, so guessing scores 0.
  GSM8K: 0,
  // Chen et al. 2021, "Evaluating Large Language Models Trained on Code" (arXiv 2107.03374): pass@1 on unit tests, so guessing scores 0.
  HumanEval: 0,
};
`;

const emergentOut = `${HEADER(`The BIG-bench task scores of ${EMERGENT_FILE} only: real-emergence downloads this file, and no other figure does. The benchmark scores are in obsscaling-benchmarks.ts, the metadata in obsscaling-sizes.ts.`)}

import type { ObsSize } from './obsscaling-sizes';
import { obsSizes } from './obsscaling-sizes';

/** The BIG-bench task columns of ${EMERGENT_FILE}, in file order (names exactly as in the CSV header). */
export const EMERGENT_TASKS = ${JSON.stringify(tasks)} as const;
export type EmergentTask = (typeof EMERGENT_TASKS)[number];

/** A model of ${EMERGENT_FILE}: its metadata (ObsSize) and its BIG-bench task scores (null where the release gives none). */
export interface EmergentModel extends ObsSize {
  emergent: Readonly<Record<EmergentTask, number | null>>;
}

/**
 * Per row of ${EMERGENT_FILE}, in that file's order: the model's row in ${BENCHMARK_FILE} (its metadata in
 * obsSizes; the names are not repeated here) and its task scores in column order.
 */
const EMERGENT_ROWS: readonly (readonly [number, readonly (number | null)[]])[] = [
${emergentBody}
];

/** Keyed once, when the module loads: real-emergence reads them on every update. */
const MODELS: readonly EmergentModel[] = EMERGENT_ROWS.map(([row, values]) => ({
  ...obsSizes[row],
  emergent: Object.fromEntries(EMERGENT_TASKS.map((t, j) => [t, values[j]])) as Record<EmergentTask, number | null>,
}));

/** The ${emergent.length} models of ${EMERGENT_FILE} with their task scores, in that file's order. */
export function emergentModels(): readonly EmergentModel[] {
  return MODELS;
}
`;

const out = `${HEADER('The whole release in one place, for the data page and the tests: obsscaling-sizes.ts (metadata), obsscaling-benchmarks.ts and obsscaling-emergent.ts (scores) are split so that each figure downloads only what it draws.')}

import { type Benchmark, BENCHMARKS, CHANCE, type ScoredModel, scoredModels } from './obsscaling-benchmarks';
import { type EmergentModel, type EmergentTask, EMERGENT_TASKS, emergentModels } from './obsscaling-emergent';
import { type ObsSize, obsSizes } from './obsscaling-sizes';

export { type Benchmark, BENCHMARKS, CHANCE, type EmergentModel, type EmergentTask, EMERGENT_TASKS, emergentModels, type ObsSize, obsSizes, type ScoredModel };

/** One public base model: its metadata (ObsSize) and scores. null marks a value the release does not give. */
export interface ObsModel extends ScoredModel {
  /** BIG-bench task scores from ${EMERGENT_FILE}; null when the model is not in that file. */
  emergent: Readonly<Record<EmergentTask, number | null>> | null;
}

const emergentById = new Map(emergentModels().map((m) => [m.id, m.emergent]));

/** The ${models.length} models, in the order of ${BENCHMARK_FILE}. */
export const obsModels: readonly ObsModel[] = scoredModels.map((m) => ({ ...m, emergent: emergentById.get(m.id) ?? null }));

/** The ${emergent.length} model ids of ${EMERGENT_FILE}, in that file's order. */
export const obsEmergentOrder: readonly string[] = [...emergentById.keys()];

/** Row counts of the two files and how many rows lack a value needed to place a model on a compute axis. */
export const OBS_COUNTS = {
  /** Rows of ${BENCHMARK_FILE}. */
  models: ${counts.models},
  /** Rows of ${EMERGENT_FILE}. */
  emergentModels: ${counts.emergentModels},
  /** Models without a parameter count. */
  missingParams: ${counts.missingParams},
  /** Models without a pretraining token count. */
  missingTokens: ${counts.missingTokens},
  /** Models without training FLOPs. */
  missingFlops: ${counts.missingFlops},
  /** Models of ${EMERGENT_FILE} without training FLOPs. */
  emergentMissingFlops: ${counts.emergentMissingFlops},
} as const;

/** The model with this Hugging Face name, if the release has it. */
export function obsModel(id: string): ObsModel | undefined {
  return obsModels.find((m) => m.id === id);
}

/** Models that have training FLOPs (the ones a plot against compute can place), in file order. */
export function withFlops(models: readonly ObsModel[] = obsModels): (ObsModel & { flops: number })[] {
  return models.filter((m): m is ObsModel & { flops: number } => m.flops !== null);
}

/** Model families in order of first appearance. */
export function obsFamilies(models: readonly ObsSize[] = obsModels): string[] {
  return [...new Set(models.map((m) => m.family))];
}
`;

writeFileSync(OUT_SIZES, sizesOut);
writeFileSync(OUT, out);
writeFileSync(OUT_BENCHMARKS, benchmarksOut);
writeFileSync(OUT_EMERGENT, emergentOut);
// Format with the repository's own Biome settings, so the generated files pass `npm run lint` as written.
execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', OUT, OUT_SIZES, OUT_BENCHMARKS, OUT_EMERGENT], { stdio: 'ignore' });
console.log(`wrote ${OUT}: ${JSON.stringify(counts)}`);
