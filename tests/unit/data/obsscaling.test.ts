// The shipped Observational Scaling Laws files (src/data/obsscaling/) against their recorded SHA-256 and the release copy,
// and the generated modules (src/data/obsscaling.ts, which joins obsscaling-sizes.ts, obsscaling-benchmarks.ts and
// obsscaling-emergent.ts) against the CSV files, re-read here with d3-dsv: every number, every
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
import { isSetAside, OBS_SET_ASIDE } from '../../../src/data/obsscaling-set-aside';

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

/** A score cell as the module holds it: 8 significant digits (scripts/gen-obsscaling.mjs). */
function scoreCell(row: DSVRowString, column: string): number | null {
  const x = cell(row, column);
  return x === null ? null : Number(x.toPrecision(8));
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
    for (const b of BENCHMARKS) same(`${where} ${b}`, m.scores[b], scoreCell(row, b));
    same(`${where} score columns`, Object.keys(m.scores).length, BENCHMARKS.length);
    const e = emergentById.get(row.Model);
    if (!e) same(`${where} emergent`, m.emergent, null);
    else if (!m.emergent) out.push(`${where}: emergent scores missing`);
    else for (const t of EMERGENT_TASKS) same(`${where} ${t}`, m.emergent[t], scoreCell(e, t));
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
    // emergentModels() (obsscaling-emergent.ts, what real-emergence draws) in the emergence file's own order, every value
    // as the joined obsModels holds it (checked against the CSV above).
    expect(emergentModels().map((m) => m.id)).toEqual(emergent.map((r) => r.Model));
    for (const m of emergentModels()) expect(obsModel(m.id)).toMatchObject(m);
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

// Two checks that would have caught the rows set aside by hand (src/data/obsscaling-set-aside.ts) the day the data was
// regenerated, so that a new release row with the same kind of slip is found by a test, not by a reader.
/** The size a model's name states, in parameters: `7b`, `1_6b` (1.6B), `1b5` (1.5B), `169m`; for `57B-A14B` the active
 * 14B. null when the name states none, or names a mixture of experts as `8x7B` (neither its total nor its active count). */
function statedSize(id: string): number | null {
  const name = id.split('/').pop()!.toLowerCase();
  if (/\d+x\d+(?:\.\d+)?b/.test(name)) return null;
  const active = /-a(\d+(?:\.\d+)?)b(?![a-z])/.exec(name);
  if (active) return Number(active[1]) * 1e9;
  const sizes = [...name.matchAll(/(?:^|[-_.])(\d+)(?:[._](\d+))?([bm])(\d+)?(?![a-z])/g)];
  const last = sizes.at(-1);
  if (!last) return null;
  const [, whole, decimals, unit, after] = last;
  return Number(`${whole}.${decimals ?? after ?? 0}`) * (unit === 'b' ? 1e9 : 1e6);
}

/** Rows a figure draws (a point needs parameters and tokens, or FLOPs) that disagree with their own name or stand out
 * by tokens per parameter, each with the reason. */
function suspicious(models: readonly ObsModel[]): string[] {
  const out: string[] = [];
  for (const m of models) {
    if (m.params === null || (m.tokens === null && m.flops === null)) continue;
    const stated = statedSize(m.id);
    if (stated !== null && (m.params / stated < 0.75 || m.params / stated > 1.35)) out.push(`${m.id}: name says ${stated / 1e9}B, row ${m.params / 1e9}B`);
    // The release's most data-hungry rows are at 3,000–8,000 tokens per parameter; 20,000 is past any model of 2024.
    if (m.tokens !== null && m.tokens / m.params > 20_000) out.push(`${m.id}: ${Math.round(m.tokens / m.params)} tokens per parameter`);
  }
  return out;
}

describe('release rows a figure would draw, against their own names', () => {
  it('reads the sizes names state: 7b, 1_6b, 1b5, 169m, 57B-A14B (active), none for 8x7B or phi-2', () => {
    expect(statedSize('meta-llama/Llama-2-7b-hf')).toBe(7e9);
    expect(statedSize('stabilityai/stablelm-2-1_6b')).toBe(1.6e9);
    expect(statedSize('RWKV/rwkv-4-1b5-pile')).toBe(1.5e9);
    expect(statedSize('RWKV/rwkv-4-169m-pile')).toBe(169e6);
    expect(statedSize('Qwen/Qwen1.5-0.5B')).toBe(0.5e9);
    expect(statedSize('Qwen/Qwen2-57B-A14B')).toBe(14e9);
    expect(statedSize('cerebras/btlm-3b-8k-base')).toBe(3e9);
    expect(statedSize('openlm-research/open_llama_7b_v2')).toBe(7e9);
    expect(statedSize('mistralai/Mixtral-8x7B-v0.1')).toBeNull();
    expect(statedSize('microsoft/phi-2')).toBeNull();
  });

  it('the checks find exactly the rows set aside (OpenLLaMA 7Bv2 at 13B, BTLM-3B-8K at 209,000 tokens per parameter)', () => {
    const found = suspicious(obsModels);
    expect(found.map((f) => f.split(':')[0]).sort()).toEqual(OBS_SET_ASIDE.map((r) => r.id).sort());
    expect(found).toContain('openlm-research/open_llama_7b_v2: name says 7B, row 13B');
    expect(found).toContain('cerebras/btlm-3b-8k-base: 209000 tokens per parameter');
  });

  it('every row the figures draw passes both checks', () => {
    expect(suspicious(obsModels.filter((m) => !isSetAside(m.id)))).toEqual([]);
  });
});
