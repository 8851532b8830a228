/**
 * The fit-your-runs Web Worker: reads tables and runs Hoffmann's Approach-3 fit and its bootstrap (engine fit.ts)
 * off the main thread. Work is done in slices of ~25 ms; between slices the worker posts its progress and returns
 * to its event loop, so a 'cancel' message is read within one slice and the fit stops there.
 */
import { createBootstrap } from '../../engine/fit-bootstrap';
import type { TrainingRun } from '../../engine/fit-kernel';
import { createFitter, FitCancelledError, type FitError } from '../../engine/fit-multistart';
import { frontierBand } from '../../engine/fit-report';
import { parseRunsCsv, type RunsMapping } from '../../lib/runs-csv';
import type { FitFailureCode, FitOutcome, ParseSummary, RunColumns, WorkerReply, WorkerRequest } from './fit-protocol';

interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const SLICE_MS = 25;
/** Progress is posted at most this often, so the page has little to do while the worker fits. */
const PROGRESS_MS = 100;
/** The current fit's cancellation flag (one fit at a time; a new fit cancels the old one). */
let running: { id: number; signal: { aborted: boolean } } | null = null;

/** Lets queued messages (a cancel) in between two slices of work. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function toRuns(columns: RunColumns): TrainingRun[] {
  const runs: TrainingRun[] = [];
  for (let i = 0; i < columns.params.length; i++) runs.push({ params: columns.params[i], tokens: columns.tokens[i], loss: columns.loss[i] });
  return runs;
}

/** A file's text: UTF-8 (a byte-order mark dropped), or GB18030 when the bytes are not UTF-8, as Excel saves Chinese CSV. */
async function readText(file: File): Promise<{ text: string; encoding: ParseSummary['encoding'] }> {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

async function parse(input: string | File, mapping: RunsMapping | undefined): Promise<{ summary: ParseSummary; transfer: Transferable[] }> {
  const t0 = performance.now();
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : await readText(input);
  const r = parseRunsCsv(text, mapping);
  let runs: RunColumns | null = null;
  if (r.result) {
    const n = r.result.runs.length;
    runs = { params: new Float64Array(n), tokens: new Float64Array(n), loss: new Float64Array(n) };
    r.result.runs.forEach((run, i) => {
      runs!.params[i] = run.params;
      runs!.tokens[i] = run.tokens;
      runs!.loss[i] = run.loss;
    });
  }
  const summary: ParseSummary = {
    delimiter: r.table.delimiter,
    header: r.table.header,
    columns: r.table.columns,
    rows: r.table.rows.length,
    preview: r.table.rows.slice(0, 4).map((row) => row.cells.map((c) => (c.length > 24 ? `${c.slice(0, 23)}…` : c))),
    guessSure: r.guess.sure && !mapping,
    mapping: r.mapping,
    problem: r.problem,
    runs,
    bad: r.result ? r.result.bad.slice(0, 200) : [],
    badCount: r.result ? r.result.bad.length : 0,
    tokensFrom: r.result ? r.result.tokensFrom : r.mapping.tokens !== null ? 'tokens' : 'flops',
    warnings: r.table.warnings,
    encoding,
    parseMs: performance.now() - t0,
  };
  return { summary, transfer: runs ? [runs.params.buffer, runs.tokens.buffer, runs.loss.buffer] : [] };
}

async function fit(request: Extract<WorkerRequest, { type: 'fit' }>): Promise<void> {
  const { id } = request;
  if (running) running.signal.aborted = true;
  const signal = { aborted: false };
  running = { id, signal };
  const runs = toRuns(request.runs);
  try {
    let lastPost = -Infinity;
    const report = (phase: 'fit' | 'bootstrap', done: number, total: number) => {
      const now = performance.now();
      if (now - lastPost < PROGRESS_MS && done < total) return;
      lastPost = now;
      scope.postMessage({ type: 'progress', id, phase, done, total });
    };
    let t0 = performance.now();
    const fitter = createFitter(runs, { grid: request.grid, signal });
    while (!fitter.finished) {
      const p = fitter.step({ milliseconds: SLICE_MS });
      report('fit', p.done, p.total);
      await yieldToEvents();
    }
    const center = fitter.result();
    const fitMs = performance.now() - t0;
    let intervals: FitOutcome['intervals'] = null;
    let samples: FitOutcome['samples'] = null;
    let band: FitOutcome['band'] = [];
    let bootstrapMs = 0;
    let resamples = 0;
    if (request.resamples > 0) {
      t0 = performance.now();
      const bootstrap = createBootstrap(runs, { resamples: request.resamples, seed: request.seed, center, signal });
      while (!bootstrap.finished) {
        const p = bootstrap.step({ milliseconds: SLICE_MS });
        report('bootstrap', p.done, p.total);
        await yieldToEvents();
      }
      const result = bootstrap.result();
      bootstrapMs = performance.now() - t0;
      resamples = result.resamples;
      intervals = result.intervals;
      samples = {
        E: Array.from(result.samples.E),
        A: Array.from(result.samples.A),
        B: Array.from(result.samples.B),
        alpha: Array.from(result.samples.alpha),
        beta: Array.from(result.samples.beta),
      };
      band = frontierBand(result.samples, request.flopsGrid);
    }
    const outcome: FitOutcome = {
      law: center.law,
      objective: center.objective,
      allocationExponent: center.allocationExponent,
      starts: center.starts,
      convergedStarts: center.convergedStarts,
      grid: request.grid,
      runs: runs.length,
      intervals,
      resamples,
      seed: request.seed,
      band,
      samples,
      fitMs,
      bootstrapMs,
    };
    scope.postMessage({ type: 'result', id, outcome });
  } catch (e) {
    if (e instanceof FitCancelledError || (e as Error).name === 'FitCancelledError') scope.postMessage({ type: 'cancelled', id });
    else scope.postMessage(failure(id, e));
  } finally {
    if (running?.id === id) running = null;
  }
}

/** An error as the panel reads it: the engine's code when it gave one (FitError), else `internal`; the message for the console. */
function failure(id: number, e: unknown): WorkerReply {
  const error = e as Partial<FitError> | undefined;
  const code: FitFailureCode = error?.name === 'FitError' && error.code ? error.code : 'internal';
  return { type: 'error', id, code, detail: String(error?.message ?? e) };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (running && running.id === request.id) running.signal.aborted = true;
    return;
  }
  if (request.type === 'parse') {
    parse(request.input, request.mapping).then(
      ({ summary, transfer }) => scope.postMessage({ type: 'parsed', id: request.id, summary }, transfer),
      (e: unknown) => scope.postMessage(failure(request.id, e)),
    );
    return;
  }
  void fit(request);
});
