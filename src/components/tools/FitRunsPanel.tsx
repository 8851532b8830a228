/**
 * The data-and-worker half of the fit-your-runs tool: paste or drop a table of runs, check the columns and the
 * skipped rows, fit in a Web Worker with a progress bar and a cancel button, read the coefficients with their
 * bootstrap intervals against the published laws, download them, and share a link. The figure half
 * (src/figures/fit-your-runs.ts) draws the result: this panel gives it the runs (setFitView) and types the fitted
 * coefficients into its controls, exactly as a reader could, so its URL state, link and downloads follow.
 *
 * Astro renders this component to static HTML at build time (no client directive); FitPanel.astro's script hydrates
 * it on first interaction. Nothing here runs heavy work on the main thread: parsing and fitting happen in the worker.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import { allocationExponents, computeOptimal, LAWS, type ChinchillaParams } from '../../engine/chinchilla';
import { LAW_INFO } from '../../figures/lib/laws';
import { formatNumber, formatQuantity, formatScientific } from '../../engine/quantities';
import { fileSizeProblem, RUNS_MIN_FOR_FIT, type RunsMapping, type RunsRole } from '../../engine/runs-csv';
import type { RunPoint } from '../../engine/fit-report';
import { COARSE_GRID, HOFFMANN_GRID, type GridAxes } from '../../engine/fit';
import fitFigure, { EXAMPLE_FIT, FRONTIER_GRID, getExampleView, setFitView } from '../../figures/fit-your-runs';
import { formatValue, parseParamText, writeState, type AnyValue } from '../../figures/lib/params';
import type { FitGrid, FitOutcome, ParseSummary, RunColumns, WorkerReply, WorkerRequest } from './fit-protocol';
import { describeRunsMessage } from './runs-messages';
import { tt } from './strings';

const GOPHER_BUDGET = 5.76e23; // Hoffmann et al. 2022 Table 3
const COEFFICIENTS = ['E', 'A', 'B', 'alpha', 'beta'] as const;
const SYMBOL: Record<(typeof COEFFICIENTS)[number], string> = { E: 'E', A: 'A', B: 'B', alpha: 'α', beta: 'β' };
const DEFAULT_RESAMPLES = EXAMPLE_FIT.resamples;
/** Above this many runs the bootstrap starts at fewer resamples (each resample refits every run). */
const LARGE_DATASET = 2000;
const LARGE_DATASET_RESAMPLES = 20;
const SEED = 42;
/** A file this large gets a "reading…" line while the worker reads it (smaller ones are read before it would show). */
const READING_NOTICE_BYTES = 256 * 1024;
const FIGURE_ID = 'fit-your-runs';
/** Starting points of a grid: the product of its axes (243 coarse, 4,500 Hoffmann). */
const startsOf = (g: GridAxes) => g.a.length * g.b.length * g.e.length * g.alpha.length * g.beta.length;

interface Progress {
  phase: 'fit' | 'bootstrap';
  done: number;
  total: number;
}

/** A tiny store, so that progress updates re-render the progress bar alone, not the whole panel. */
function createProgressStore() {
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
      return () => listeners.delete(listener);
    },
  };
}
type ProgressStore = ReturnType<typeof createProgressStore>;

function ProgressView({ store, lang }: { store: ProgressStore; lang: Lang }) {
  const [p, setP] = useState<Progress | null>(store.get());
  // When the current phase started, for a rough time-left estimate.
  const phaseStart = useRef<{ phase: string; at: number } | null>(null);
  useEffect(() => store.subscribe(setP), [store]);
  const percent = p && p.total > 0 ? Math.round((1000 * p.done) / p.total) / 10 : 0;
  let left = '';
  if (p) {
    const now = typeof performance === 'undefined' ? 0 : performance.now();
    if (phaseStart.current?.phase !== p.phase) phaseStart.current = { phase: p.phase, at: now };
    const elapsed = (now - phaseStart.current.at) / 1000;
    if (p.done > 0 && p.done < p.total && elapsed > 2) {
      left = ` ${tt(lang, 'panel.timeLeft', { seconds: formatNumber(Math.max(1, (elapsed * (p.total - p.done)) / p.done), lang, 2) })}`;
    }
  }
  return (
    <div class="fit-progress" hidden={!p}>
      <label for="fit-progress-bar">{p ? `${tt(lang, p.phase === 'fit' ? 'panel.progressFit' : 'panel.progressBoot', { done: p.done, total: p.total })}${left}` : ''}</label>
      <progress id="fit-progress-bar" max={100} value={percent} data-fit-progress />
    </div>
  );
}

/** Where a table came from: a file (name and size) or a named built-in table; null for pasted text. */
interface Source {
  name?: string;
  bytes?: number;
}

/** What the panel shows as "the fit": the precomputed example, or a fit the worker returned. */
type Shown = { kind: 'example' } | { kind: 'yours'; outcome: FitOutcome; name?: string };

/** What the reader did before the panel's code arrived (collected by FitPanel.astro's loader). */
export interface EarlyState {
  text?: string;
  files?: File[];
  shared?: boolean;
  action?: 'example' | 'chinchilla';
}

export interface FitRunsPanelProps {
  lang: Lang;
  early?: EarlyState;
}

function exampleOutcome(): FitOutcome {
  const iv = EXAMPLE_FIT.intervals;
  const pair = (x: readonly [number, number]) => ({ lower: x[0], upper: x[1] });
  return {
    law: { ...EXAMPLE_FIT.law },
    objective: EXAMPLE_FIT.objective,
    allocationExponent: allocationExponents(EXAMPLE_FIT.law).a,
    starts: startsOf(COARSE_GRID),
    convergedStarts: startsOf(COARSE_GRID),
    grid: 'coarse',
    runs: getExampleView().runs.length,
    intervals: { E: pair(iv.E), A: pair(iv.A), B: pair(iv.B), alpha: pair(iv.alpha), beta: pair(iv.beta), allocationExponent: pair(iv.allocationExponent) },
    resamples: EXAMPLE_FIT.resamples,
    seed: SEED,
    band: getExampleView().band.slice(),
    samples: null,
    fitMs: 0,
    bootstrapMs: 0,
  };
}

function runsOf(c: RunColumns): RunPoint[] {
  return Array.from(c.params, (params, i) => ({ params, tokens: c.tokens[i], loss: c.loss[i] }));
}

/** Saves text as a file, with the figure frame's download code (loaded on the first click, like the frame's own). */
async function download(text: string, type: string, filename: string): Promise<void> {
  const { downloadBlob } = await import('../figure/actions');
  downloadBlob(new Blob([text], { type }), filename);
}

function toCsvText(runs: readonly RunPoint[]): string {
  return `params,tokens,loss\n${runs.map((r) => `${r.params},${r.tokens},${r.loss}`).join('\n')}\n`;
}

/** Types the fitted coefficients into the figure's controls, the way a reader would, and wakes the figure. */
function pushToFigure(law: ChinchillaParams, lang: Lang): { name: string; value: number } | null {
  const figure = document.getElementById(`fig-${FIGURE_ID}`);
  for (const name of COEFFICIENTS) {
    const spec = fitFigure.params[name];
    const r = parseParamText(spec, formatValue(spec, law[name], lang));
    if (!r.ok) return { name: SYMBOL[name], value: law[name] };
  }
  if (!figure) return null;
  for (const name of COEFFICIENTS) {
    const input = figure.querySelector<HTMLInputElement>(`input.ctl-text[data-param="${name}"]`);
    if (!input) continue;
    input.value = formatValue(fitFigure.params[name], law[name], lang);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (figure.dataset.hydrated !== 'true') figure.dispatchEvent(new FocusEvent('focusin'));
  return null;
}

export function FitRunsPanel({ lang, early }: FitRunsPanelProps) {
  const [text, setText] = useState('');
  /** Where the table shown came from. */
  const [source, setSource] = useState<Source | null>(null);
  /** Where the table being read comes from (shown once it is read; until then the last table stays). */
  const [incoming, setIncoming] = useState<Source | null>(null);
  const [summary, setSummary] = useState<ParseSummary | null>(null);
  const [mapping, setMapping] = useState<RunsMapping | null>(null);
  const [grid, setGrid] = useState<FitGrid>('coarse');
  const [resamples, setResamples] = useState(String(DEFAULT_RESAMPLES));
  const [busy, setBusy] = useState<null | 'parse' | 'fit'>(null);
  const progress = useMemo(createProgressStore, []);
  const [message, setMessage] = useState<{ tone: 'info' | 'warn'; text: string } | null>(null);
  const [shown, setShown] = useState<Shown>({ kind: 'example' });
  const [shared, setShared] = useState(false);
  const worker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const pending = useRef<number | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The table being worked on (pasted text, or the file, which the worker reads), for re-reading with a new mapping. */
  const lastInput = useRef<string | File>('');

  const send = (request: WorkerRequest, transfer: Transferable[] = []) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./fit-worker.ts', import.meta.url), { type: 'module' });
      worker.current.addEventListener('message', (e: MessageEvent<WorkerReply>) => onReply(e.data));
      worker.current.addEventListener('error', () => {
        setBusy(null);
        progress.set(null);
        setMessage({ tone: 'warn', text: tt(lang, 'panel.failed', { message: 'worker error' }) });
      });
    }
    worker.current.postMessage(request, transfer);
  };
  // The reply handler reads the latest state through refs.
  const state = useRef({ summary, source, lang, resamples, busy, incoming });
  state.current = { summary, source, lang, resamples, busy, incoming };

  const onReply = (reply: WorkerReply) => {
    if (reply.id !== pending.current) return;
    if (reply.type === 'parsed') {
      pending.current = null;
      setBusy(null);
      setSummary(reply.summary);
      setSource(state.current.incoming);
      setMapping(reply.summary.mapping);
      const count = reply.summary.runs?.params.length ?? 0;
      if (count > LARGE_DATASET && state.current.resamples === String(DEFAULT_RESAMPLES)) {
        // Each resample refits every run: keep the first fit of a large file to minutes, not hours.
        setResamples(String(LARGE_DATASET_RESAMPLES));
        setMessage({ tone: 'info', text: tt(state.current.lang, 'panel.large', { n: count, resamples: LARGE_DATASET_RESAMPLES }) });
      } else {
        setMessage(reply.summary.problem ? { tone: 'warn', text: describeRunsMessage(reply.summary.problem, state.current.lang) } : null);
      }
    } else if (reply.type === 'progress') {
      progress.set({ phase: reply.phase, done: reply.done, total: reply.total });
    } else if (reply.type === 'result') {
      pending.current = null;
      setBusy(null);
      progress.set(null);
      const runs = state.current.summary?.runs;
      const name = state.current.source?.name;
      setShown({ kind: 'yours', outcome: reply.outcome, name });
      setMessage(null);
      // Let this render land first; then hand the figure its new runs and law (a separate task).
      setTimeout(() => {
        setFitView({
          source: 'yours',
          runs: runs ? runsOf(runs) : getExampleView().runs,
          fit: reply.outcome.law,
          band: reply.outcome.band,
          name,
        });
        const problem = pushToFigure(reply.outcome.law, state.current.lang);
        if (problem) {
          setMessage({
            tone: 'warn',
            text: tt(state.current.lang, 'panel.outOfRange', { name: problem.name, value: formatScientific(problem.value, { digits: 4 }) }),
          });
        }
      }, 0);
    } else if (reply.type === 'cancelled') {
      pending.current = null;
      setBusy(null);
      progress.set(null);
      setMessage({ tone: 'info', text: tt(state.current.lang, 'panel.cancelled') });
    } else {
      pending.current = null;
      const reading = state.current.busy === 'parse';
      setBusy(null);
      progress.set(null);
      setMessage({ tone: 'warn', text: reading ? tt(state.current.lang, 'panel.readFailed') : tt(state.current.lang, 'panel.failed', { message: reply.message }) });
    }
  };

  /** Reads a table in the worker; `from` says where it comes from (a new mapping re-reads the same source). */
  const parse = (input: string | File, map: RunsMapping | undefined, from: Source | null) => {
    // New data replaces the data being fitted: stop that fit.
    if (busy === 'fit' && pending.current !== null) send({ type: 'cancel', id: pending.current });
    progress.set(null);
    const id = ++requestId.current;
    pending.current = id;
    setBusy('parse');
    setIncoming(from);
    send({ type: 'parse', id, input, mapping: map });
  };

  const readFile = (file: File) => {
    const refusal = fileSizeProblem(file.size);
    if (refusal) {
      setMessage({ tone: 'warn', text: describeRunsMessage(refusal, lang) });
      return;
    }
    // The worker reads the file: its text (up to 10 MB) never has to be decoded or copied on the page.
    setText('');
    setMessage(null);
    lastInput.current = file;
    parse(file, undefined, { name: file.name, bytes: file.size });
  };

  const onPaste = (value: string) => {
    setText(value);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      lastInput.current = value;
      if (value.trim() === '') {
        setSummary(null);
        setSource(null);
        setMessage(null);
        return;
      }
      const refusal = fileSizeProblem(value.length);
      if (refusal) {
        setMessage({ tone: 'warn', text: describeRunsMessage(refusal, lang) });
        return;
      }
      parse(value, undefined, null);
    }, 300);
  };

  const onMapping = (role: RunsRole, column: string) => {
    const next = { ...(mapping ?? { params: null, tokens: null, flops: null, loss: null }), [role]: column === '' ? null : Number(column) };
    setMapping(next);
    parse(lastInput.current, next, source);
  };

  const runsToFit = (): RunColumns | null => summary?.runs ?? null;

  const startFit = (columns: RunColumns) => {
    const n = Math.max(0, Math.min(2000, Math.round(Number(resamples) || 0)));
    setResamples(String(n));
    const id = ++requestId.current;
    pending.current = id;
    setMessage(null);
    setBusy('fit');
    progress.set({ phase: 'fit', done: 0, total: startsOf(grid === 'coarse' ? COARSE_GRID : HOFFMANN_GRID) });
    // Copies: the summary keeps its own arrays for the figure.
    const copy: RunColumns = { params: columns.params.slice(), tokens: columns.tokens.slice(), loss: columns.loss.slice() };
    send({ type: 'fit', id, runs: copy, grid, resamples: n, seed: SEED, flopsGrid: [...FRONTIER_GRID] }, [copy.params.buffer, copy.tokens.buffer, copy.loss.buffer]);
  };

  const cancel = () => {
    if (pending.current !== null) send({ type: 'cancel', id: pending.current });
  };

  const loadExample = () => {
    const body = toCsvText(getExampleView().runs);
    setText('');
    lastInput.current = body;
    parse(body, undefined, { name: tt(lang, 'panel.exampleName') });
  };

  const loadChinchilla = () => {
    void import('../../data/chinchilla-runs').then(({ chinchillaRuns }) => {
      const body = toCsvText(chinchillaRuns);
      setText('');
      lastInput.current = body;
      parse(body, undefined, { name: 'Hoffmann et al. 2022 Fig. 4, Epoch extraction' });
    });
  };

  // Whatever the reader did before this code arrived (typed, dropped a file, came from a shared link) counts.
  useLayoutEffect(() => {
    if (early?.shared) setShared(true);
    if (early?.files?.length) readFile(early.files[0]);
    else if (early?.action === 'example') loadExample();
    else if (early?.action === 'chinchilla') loadChinchilla();
    else if (early?.text) onPaste(early.text);
  }, []);
  useEffect(() => () => worker.current?.terminate(), []);

  const outcome = shown.kind === 'example' ? exampleOutcome() : shown.outcome;
  const tooFew = summary?.runs && summary.runs.params.length < RUNS_MIN_FOR_FIT;
  const canFit = !!summary?.runs && !tooFew && busy === null;
  const n3 = (x: number) => formatNumber(x, lang, 4);
  const q = (x: number) => formatQuantity(x, lang, { digits: 3 });
  const columnName = (i: number) => summary?.header?.[i] || tt(lang, 'panel.column', { i: i + 1 });
  const roles: RunsRole[] = ['params', 'tokens', 'flops', 'loss'];
  const roleLabel: Record<RunsRole, string> = {
    params: lang === 'zh' ? '参数量 N' : 'Parameters N',
    tokens: lang === 'zh' ? '训练词元数 D' : 'Training tokens D',
    flops: lang === 'zh' ? '训练计算量 C' : 'Training FLOPs C',
    loss: lang === 'zh' ? '损失 L' : 'Loss L',
  };

  const shareUrl = () => {
    const values: Record<string, AnyValue> = { published: true };
    for (const name of COEFFICIENTS) values[name] = outcome.law[name];
    // The URL carries what the figure's fields hold (6 significant digits).
    for (const name of COEFFICIENTS) {
      const r = parseParamText(fitFigure.params[name], formatValue(fitFigure.params[name], outcome.law[name], lang));
      if (r.ok) values[name] = r.value;
    }
    const query = writeState(fitFigure.params, values as never, '', `${FIGURE_ID}.`).toString();
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}#fig-${FIGURE_ID}`;
  };

  const copyLink = async () => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ tone: 'info', text: tt(lang, 'panel.copied') });
    } catch {
      setMessage({ tone: 'info', text: `${tt(lang, 'panel.copyFailed')} ${url}` });
    }
  };

  const downloadJson = () => {
    const body = {
      tool: 'fit-your-runs',
      site: 'Scaling Laws Explorer',
      method:
        'Hoffmann et al. 2022 (arXiv 2203.15556) Approach 3: Huber (δ = 1e-3) on ln L, L-BFGS from a grid of starts; bootstrap as in Besiroglu et al. 2024 (arXiv 2404.10102)',
      data: shown.kind === 'example' ? 'built-in example (synthetic)' : (shown.name ?? 'pasted runs'),
      runs: outcome.runs,
      grid: outcome.grid,
      starts: outcome.starts,
      convergedStarts: outcome.convergedStarts,
      law: outcome.law,
      objective: outcome.objective,
      allocationExponent: outcome.allocationExponent,
      bootstrap: outcome.intervals ? { resamples: outcome.resamples, seed: outcome.seed, level: 0.95, intervals: outcome.intervals, samples: outcome.samples } : null,
      frontierBand: outcome.band,
      seconds: { fit: outcome.fitMs / 1000, bootstrap: outcome.bootstrapMs / 1000 },
      link: shareUrl(),
    };
    void download(`${JSON.stringify(body, null, 2)}\n`, 'application/json', 'fit-your-runs.json');
  };

  const downloadCsv = () => {
    const rows = [['coefficient', 'estimate', 'lower95', 'upper95']];
    for (const name of [...COEFFICIENTS, 'allocationExponent'] as const) {
      const value = name === 'allocationExponent' ? outcome.allocationExponent : outcome.law[name];
      const iv = outcome.intervals?.[name];
      rows.push([name, String(value), iv ? String(iv.lower) : '', iv ? String(iv.upper) : '']);
    }
    void download(`${rows.map((r) => r.join(',')).join('\n')}\n`, 'text/csv;charset=utf-8', 'fit-your-runs.csv');
  };

  const compareLaws: Array<{ name: string; law: ChinchillaParams }> = [
    { name: tt(lang, 'panel.yourFit'), law: outcome.law },
    ...(['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'] as const).map((key) => ({ name: LAW_INFO[key].shortName[lang], law: LAWS[key] })),
  ];
  const gopherOf = (law: ChinchillaParams) => {
    try {
      return q(computeOptimal(law, GOPHER_BUDGET).params);
    } catch {
      return '—';
    }
  };

  return (
    <div class="fit-panel-ui">
      {shared && <p class="fit-note">{tt(lang, 'panel.shared')}</p>}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for files; the file input and the textarea inside it are the keyboard way in. */}
      <div
        class="fit-drop"
        data-drop
        onDragOver={(e) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.add('dragging');
        }}
        onDragLeave={(e) => (e.currentTarget as HTMLElement).classList.remove('dragging')}
        onDrop={(e) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.remove('dragging');
          const file = e.dataTransfer?.files?.[0];
          if (file) readFile(file);
        }}
      >
        <label for="fit-paste" class="fit-label">
          {tt(lang, 'panel.paste')}
        </label>
        <textarea
          id="fit-paste"
          rows={6}
          spellcheck={false}
          autoComplete="off"
          placeholder={'params,tokens,loss\n1.2e9,2.5e10,2.61\n…'}
          value={text}
          data-fit-text
          onInput={(e) => onPaste((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="fit-row">
          <label class="btn fit-file">
            {tt(lang, 'panel.file')}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              data-fit-file
              onChange={(e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (file) readFile(file);
                (e.currentTarget as HTMLInputElement).value = '';
              }}
            />
          </label>
          <span class="fit-hint">{tt(lang, 'panel.drop')}</span>
        </div>
        <div class="fit-row">
          <button type="button" class="btn" data-fit-example onClick={loadExample}>
            {tt(lang, 'panel.example')}
          </button>
          <button type="button" class="btn" data-fit-chinchilla onClick={loadChinchilla}>
            {tt(lang, 'panel.chinchilla')}
          </button>
          <button type="button" class="btn" onClick={() => void download(toCsvText(getExampleView().runs), 'text/csv;charset=utf-8', 'example-runs.csv')}>
            {tt(lang, 'panel.downloadExample')}
          </button>
        </div>
        <p class="fit-help">
          {tt(lang, 'panel.headerHelp')} {tt(lang, 'panel.privacy')}
        </p>
      </div>

      <div class="fit-status" role="status" aria-live="polite" data-fit-status>
        {busy === 'parse' && incoming?.bytes !== undefined && incoming.bytes >= READING_NOTICE_BYTES && (
          <p class="fit-message info" data-fit-reading>
            {tt(lang, 'panel.reading', { name: incoming.name ?? '', size: formatNumber(incoming.bytes / 2 ** 20, lang, 2) })}
          </p>
        )}
        {message && <p class={`fit-message ${message.tone}`}>{message.text}</p>}
        {summary?.warnings.map((w) => (
          <p class="fit-message warn" data-fit-warning={w.code}>
            {describeRunsMessage(w, lang)}
          </p>
        ))}
        {summary?.runs && (
          <p data-fit-read data-parse-ms={Math.round(summary.parseMs)}>
            {source?.name ? `${source.name}: ` : ''}
            {tt(lang, 'panel.read', { runs: summary.runs.params.length, rows: summary.rows })}
            {summary.tokensFrom === 'flops' && ` ${tt(lang, 'panel.fromFlops')}`}
            {summary.encoding === 'gb18030' && ` ${tt(lang, 'panel.gb18030')}`}
          </p>
        )}
        {tooFew && <p class="fit-message warn">{tt(lang, 'panel.tooFew', { n: RUNS_MIN_FOR_FIT })}</p>}
      </div>

      {summary && summary.badCount > 0 && (
        <details class="fit-bad" open data-fit-bad>
          <summary>{tt(lang, 'panel.skipped', { n: summary.badCount })}</summary>
          <ul>
            {summary.bad.map((b) => (
              <li>{describeRunsMessage(b, lang)}</li>
            ))}
          </ul>
          {summary.badCount > summary.bad.length && <p>{tt(lang, 'panel.more', { n: summary.badCount - summary.bad.length })}</p>}
        </details>
      )}

      {summary && (
        <details class="fit-mapping" open={!summary.guessSure || !!summary.problem} data-fit-mapping>
          <summary>{tt(lang, 'panel.columns')}</summary>
          {!summary.guessSure && <p class="fit-message warn">{tt(lang, 'panel.unsure')}</p>}
          <div class="fit-columns">
            {roles.map((role) => (
              <label>
                <span>{roleLabel[role]}</span>
                <select
                  value={mapping?.[role] === null || mapping?.[role] === undefined ? '' : String(mapping[role])}
                  data-role={role}
                  onChange={(e) => onMapping(role, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">{tt(lang, 'panel.none')}</option>
                  {Array.from({ length: summary.columns }, (_, i) => (
                    <option value={String(i)}>{columnName(i)}</option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {summary.preview.length > 0 && (
            <div class="fit-preview">
              <table>
                <thead>
                  <tr>
                    {Array.from({ length: summary.columns }, (_, i) => (
                      <th scope="col">{columnName(i)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.preview.map((row) => (
                    <tr>
                      {Array.from({ length: summary.columns }, (_, i) => (
                        <td>{row[i] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}

      <div class="fit-options">
        <label>
          <span>{tt(lang, 'panel.grid')}</span>
          <select value={grid} data-fit-grid onChange={(e) => setGrid((e.currentTarget as HTMLSelectElement).value as FitGrid)}>
            <option value="coarse">{tt(lang, 'panel.gridCoarse')}</option>
            <option value="hoffmann">{tt(lang, 'panel.gridHoffmann')}</option>
          </select>
        </label>
        <label>
          <span>{tt(lang, 'panel.resamples')}</span>
          <input type="number" min={0} max={2000} step={1} value={resamples} data-fit-resamples onInput={(e) => setResamples((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <div class="fit-buttons">
          <button
            type="button"
            class="btn primary"
            data-fit-run
            disabled={!canFit}
            onClick={() => {
              const columns = runsToFit();
              if (columns) startFit(columns);
            }}
          >
            {tt(lang, 'panel.fit')}
          </button>
          <button type="button" class="btn" data-fit-cancel disabled={busy !== 'fit'} onClick={cancel}>
            {tt(lang, 'panel.cancel')}
          </button>
        </div>
        <p class="fit-help">
          {tt(lang, 'panel.resamplesHelp')}
          {!summary && ` ${tt(lang, 'panel.needData')}`}
        </p>
      </div>

      <ProgressView store={progress} lang={lang} />

      <section class="fit-results" aria-labelledby="fit-results-title" data-fit-results={shown.kind}>
        <h3 id="fit-results-title">{shown.kind === 'example' ? tt(lang, 'panel.resultsExample') : tt(lang, 'panel.resultsYours', { n: outcome.runs })}</h3>
        <div class="fit-tables">
          <table class="fit-coefficients">
            <thead>
              <tr>
                <th scope="col">{tt(lang, 'panel.coefficient')}</th>
                <th scope="col">{tt(lang, 'panel.estimate')}</th>
                <th scope="col">{outcome.intervals ? tt(lang, 'panel.interval', { n: outcome.resamples }) : tt(lang, 'panel.noInterval')}</th>
              </tr>
            </thead>
            <tbody>
              {[...COEFFICIENTS, 'allocationExponent' as const].map((name) => {
                const value = name === 'allocationExponent' ? outcome.allocationExponent : outcome.law[name];
                const iv = outcome.intervals?.[name];
                return (
                  <tr data-coefficient={name}>
                    <th scope="row">{name === 'allocationExponent' ? tt(lang, 'panel.allocation') : SYMBOL[name]}</th>
                    <td class="num">{n3(value)}</td>
                    <td class="num">{iv ? `${n3(iv.lower)} – ${n3(iv.upper)}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <table class="fit-compare">
            <caption>{tt(lang, 'panel.compare')}</caption>
            <thead>
              <tr>
                <th scope="col">{tt(lang, 'panel.law')}</th>
                <th scope="col">E</th>
                <th scope="col">α</th>
                <th scope="col">β</th>
                <th scope="col">a</th>
                <th scope="col">{tt(lang, 'panel.gopher')}</th>
              </tr>
            </thead>
            <tbody>
              {compareLaws.map((row) => (
                <tr>
                  <th scope="row">{row.name}</th>
                  <td class="num">{n3(row.law.E)}</td>
                  <td class="num">{n3(row.law.alpha)}</td>
                  <td class="num">{n3(row.law.beta)}</td>
                  <td class="num">{formatNumber(allocationExponents(row.law).a, lang, 3)}</td>
                  <td class="num">{gopherOf(row.law)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="fit-help" data-fit-stats>
          {shown.kind === 'example'
            ? tt(lang, 'panel.statsExample', {
                objective: formatScientific(outcome.objective, { digits: 4 }),
                starts: outcome.starts,
                converged: outcome.convergedStarts,
              })
            : tt(lang, 'panel.stats', {
                objective: formatScientific(outcome.objective, { digits: 4 }),
                starts: outcome.starts,
                converged: outcome.convergedStarts,
                fit: formatNumber(outcome.fitMs / 1000, lang, 3),
                boot: formatNumber(outcome.bootstrapMs / 1000, lang, 3),
              })}
        </p>
        <div class="fit-row">
          <button type="button" class="btn" data-fit-json onClick={downloadJson}>
            {tt(lang, 'panel.json')}
          </button>
          <button type="button" class="btn" data-fit-csv onClick={downloadCsv}>
            {tt(lang, 'panel.csv')}
          </button>
          <button type="button" class="btn" data-fit-link onClick={() => void copyLink()}>
            {tt(lang, 'panel.copyLink')}
          </button>
        </div>
      </section>
    </div>
  );
}
