/**
 * The fit panel's Web Worker as a Preact hook: starts the worker (fit-worker.ts) on first use, sends it tables to read
 * and runs to fit (fit-protocol.ts), keeps the reply of the latest request only, and reports progress through a small
 * store, so that progress updates re-render the progress bar alone, not the whole panel.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RunsMapping } from '../../lib/runs-csv';
import type { FitFailureCode, FitGrid, FitOutcome, ParseSummary, RunColumns, WorkerReply, WorkerRequest } from './fit-protocol';

export interface Progress {
  phase: 'fit' | 'bootstrap';
  done: number;
  total: number;
}

/** A value with listeners: the progress of the current fit, null when none runs. */
export function createProgressStore() {
  let value: Progress | null = null;
  const listeners = new Set<(p: Progress | null) => void>();
  return {
    get: () => value,
    set(next: Progress | null) {
      value = next;
      for (const l of listeners) l(next);
    },
    subscribe(listener: (p: Progress | null) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type ProgressStore = ReturnType<typeof createProgressStore>;

/** What the worker answered to the latest request. */
export interface FitWorkerHandlers {
  parsed(summary: ParseSummary): void;
  result(outcome: FitOutcome): void;
  cancelled(): void;
  /** `code`: why (the panel words it); `reading`: the request was a table to read (else a fit, or the worker itself failed). */
  failed(code: FitFailureCode, reading: boolean): void;
}

export type Busy = null | 'parse' | 'fit';

export function useFitWorker(handlers: FitWorkerHandlers) {
  const [busy, setBusy] = useState<Busy>(null);
  const progress = useMemo(createProgressStore, []);
  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  /** The request whose reply counts; replies to older ones are dropped. */
  const pending = useRef<number | null>(null);
  // Replies are handled with the latest handlers and state.
  const latest = useRef({ handlers, busy });
  latest.current = { handlers, busy };

  const settle = () => {
    pending.current = null;
    setBusy(null);
    progress.set(null);
  };

  const onReply = (reply: WorkerReply) => {
    if (reply.id !== pending.current) return;
    const { handlers: h, busy: was } = latest.current;
    if (reply.type === 'progress') {
      progress.set({ phase: reply.phase, done: reply.done, total: reply.total });
      return;
    }
    settle();
    if (reply.type === 'parsed') h.parsed(reply.summary);
    else if (reply.type === 'result') h.result(reply.outcome);
    else if (reply.type === 'cancelled') h.cancelled();
    else {
      // The words are the panel's; the error itself is for whoever opens the console.
      console.warn(`Fit worker: ${reply.detail}`);
      h.failed(reply.code, was === 'parse');
    }
  };

  const send = (request: WorkerRequest, transfer: Transferable[] = []) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./fit-worker.ts', import.meta.url), { type: 'module' });
      worker.current.addEventListener('message', (e: MessageEvent<WorkerReply>) => onReply(e.data));
      worker.current.addEventListener('error', () => {
        settle();
        latest.current.handlers.failed('internal', false);
      });
    }
    worker.current.postMessage(request, transfer);
  };

  useEffect(() => () => worker.current?.terminate(), []);

  return {
    busy,
    progress,
    /** Reads a table (pasted text, or a file the worker reads itself); new data stops a fit under way. */
    parse(input: string | File, mapping?: RunsMapping) {
      if (busy === 'fit' && pending.current !== null) send({ type: 'cancel', id: pending.current });
      progress.set(null);
      const id = ++requestId.current;
      pending.current = id;
      setBusy('parse');
      send({ type: 'parse', id, input, mapping });
    },
    /** Fits the runs (copied: the caller keeps its arrays) with a bootstrap of `resamples`; `starts` sizes the progress bar. */
    fit(columns: RunColumns, options: { grid: FitGrid; resamples: number; seed: number; flopsGrid: number[]; starts: number }) {
      const id = ++requestId.current;
      pending.current = id;
      setBusy('fit');
      progress.set({ phase: 'fit', done: 0, total: options.starts });
      const copy: RunColumns = { params: columns.params.slice(), tokens: columns.tokens.slice(), loss: columns.loss.slice() };
      const { grid, resamples, seed, flopsGrid } = options;
      send({ type: 'fit', id, runs: copy, grid, resamples, seed, flopsGrid }, [copy.params.buffer, copy.tokens.buffer, copy.loss.buffer]);
    },
    cancel() {
      if (pending.current !== null) send({ type: 'cancel', id: pending.current });
    },
  };
}
