/**
 * The data-and-worker half of the fit-your-runs tool: paste or drop a table of runs, check the columns and the
 * skipped rows, fit in a Web Worker with a progress bar and a cancel button, read the coefficients with their
 * bootstrap intervals against the published laws, download them, and share a link. The figure half
 * (src/figures/fit-your-runs.ts) draws the result: after a fit this panel publishes the runs (the figure's context)
 * and the fitted coefficients (its values) on the figure's channel, fitRunsChannel; the figure's island applies them
 * as a reader's edits would be, so its URL state, link and downloads follow.
 *
 * Pieces: useFitWorker (the worker), RunsInput (text, file, examples), RunsStatus / SkippedRows / ColumnMapping
 * (what was read), FitOptions, ProgressView, FitResults; fit-files.ts holds the plain-data parts.
 *
 * Astro renders this component to static HTML at build time (no client directive); FitPanel.astro's script hydrates
 * it on first interaction. Nothing here runs heavy work on the main thread: parsing and fitting happen in the worker.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { COARSE_GRID, HOFFMANN_GRID } from '../../engine/fit-multistart';
import { formatScientific } from '../../lib/numbers';
import { fileSizeProblem, RUNS_MIN_FOR_FIT, type RunsMapping, type RunsRole } from '../../lib/runs-csv';
import type { Lang } from '../../i18n';
import type { ToolsMessages } from '../../i18n/tools/en';
import { EXAMPLE_FIT, FIT_FIGURE_ID, FRONTIER_GRID, fitRunsChannel, getExampleView, lawValues, SYMBOL } from '../../figures/lib/fit-runs';
import { describeRunsMessage } from './describe-runs';
import { coefficientsCsv, download, exampleOutcome, resultsJson, runsOf, SEED, shareQuery, startsOf, toCsvText } from './fit-files';
import type { FitGrid, FitOutcome, ParseSummary } from './fit-protocol';
import { FitOptions } from './FitOptions';
import { FitResults } from './FitResults';
import { ProgressView } from './ProgressView';
import { RunsInput } from './RunsInput';
import { ColumnMapping, type Message, RunsStatus, SkippedRows, type Source } from './RunsSummary';
import { useFitWorker } from './useFitWorker';

const DEFAULT_RESAMPLES = EXAMPLE_FIT.resamples;
/** Above this many runs the bootstrap starts at fewer resamples (each resample refits every run). */
const LARGE_DATASET = 2000;
const LARGE_DATASET_RESAMPLES = 20;

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
  /** The tools catalogue in `lang` (src/i18n/tools/<lang>.ts). */
  t: ToolsMessages;
  early?: EarlyState;
}

export function FitRunsPanel({ lang, t, early }: FitRunsPanelProps) {
  const [text, setText] = useState('');
  /** Where the table shown came from. */
  const [source, setSource] = useState<Source | null>(null);
  /** Where the table being read comes from (shown once it is read; until then the last table stays). */
  const [incoming, setIncoming] = useState<Source | null>(null);
  const [summary, setSummary] = useState<ParseSummary | null>(null);
  const [mapping, setMapping] = useState<RunsMapping | null>(null);
  const [grid, setGrid] = useState<FitGrid>('coarse');
  const [resamples, setResamples] = useState(String(DEFAULT_RESAMPLES));
  const [message, setMessage] = useState<Message | null>(null);
  const [shown, setShown] = useState<Shown>({ kind: 'example' });
  const [shared, setShared] = useState(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The table being worked on (pasted text, or the file, which the worker reads), for re-reading with a new mapping. */
  const lastInput = useRef<string | File>('');

  /** Hands the figure the fitted runs and law, or says why the figure keeps the law it shows. */
  const publish = (outcome: FitOutcome, runs: ParseSummary['runs'], name: string | undefined) => {
    const r = lawValues(outcome.law, lang);
    if (!r.ok) {
      setMessage({ tone: 'warn', text: t.panel.outOfRange(SYMBOL[r.name], formatScientific(r.value, { digits: 4 })) });
      return;
    }
    fitRunsChannel.publish({
      values: r.values,
      context: { source: 'yours', runs: runs ? runsOf(runs) : getExampleView().runs, fit: outcome.law, band: outcome.band, name },
    });
  };

  const worker = useFitWorker({
    parsed(next) {
      setSummary(next);
      setSource(incoming);
      setMapping(next.mapping);
      const count = next.runs?.params.length ?? 0;
      if (count > LARGE_DATASET && resamples === String(DEFAULT_RESAMPLES)) {
        // Each resample refits every run: keep the first fit of a large file to minutes, not hours.
        setResamples(String(LARGE_DATASET_RESAMPLES));
        setMessage({ tone: 'info', text: t.panel.large(count, LARGE_DATASET_RESAMPLES) });
      } else {
        setMessage(next.problem ? { tone: 'warn', text: describeRunsMessage(next.problem, t) } : null);
      }
    },
    result(outcome) {
      const runs = summary?.runs ?? null;
      const name = source?.name;
      setShown({ kind: 'yours', outcome, name });
      setMessage(null);
      // Let this render land first; then hand the figure its new runs and law (a separate task).
      setTimeout(() => publish(outcome, runs, name), 0);
    },
    cancelled() {
      setMessage({ tone: 'info', text: t.panel.cancelled });
    },
    failed(reason, reading) {
      setMessage({ tone: 'warn', text: reading ? t.panel.readFailed : t.panel.failed[reason] });
    },
  });

  /** Reads a table in the worker; `from` says where it comes from (a new mapping re-reads the same source). */
  const parse = (input: string | File, map: RunsMapping | undefined, from: Source | null) => {
    setIncoming(from);
    worker.parse(input, map);
  };

  const readFile = (file: File) => {
    const refusal = fileSizeProblem(file.size);
    if (refusal) {
      setMessage({ tone: 'warn', text: describeRunsMessage(refusal, t) });
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
        setMessage({ tone: 'warn', text: describeRunsMessage(refusal, t) });
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

  const startFit = () => {
    const columns = summary?.runs;
    if (!columns) return;
    const n = Math.max(0, Math.min(2000, Math.round(Number(resamples) || 0)));
    setResamples(String(n));
    setMessage(null);
    worker.fit(columns, { grid, resamples: n, seed: SEED, flopsGrid: [...FRONTIER_GRID], starts: startsOf(grid === 'coarse' ? COARSE_GRID : HOFFMANN_GRID) });
  };

  const loadTable = (body: string, name: string) => {
    setText('');
    lastInput.current = body;
    parse(body, undefined, { name });
  };
  const loadExample = () => loadTable(toCsvText(getExampleView().runs), t.panel.exampleName);
  const loadChinchilla = () => {
    void import('../../data/chinchilla-runs').then(({ chinchillaRuns }) => loadTable(toCsvText(chinchillaRuns), t.panel.chinchillaName));
  };

  // Whatever the reader did before this code arrived (typed, dropped a file, came from a shared link) counts.
  useLayoutEffect(() => {
    if (early?.shared) setShared(true);
    if (early?.files?.length) readFile(early.files[0]);
    else if (early?.action === 'example') loadExample();
    else if (early?.action === 'chinchilla') loadChinchilla();
    else if (early?.text) onPaste(early.text);
  }, []);

  const outcome = shown.kind === 'example' ? exampleOutcome() : shown.outcome;
  const tooFew = !!summary?.runs && summary.runs.params.length < RUNS_MIN_FOR_FIT;

  const shareUrl = () => {
    const query = shareQuery(outcome.law, lang);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}#fig-${FIT_FIGURE_ID}`;
  };

  const copyLink = async () => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ tone: 'info', text: t.panel.copied });
    } catch {
      setMessage({ tone: 'info', text: `${t.panel.copyFailed} ${url}` });
    }
  };

  return (
    <div class="fit-panel-ui">
      {shared && <p class="fit-note">{t.panel.shared}</p>}
      <RunsInput
        t={t}
        text={text}
        onText={onPaste}
        onFile={readFile}
        onExample={loadExample}
        onChinchilla={loadChinchilla}
        onDownloadExample={() => void download(toCsvText(getExampleView().runs), 'text/csv;charset=utf-8', 'example-runs.csv')}
      />
      <RunsStatus lang={lang} t={t} reading={worker.busy === 'parse' ? incoming : null} message={message} summary={summary} source={source} />
      {summary && <SkippedRows t={t} summary={summary} />}
      {summary && <ColumnMapping t={t} summary={summary} mapping={mapping} onMapping={onMapping} />}
      <FitOptions
        t={t}
        grid={grid}
        resamples={resamples}
        canFit={!!summary?.runs && !tooFew && worker.busy === null}
        canCancel={worker.busy === 'fit'}
        noData={!summary}
        onGrid={setGrid}
        onResamples={setResamples}
        onFit={startFit}
        onCancel={worker.cancel}
      />
      <ProgressView store={worker.progress} lang={lang} t={t} />
      <FitResults
        lang={lang}
        t={t}
        kind={shown.kind}
        outcome={outcome}
        onJson={() =>
          void download(
            resultsJson(outcome, shown.kind === 'example' ? 'built-in example (synthetic)' : (shown.name ?? 'pasted runs'), shareUrl()),
            'application/json',
            'fit-your-runs.json',
          )
        }
        onCsv={() => void download(coefficientsCsv(outcome), 'text/csv;charset=utf-8', 'fit-your-runs.csv')}
        onCopyLink={() => void copyLink()}
      />
    </div>
  );
}
