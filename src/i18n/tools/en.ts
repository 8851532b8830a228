/**
 * The tools page and the fit-your-runs panel, in English. The Chinese catalogue (./zh.ts) is typed `typeof en`, so a
 * key missing in either language fails the type check; sentences with numbers are functions of those numbers (already
 * formatted where the reader's number format matters). The browser loads one of the two with a plain dynamic import()
 * (src/components/tools/panel-island.tsx); build-time pages import both.
 */
import type { FitFailureCode } from '../../components/tools/fit-protocol';
import type { RunsCode, RunsMessage, RunsRole } from '../../lib/runs-csv';
import laws from '../laws/en';
import { megabytes } from './megabytes';

/** One sentence for each code the runs reader (src/lib/runs-csv.ts) reports, from that code's own parameters. */
export type RunsWords = { [C in RunsCode]: (message: Extract<RunsMessage, { code: C }>) => string };

const role: Record<RunsRole, string> = { params: 'parameters', tokens: 'tokens', flops: 'FLOPs', loss: 'loss' };

const runs: RunsWords = {
  missing: (m) => `Line ${m.line}: ${role[m.column]} is missing.`,
  badNumber: (m) => `Line ${m.line}: ${role[m.column]} “${m.text}” is not a number.`,
  notPositive: (m) => `Line ${m.line}: ${role[m.column]} “${m.text}” is not positive.`,
  unclosedQuote: (m) => `Line ${m.line}: a quote opens here and is never closed, so everything after it was read as one cell. Close the quote or remove it.`,
  noRows: () => 'The table has no data rows.',
  columnNotInTable: () => 'A chosen column is not in the table.',
  columnUsedTwice: () => 'One column cannot stand for two quantities.',
  needParams: () => 'Choose the column with the parameter counts.',
  needLoss: () => 'Choose the column with the losses.',
  needTokensOrFlops: () => 'Choose the column with training tokens or with FLOPs.',
  tooLarge: (m) =>
    `This file is ${megabytes(m.bytes, true)} MB; the tool reads files up to ${megabytes(m.limit)} MB (about 150,000 runs). Keep only the columns N, D (or C) and loss, or fewer runs.`,
};

const en = {
  laws,
  page: {
    title: 'Calculators and tools',
    description: 'Plan a training run under every published scaling law, price a smaller model, size a model for its inference, and fit the Chinchilla law to your own runs.',
    intro:
      'Calculators built on the same engine as the chapters, and a tool to fit your own runs. Type numbers the way you would say them — 7B, 70亿, 1e24, 2T, 40% — and every setting lands in the address bar, so a link reproduces what you see. Each tool names the paper, table and equation its numbers come from, and warns when you leave the range a law was fitted on.',
    fitHeading: 'Fit your own runs',
    fitIntro:
      'Paste or drop your own training runs and fit L = E + A/N^α + B/D^β with Hoffmann et al.’s Approach 3, in a background worker, with bootstrap intervals. The figure below then shows your fit; its coefficients (not your data) go into the link.',
  },
  panel: {
    label: 'Fit your runs: data and fit',
    paste: 'Paste runs (CSV, TSV or space-separated)',
    file: 'Choose a file',
    drop: 'or drop a .csv / .tsv file on this box',
    example: 'Use the built-in example',
    exampleName: 'Built-in example',
    /** The name of the runs loaded by the Chinchilla button. */
    chinchillaName: 'Hoffmann et al. 2022 Fig. 4, Epoch extraction',
    /** Before the count of runs read: where they came from (a file name, the example, the Chinchilla runs). */
    from: (name: string) => `${name}: `,
    chinchilla: 'Load Hoffmann’s 240 Fig. 4 runs (Epoch’s extraction)',
    downloadExample: 'Example as CSV',
    privacy: 'Your data stay in this browser tab: nothing is uploaded.',
    headerHelp:
      'One row per run: parameters N, training tokens D (or training FLOPs C) and final loss in nats. Header names in English or Chinese are recognised: params / N / 参数量, tokens / D / 词元数, flops / C / 计算量, loss / 损失.',
    read: (runs: number, rows: number) => `${runs} usable runs from ${rows} rows.`,
    skipped: (n: number) => `Rows skipped (${n}):`,
    more: (n: number) => `… and ${n} more.`,
    fromFlops: 'Tokens are computed from the FLOPs column as D = C/(6N).',
    columns: 'Columns',
    unsure: 'Check the columns below: the header did not name all of them clearly.',
    none: '— none —',
    column: (i: number) => `column ${i}`,
    /** The quantity each column stands for, in the column mapping. */
    role: { params: 'Parameters N', tokens: 'Training tokens D', flops: 'Training FLOPs C', loss: 'Loss L' } satisfies Record<RunsRole, string>,
    grid: 'Starting points',
    gridCoarse: 'Coarse grid, 243 starts (fast)',
    gridHoffmann: 'Hoffmann’s grid, 4,500 starts (App. D.2)',
    resamples: 'Bootstrap resamples (0–2000)',
    resamplesHelp: 'More resamples give steadier intervals and take longer; 0 skips the intervals.',
    fit: 'Fit',
    cancel: 'Cancel',
    progressFit: (done: number, total: number) => `Fitting: ${done} of ${total} starts`,
    progressBoot: (done: number, total: number) => `Bootstrap: ${done} of ${total} fits`,
    /** `seconds` is formatted. */
    timeLeft: (seconds: string) => `(about ${seconds} s left)`,
    large: (n: number, resamples: number) => `${n} runs: fitting them takes a while, so the bootstrap starts at ${resamples} resamples; raise it if you can wait.`,
    cancelled: 'Fit cancelled. The figure keeps the law it showed.',
    /** Why a fit failed, by the worker's code (src/components/tools/fit-protocol.ts). */
    failed: {
      'no-finite-start':
        'The fit failed: from no starting point did the objective reach a finite value for these runs. Check that the columns hold parameters, tokens and a loss in nats per token. The figure keeps the law it showed.',
      internal: 'The fit failed because of an error in this page. The figure keeps the law it showed; the browser’s console has the details.',
    } satisfies Record<FitFailureCode, string>,
    tooFew: (n: number) => `At least ${n} usable runs are needed to fit five coefficients.`,
    readFailed: 'This file could not be read as text.',
    /** `size` is formatted megabytes. */
    reading: (name: string, size: string) => `Reading ${name} (${size} MB) in the background…`,
    gb18030: 'The file is not UTF-8, so it was read as GB18030 (the encoding of Chinese Excel’s CSV).',
    resultsExample: 'The built-in example’s fit (precomputed, same settings as the Fit button)',
    resultsYours: (n: number) => `Fit of your ${n} runs`,
    coefficient: 'Coefficient',
    estimate: 'Estimate',
    interval: (n: number) => `95% interval (${n} resamples)`,
    noInterval: 'no bootstrap',
    allocation: 'a = β/(α+β)',
    compare: 'Against the published laws',
    law: 'Law',
    gopher: 'N_opt at 5.76×10²³ FLOPs',
    yourFit: 'This fit',
    /** All numbers formatted. */
    stats: (objective: string, starts: number, converged: number, fit: string, boot: string) =>
      `Objective of eq (11): ${objective}; ${starts} starts, ${converged} converged. In the worker: fit ${fit} s, bootstrap ${boot} s.`,
    statsExample: (objective: string, starts: number, converged: number) => `Objective of eq (11): ${objective}; ${starts} starts, ${converged} converged.`,
    needData: 'Paste, drop or load runs to fit them; until then the results below are the built-in example’s.',
    json: 'Download JSON',
    csv: 'Download CSV',
    copyLink: 'Copy link to this fit',
    copied: 'Link copied. It carries the five coefficients, not your runs.',
    copyFailed: 'Copy this link:',
    shared: 'This link carries a fitted law, drawn in the figure below. Its runs are not part of the link: paste them here to refit.',
    outOfRange: (name: string, value: string) => `The fitted ${name} = ${value} lies outside what the figure can show, so the figure and the link keep the previous law.`,
    noscript: 'Turn on JavaScript to fit your own runs; the figure below shows the built-in example.',
  },
  /** What the runs reader reports, worded. */
  runs,
};
export default en;
export type ToolsMessages = typeof en;
