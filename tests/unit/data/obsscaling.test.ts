// The shipped Observational Scaling Laws files (src/data/obsscaling/) against their recorded SHA-256 and the release copy,
// and the generated module src/data/obsscaling.ts against the CSV files, re-read here with d3-dsv: every number, every
// missing value, the row order and the counts.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  BENCHMARKS,
  CHANCE,
  EMERGENT_TASKS,
  emergentModels,
  OBS_COUNTS,
  type ObsModel,
  obsEmergentOrder,
  obsFamilies,
  obsModel,
  obsModels,
  withFlops,
} from '../../../src/data/obsscaling';

const root = join(__dirname, '../../..');
const dataDir = join(root, 'src/data');
const shipped = join(dataDir, 'obsscaling');
/** The copy of the release this project was given (absent in a clean clone, e.g. on CI). */
const release = join(root, '../shared/data/obsscaling');
const FILES = ['base_llm_benchmark_eval.csv', 'base_llm_emergent_capability_eval.csv', 'LICENSE'];

const read = (file: string) => readFileSync(join(shipped, file), 'utf8');
const bench = csvParse(read('base_llm_benchmark_eval.csv'));
const emergent = csvParse(read('base_llm_emergent_capability_eval.csv'));

/** A CSV cell as the module must hold it: empty → null, otherwise the number times `unit`. */
function cell(row: DSVRowString, column: string, unit = 1): number | null {
  const text = row[column];
  if (text === undefined) throw new Error(`no column ${column}`);
  return text.trim() === '' ? null : Number(text) * unit;
}

/** Every disagreement between `models` and the two CSV files, as readable strings (empty when they agree). */
function mismatches(models: readonly ObsModel[]): string[] {
  const out: string[] = [];
  const same = (where: string, got: unknown, want: unknown) => {
    if (!Object.is(got, want)) out.push(`${where}: module ${String(got)}, CSV ${String(want)}`);
  };
  same('row count', models.length, bench.length);
  const emergentById = new Map(emergent.map((r) => [r.Model, r]));
  bench.forEach((row, i) => {
    const m = models[i];
    const where = `row ${i + 2} (${row.Model})`;
    if (!m) return out.push(`${where}: missing from the module`);
    same(`${where} id`, m.id, row.Model);
    same(`${where} family`, m.family, row['Model Family']);
    same(`${where} params`, m.params, cell(row, 'Model Size (B)', 1e9));
    same(`${where} tokens`, m.tokens, cell(row, 'Pretraining Data Size (T)', 1e12));
    same(`${where} flops`, m.flops, cell(row, 'FLOPs (1E21)', 1e21));
    for (const b of BENCHMARKS) same(`${where} ${b}`, m.scores[b], cell(row, b));
    same(`${where} score columns`, Object.keys(m.scores).length, BENCHMARKS.length);
    const e = emergentById.get(row.Model);
    if (!e) same(`${where} emergent`, m.emergent, null);
    else if (!m.emergent) out.push(`${where}: emergent scores missing`);
    else for (const t of EMERGENT_TASKS) same(`${where} ${t}`, m.emergent[t], cell(e, t));
  });
  return out;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('shipped ObsScaling files', () => {
  it('match the SHA-256 recorded in src/data/README.md (and the release copy, where this checkout has it)', () => {
    const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
    const recorded = new Map([...readme.matchAll(/^\| `([^`]+)` \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], m[2]]));
    for (const file of FILES) {
      expect(recorded.get(`obsscaling/${file}`), `README records ${file}`).toMatch(/^[0-9a-f]{64}$/);
      expect(sha256(join(shipped, file)), file).toBe(recorded.get(`obsscaling/${file}`));
    }
    expect(sha256(join(dataDir, 'chinchilla-fig4-epoch.csv'))).toBe(recorded.get('chinchilla-fig4-epoch.csv'));
    // The release copy lives outside the repository (../shared): compared byte for byte when present.
    if (existsSync(release)) for (const file of FILES) expect(readFileSync(join(shipped, file)).equals(readFileSync(join(release, file))), file).toBe(true);
  });

  it('the LICENSE beside them is the Apache License 2.0', () => {
    expect(read('LICENSE')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
  });

  it('have the columns the module is generated from', () => {
    expect(bench.columns.slice(0, 5)).toEqual(['Model', 'Model Family', 'Model Size (B)', 'Pretraining Data Size (T)', 'FLOPs (1E21)']);
    expect(bench.columns.slice(5)).toEqual([...BENCHMARKS]);
    expect(emergent.columns).toEqual(['Model', ...EMERGENT_TASKS]);
    expect(EMERGENT_TASKS).toContain('ipa_transliterate_2_exact_match');
    expect(EMERGENT_TASKS).toContain('ipa_transliterate_2_bleu');
  });
});

describe('src/data/obsscaling.ts (generated)', () => {
  it('agrees with the CSV files row by row: every number, every missing value, file order', () => {
    expect(mismatches(obsModels)).toEqual([]);
    expect(obsEmergentOrder).toEqual(emergent.map((r) => r.Model));
    expect(emergentModels().map((m) => m.id)).toEqual([...obsEmergentOrder]);
  });

  it('the comparison catches an edited value, a zero-filled gap and a dropped row', () => {
    const edited = obsModels.map((m) => ({ ...m, scores: { ...m.scores } }));
    edited[1].scores.MMLU = 0.5434;
    expect(mismatches(edited)).toEqual([expect.stringMatching(/^row 3 \(meta-llama\/Llama-2-13b-hf\) MMLU: module 0\.5434/)]);
    const filled = obsModels.map((m) => (m.flops === null ? { ...m, flops: 0 } : m));
    expect(mismatches(filled)).toHaveLength(OBS_COUNTS.missingFlops);
    expect(mismatches(obsModels.slice(1)).length).toBeGreaterThan(1);
    const blanked = obsModels.map((m, i) => (i === 0 ? { ...m, emergent: null } : m));
    expect(mismatches(blanked)).toEqual([expect.stringMatching(/^row 2 .*emergent scores missing/)]);
  });

  it('keeps missing values missing: empty cells are null, never 0', () => {
    const emptyCells = bench.reduce((n, r) => n + bench.columns.filter((c) => r[c]!.trim() === '').length, 0);
    const nulls = obsModels.reduce((n, m) => n + [m.params, m.tokens, m.flops, ...Object.values(m.scores)].filter((v) => v === null).length, 0);
    expect(nulls).toBe(emptyCells);
    expect(emptyCells).toBeGreaterThan(0);
    const emptyEmergent = emergent.reduce((n, r) => n + EMERGENT_TASKS.filter((t) => r[t]!.trim() === '').length, 0);
    const nullEmergent = obsModels.reduce((n, m) => n + (m.emergent ? Object.values(m.emergent).filter((v) => v === null).length : 0), 0);
    expect(nullEmergent).toBe(emptyEmergent);
    expect(emptyEmergent).toBeGreaterThan(0);
  });

  it('counts the rows and the rows lacking parameters, tokens or FLOPs, from the CSV', () => {
    const empty = (col: string) => bench.filter((r) => r[col]!.trim() === '').length;
    const noFlops = new Set(bench.filter((r) => r['FLOPs (1E21)']!.trim() === '').map((r) => r.Model));
    expect(OBS_COUNTS).toEqual({
      models: bench.length,
      emergentModels: emergent.length,
      missingParams: empty('Model Size (B)'),
      missingTokens: empty('Pretraining Data Size (T)'),
      missingFlops: noFlops.size,
      emergentMissingFlops: emergent.filter((r) => noFlops.has(r.Model)).length,
    });
    // The numbers themselves, as documented in src/data/README.md and shown on the data page.
    expect(OBS_COUNTS).toEqual({ models: 148, emergentModels: 84, missingParams: 0, missingTokens: 25, missingFlops: 25, emergentMissingFlops: 11 });
    expect(withFlops()).toHaveLength(OBS_COUNTS.models - OBS_COUNTS.missingFlops);
    expect(withFlops().every((m) => m.flops > 0)).toBe(true);
  });

  it('the release’s FLOPs are 6 × parameters × tokens wherever all three are given', () => {
    const full = obsModels.filter((m) => m.flops !== null && m.params !== null && m.tokens !== null);
    expect(full).toHaveLength(withFlops().length);
    for (const m of full) expect(m.flops! / (6 * m.params! * m.tokens!), m.id).toBeCloseTo(1, 9);
  });

  it('accessors: a model by name, families in order of first appearance', () => {
    expect(obsModel('meta-llama/Llama-2-13b-hf')).toMatchObject({ family: 'Llama-2', params: 13e9, tokens: 2e12, flops: 1.56e23 });
    expect(obsModel('no/such-model')).toBeUndefined();
    expect(obsFamilies()).toEqual([...new Set(bench.map((r) => r['Model Family']))]);
    expect(obsFamilies()[0]).toBe('Llama-2');
  });

  it('chance levels only for benchmarks the module has, within [0, 1]; none for TruthfulQA', () => {
    for (const [b, p] of Object.entries(CHANCE)) {
      expect(BENCHMARKS as readonly string[], b).toContain(b);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(CHANCE).toEqual({ MMLU: 0.25, 'ARC-C': 0.25, HellaSwag: 0.25, Winograd: 0.5, XWinograd: 0.5, GSM8K: 0, HumanEval: 0 });
  });
});
