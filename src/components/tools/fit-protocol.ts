/**
 * Messages between the fit panel (main thread) and its Web Worker (fit-worker.ts). Plain data only, so the same
 * types describe both sides; number arrays travel as Float64Array and are transferred, not copied.
 */
import type { BadRow, RunsMapping, TableProblem, TableWarning } from '../../lib/runs-csv';
import type { FrontierBandPoint } from '../../engine/fit-report';
import type { ChinchillaParams } from '../../engine/chinchilla';
import type { FitFailure } from '../../engine/fit-multistart';

export type FitGrid = 'coarse' | 'hoffmann';

/** Runs as three parallel columns. */
export interface RunColumns {
  params: Float64Array;
  tokens: Float64Array;
  loss: Float64Array;
}

export type WorkerRequest =
  /** A table to read: pasted text, or a file the worker reads itself (so a large file never passes through the page). */
  | { type: 'parse'; id: number; input: string | File; mapping?: RunsMapping }
  | { type: 'fit'; id: number; runs: RunColumns; grid: FitGrid; resamples: number; seed: number; flopsGrid: number[] }
  | { type: 'cancel'; id: number };

/** What the panel needs to know about a parsed table. */
export interface ParseSummary {
  delimiter: string;
  header: string[] | null;
  columns: number;
  rows: number;
  /** The first rows as written, for the column-mapping preview. */
  preview: string[][];
  guessSure: boolean;
  mapping: RunsMapping;
  /** Why no runs could be read (codes; the panel words them). */
  problem: TableProblem | null;
  runs: RunColumns | null;
  /** The first 200 skipped rows, and how many there are in all. */
  bad: BadRow[];
  badCount: number;
  tokensFrom: 'tokens' | 'flops';
  /** Warnings about the text (codes: a quote never closed). */
  warnings: TableWarning[];
  /** How a file's bytes were decoded: UTF-8, or GB18030 when they are not valid UTF-8 (Excel's Chinese CSV). */
  encoding: 'utf-8' | 'gb18030';
  /** Milliseconds the worker took to read and parse. */
  parseMs: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface FitOutcome {
  law: ChinchillaParams;
  objective: number;
  allocationExponent: number;
  starts: number;
  convergedStarts: number;
  grid: FitGrid;
  runs: number;
  /** null when no bootstrap was asked for (0 resamples). */
  intervals: Record<'E' | 'A' | 'B' | 'alpha' | 'beta' | 'allocationExponent', Interval> | null;
  resamples: number;
  seed: number;
  band: FrontierBandPoint[];
  /** Bootstrap laws, one entry per resample (for the JSON download). */
  samples: Record<'E' | 'A' | 'B' | 'alpha' | 'beta', number[]> | null;
  /** Wall-clock milliseconds in the worker. */
  fitMs: number;
  bootstrapMs: number;
}

export type WorkerReply =
  | { type: 'parsed'; id: number; summary: ParseSummary }
  | { type: 'progress'; id: number; phase: 'fit' | 'bootstrap'; done: number; total: number }
  | { type: 'result'; id: number; outcome: FitOutcome }
  | { type: 'cancelled'; id: number }
  /** `code`: why, for the panel to word (`internal`: anything else, e.g. a bug); `detail`: the error's message, for the console. */
  | { type: 'error'; id: number; code: FitFailureCode; detail: string };

/** Why a request failed: the engine's {@link FitFailure} codes, or `internal`. */
export type FitFailureCode = FitFailure | 'internal';
