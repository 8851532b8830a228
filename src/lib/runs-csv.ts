/**
 * Reading a table of training runs (CSV, TSV, semicolon- or space-separated) for the fit-your-runs tool:
 * split it with d3-dsv (a maintained RFC 4180 tokenizer: quoted delimiters, quotes and line breaks), recognise the columns by their header names in English or Chinese, and turn rows into runs
 * (parameters N, training tokens D, final loss L in nats/token). Rows that cannot be used are listed with
 * their line number and the reason — missing, not a number or not positive — and skipped; nothing is
 * silently changed. The module speaks in codes with parameters (RunsMessage), never in words: the tool words
 * them in the reader's language (src/i18n/tools/<lang>.ts, through src/components/tools/describe-runs.ts). When only FLOPs are given, tokens are computed as D = C/(6N) (C ≈ 6ND, Kaplan et al.
 * 2020 §2.1, Hoffmann et al. 2022 §3.3) and the result says so.
 * Pure: no DOM, runs in a Web Worker.
 */
import { dsvFormat, type DSV } from 'd3-dsv';
import { tryParseQuantity } from './numbers';

/** What a column holds. */
export type RunsRole = 'params' | 'tokens' | 'flops' | 'loss';

export const RUNS_ROLES: readonly RunsRole[] = ['params', 'tokens', 'flops', 'loss'];

/** Which column (0-based) holds each quantity; null = none. */
export type RunsMapping = Record<RunsRole, number | null>;

/** Largest file the tool reads: 10 MiB, about 150,000 runs of three numbers. */
export const RUNS_MAX_BYTES = 10 * 1024 * 1024;

/** Fewest usable runs for a fit of the 5-parameter law. */
export const RUNS_MIN_FOR_FIT = 10;

export type Delimiter = ',' | '\t' | ';' | ' ';

/** A split table: the header (if the first row has names) and the data rows with their 1-based line numbers. */
export interface RunsTable {
  delimiter: Delimiter;
  header: string[] | null;
  rows: Array<{ line: number; cells: string[] }>;
  /** Widest row, in cells (the header counts). */
  columns: number;
  /** What the reader should know about the text itself (a quote that is never closed). */
  warnings: TableWarning[];
}

/**
 * Everything this module reports, as a code with its parameters; the tool words each code in both languages.
 * - missing / badNumber / notPositive: a row skipped because the cell of `column` (a role) is empty or absent, is
 *   not a number, or is zero or negative; `text` is the cell as written, clipped to 40 characters.
 * - unclosedQuote: a quote opens on `line` and is never closed, so the rest of the text was read as one cell.
 * - noRows: the table has no data rows.
 * - columnNotInTable / columnUsedTwice / needParams / needLoss / needTokensOrFlops: an unusable column mapping.
 * - tooLarge: a file of `bytes` over the `limit` the tool reads.
 */
export type RunsMessage = BadRow | TableWarning | TableProblem | SizeProblem;

/** The codes of RunsMessage. */
export type RunsCode = RunsMessage['code'];

/** A warning about the text of a table. */
export type TableWarning = { code: 'unclosedQuote'; line: number };

/** Why a mapping, or a table, cannot be read into runs. */
export type TableProblem =
  | { code: 'noRows' }
  | { code: 'columnNotInTable' }
  | { code: 'columnUsedTwice' }
  | { code: 'needParams' }
  | { code: 'needLoss' }
  | { code: 'needTokensOrFlops' };

/** A file too large to read without keeping the reader waiting. */
export type SizeProblem = { code: 'tooLarge'; bytes: number; limit: number };

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell as a number: plain decimals and exponents fast, otherwise the site's quantity reader (7B, 1.4T,
 * 70亿, 6.2×10²³). null when it is not a number. Zero and negative numbers are returned as such.
 * Example: cellNumber(' 1.4e12 ') → 1.4e12; cellNumber('70亿') → 7e9; cellNumber('abc') → null.
 */
export function cellNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (NUMBER_RE.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? v : null;
  }
  const v = tryParseQuantity(t, { allowZero: true, allowNegative: true });
  return v !== null && Number.isFinite(v) ? v : null;
}

const FORMATS: Record<Delimiter, DSV> = { ',': dsvFormat(','), '\t': dsvFormat('\t'), ';': dsvFormat(';'), ' ': dsvFormat(' ') };

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const SPACE = 32;
/** How far into the text the delimiter is looked for (the first record is almost always much shorter). */
const SNIFF_CHARS = 1 << 16;

/**
 * Counts tabs, commas and semicolons outside quotes in the first record that is not blank or a # comment. A quote
 * opens a quoted field at the start of a record or after a tab, comma, semicolon or space, and a quoted field may
 * span lines (a doubled quote inside it is a quote), so delimiters and line breaks inside quotes are not counted.
 */
function firstRecordCounts(text: string): { tabs: number; commas: number; semicolons: number } {
  const end = Math.min(text.length, SNIFF_CHARS);
  let i = 0;
  while (i < end) {
    let tabs = 0;
    let commas = 0;
    let semicolons = 0;
    let quoted = false;
    let blank = true;
    let comment = false;
    let previous = -1; // the previous character of the record; -1 at its start
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) i++;
          else quoted = false;
        }
        previous = c;
        continue;
      }
      if (c === LF || c === CR) break;
      if (blank && c !== SPACE && c !== TAB) {
        blank = false;
        if (c === 35 /* # */) comment = true;
      }
      if (c === QUOTE && (previous === -1 || previous === COMMA || previous === SEMICOLON || previous === TAB || previous === SPACE)) quoted = true;
      else if (c === TAB) tabs++;
      else if (c === COMMA) commas++;
      else if (c === SEMICOLON) semicolons++;
      previous = c;
    }
    if (!blank && !comment) return { tabs, commas, semicolons };
    i++; // past the line break (\r\n counts as a blank line in between: harmless)
  }
  return { tabs: 0, commas: 0, semicolons: 0 };
}

/** Tab if the first record has one, then the more frequent of semicolon and comma, else runs of spaces. */
function chooseDelimiter(text: string): Delimiter {
  const { tabs, commas, semicolons } = firstRecordCounts(text);
  if (tabs > 0) return '\t';
  if (semicolons > commas) return ';';
  if (commas > 0) return ',';
  return ' ';
}

/** Line breaks inside the cells of a row (only quoted cells can hold them): \r\n, \r and \n count one each. */
function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    n += cell.match(/\r\n|\r|\n/g)!.length;
  }
  return n;
}

/**
 * Splits the text of a table into rows with d3-dsv (RFC 4180: quoted fields may hold delimiters, doubled quotes and
 * line breaks; CRLF, LF and CR line ends). A leading byte-order mark is dropped. The delimiter is read from the first
 * record that is not blank or a # comment, outside quotes: tab, then the more frequent of semicolon and comma, else
 * runs of spaces. Rows whose cells are all blank, and rows whose first cell starts with #, are not rows. Cells are
 * trimmed. The first row is a header when one of its cells is not a number. Line numbers are 1-based lines of the
 * text where the row starts, counting the line breaks inside quoted cells.
 * Example: splitRunsTable('N,D,loss\n1e9,2e10,2.5\n').header → ['N', 'D', 'loss'], rows[0] = { line: 2, cells: ['1e9', '2e10', '2.5'] }.
 */
export function splitRunsTable(text: string): RunsTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = chooseDelimiter(body);
  let header: string[] | null = null;
  const rows: RunsTable['rows'] = [];
  let columns = 0;
  let first = true;
  let line = 1;
  let last: { line: number; cells: string[] } | null = null;
  FORMATS[delimiter].parseRows(body, (raw) => {
    const at = line;
    const breaks = breaksIn(raw);
    line += 1 + breaks;
    last = breaks > 0 ? { line: at, cells: raw.slice() } : null;
    // Trimmed in place (the row is ours); runs of spaces leave empty cells, dropped.
    let cells = raw;
    let blank = true;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k].trim();
      cells[k] = c;
      if (c !== '') blank = false;
    }
    if (blank) return null;
    if (delimiter === ' ') cells = cells.filter((c) => c !== '');
    if (cells[0].charCodeAt(0) === 35 /* # */) return null;
    if (cells.length > columns) columns = cells.length;
    if (first) {
      first = false;
      if (cells.some((c) => c !== '' && cellNumber(c) === null)) {
        header = cells;
        return null;
      }
    }
    rows.push({ line: at, cells });
    return null;
  });
  const unclosed = unclosedQuoteLine(body, last);
  return { delimiter, header, rows, columns, warnings: unclosed === null ? [] : [{ code: 'unclosedQuote', line: unclosed }] };
}

/**
 * The line where a quote that is never closed opens, or null. d3-dsv reads such a quote to the end of the text, so
 * the rest of the file becomes one cell; that cell is the last of the last row and holds a line break, and the text
 * (less one final line end) does not end with the closing quote.
 */
function unclosedQuoteLine(body: string, last: { line: number; cells: string[] } | null): number | null {
  if (!last || last.cells.length === 0) return null;
  const cell = last.cells[last.cells.length - 1];
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return null;
  let n = body.length;
  if (body.charCodeAt(n - 1) === LF) n--;
  if (body.charCodeAt(n - 1) === CR) n--;
  if (body.charCodeAt(n - 1) === QUOTE) return null;
  // The quote opens on the row's line plus the line breaks in the cells before it.
  return last.line + breaksIn(last.cells.slice(0, -1));
}

/** Header names recognised for each role (compared after normalising: lower case, no units in brackets, single spaces). */
const SYNONYMS: Record<RunsRole, readonly string[]> = {
  params: [
    'params',
    'param',
    'parameters',
    'parameter',
    'n',
    'n params',
    'num params',
    'n parameters',
    'model size',
    'size',
    'model params',
    'model parameters',
    '参数量',
    '参数',
    '参数数量',
    '模型规模',
    '模型参数',
    '模型参数量',
  ],
  tokens: [
    'tokens',
    'token',
    'd',
    'training tokens',
    'train tokens',
    'n tokens',
    'num tokens',
    'data',
    'dataset size',
    '词元数',
    '词元',
    '训练词元数',
    '训练词元',
    '数据量',
    'token数',
    'tokens数',
  ],
  flops: ['flops', 'flop', 'c', 'compute', 'training flop', 'training flops', 'train flops', 'training compute', '计算量', '训练计算量', '浮点运算', 'flops数'],
  loss: ['loss', 'l', 'final loss', 'train loss', 'training loss', 'val loss', 'validation loss', 'eval loss', 'test loss', '损失', '损失值', '最终损失', '训练损失', '验证损失'],
};

/** Normalises a header cell: NFKC, lower case, units in () [] （） removed, _ - . as spaces. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[_\-.:/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The role a header name stands for, or null. Example: headerRole('Model Size') → 'params'; headerRole('损失') → 'loss'. */
export function headerRole(name: string): RunsRole | null {
  const n = normaliseHeader(name);
  for (const role of RUNS_ROLES) if (SYNONYMS[role].includes(n)) return role;
  return null;
}

/** The detected mapping and whether it is certain enough to use without asking. */
export interface ColumnGuess {
  mapping: RunsMapping;
  /** True when every needed column was recognised by name, exactly once. */
  sure: boolean;
}

/**
 * Recognises the columns of a table by their header names (English or Chinese: params/N/参数量, tokens/D/词元数,
 * flops/C/计算量, loss/损失). Without a header, or when a name is missing or appears twice, it guesses by
 * position (N, D, loss — or N, D, C, loss with four columns) and reports `sure: false`, so the reader is asked.
 * Example: guessColumns(['Model Size', 'Training FLOP', 'loss'], 3) → { mapping: { params: 0, tokens: null, flops: 1, loss: 2 }, sure: true }.
 */
export function guessColumns(header: readonly string[] | null, columns: number): ColumnGuess {
  const mapping: RunsMapping = { params: null, tokens: null, flops: null, loss: null };
  if (header) {
    const hits: Record<RunsRole, number[]> = { params: [], tokens: [], flops: [], loss: [] };
    header.forEach((name, i) => {
      const role = headerRole(name);
      if (role) hits[role].push(i);
    });
    for (const role of RUNS_ROLES) mapping[role] = hits[role][0] ?? null;
    const once = (role: RunsRole) => hits[role].length === 1;
    const none = (role: RunsRole) => hits[role].length === 0;
    const sure = once('params') && once('loss') && (once('tokens') || (none('tokens') && once('flops'))) && hits.flops.length <= 1;
    if (sure) return { mapping, sure };
    if (mapping.params !== null && mapping.loss !== null && (mapping.tokens !== null || mapping.flops !== null)) {
      return { mapping, sure: false };
    }
  }
  // By position.
  const byPosition: RunsMapping =
    columns >= 4 ? { params: 0, tokens: 1, flops: 2, loss: 3 } : { params: 0, tokens: columns >= 2 ? 1 : null, flops: null, loss: columns >= 3 ? 2 : null };
  return { mapping: byPosition, sure: false };
}

/** Why a row was skipped: the cell is empty or absent, not a number, or zero or negative. */
export type BadRowCode = 'missing' | 'badNumber' | 'notPositive';

/** A skipped row: where, which column (its role, the first offending one) and why (one type per code). */
export type BadRow = { [C in BadRowCode]: BadRowFields & { code: C } }[BadRowCode];

export interface BadRowFields {
  /** 1-based line number in the text where the row starts. */
  line: number;
  /** The role of the first offending column. */
  column: RunsRole;
  /** The offending cell as written ('' when missing), clipped to 40 characters. */
  text: string;
}

/** Runs read from a table. */
export interface RunsReadResult {
  /** Usable runs in file order. */
  runs: Array<{ params: number; tokens: number; loss: number }>;
  /** The line of each usable run. */
  lines: number[];
  /** Skipped rows with their reasons, in file order. */
  bad: BadRow[];
  /** 'flops' when tokens were computed as C/(6N) because no token column was mapped. */
  tokensFrom: 'tokens' | 'flops';
}

/**
 * Why a mapping cannot be used, or null when it is fine: a column outside the table, one column for two roles, or
 * no column for N, for L, or for both D and C.
 * Example: mappingProblem({ params: 0, tokens: 0, flops: null, loss: 2 }, 3) → { code: 'columnUsedTwice' }.
 */
export function mappingProblem(mapping: RunsMapping, columns: number): TableProblem | null {
  const used = RUNS_ROLES.map((r) => mapping[r]).filter((c): c is number => c !== null);
  if (used.some((c) => !Number.isInteger(c) || c < 0 || c >= columns)) return { code: 'columnNotInTable' };
  if (new Set(used).size !== used.length) return { code: 'columnUsedTwice' };
  if (mapping.params === null) return { code: 'needParams' };
  if (mapping.loss === null) return { code: 'needLoss' };
  if (mapping.tokens === null && mapping.flops === null) return { code: 'needTokensOrFlops' };
  return null;
}

function clipText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Turns the rows of a table into runs with a column mapping. A row is skipped, with its reason, when a mapped
 * cell is empty or absent ('missing'), not a number ('badNumber'), or zero or negative ('notPositive');
 * the first offending column (in the order N, D or C, L) is reported. Tokens come from the tokens column when
 * mapped, else from FLOPs as C/(6N). Throws RangeError when the mapping itself is unusable (see mappingProblem).
 * Example: rows ['1e9','2e10','2.5'] and ['1e9','x','2.4'] → one run, one bad row { code: 'badNumber', line: 2, column: 'tokens', text: 'x' }.
 */
export function readRuns(table: RunsTable, mapping: RunsMapping): RunsReadResult {
  const problem = mappingProblem(mapping, table.columns);
  if (problem) throw new RangeError(`unusable column mapping: ${problem.code}`);
  const tokensFrom = mapping.tokens !== null ? 'tokens' : 'flops';
  const order: RunsRole[] = ['params', tokensFrom, 'loss'];
  const runs: RunsReadResult['runs'] = [];
  const lines: number[] = [];
  const bad: BadRow[] = [];
  const columnsInOrder = order.map((role) => mapping[role] as number);
  const values = [0, 0, 0];
  for (const { line, cells } of table.rows) {
    let failure: BadRow | null = null;
    for (let k = 0; k < 3; k++) {
      const column = columnsInOrder[k];
      const raw = column < cells.length ? cells[column] : '';
      if (raw.trim() === '') {
        failure = { code: 'missing', line, column: order[k], text: '' };
        break;
      }
      const v = cellNumber(raw);
      if (v === null) {
        failure = { code: 'badNumber', line, column: order[k], text: clipText(raw.trim()) };
        break;
      }
      if (!(v > 0)) {
        failure = { code: 'notPositive', line, column: order[k], text: clipText(raw.trim()) };
        break;
      }
      values[k] = v;
    }
    if (failure) {
      bad.push(failure);
      continue;
    }
    const [params, second, loss] = values;
    const tokens = tokensFrom === 'tokens' ? second : Math.exp(Math.log(second) - Math.log(6) - Math.log(params));
    if (!(tokens > 0 && Number.isFinite(tokens))) {
      bad.push({ code: 'notPositive', line, column: 'flops', text: clipText(String(second)) });
      continue;
    }
    runs.push({ params, tokens, loss });
    lines.push(line);
  }
  return { runs, lines, bad, tokensFrom };
}

/** Everything the tool needs from a pasted or dropped text. */
export interface RunsParse {
  table: RunsTable;
  guess: ColumnGuess;
  /** The mapping used (the given one, else the guess). */
  mapping: RunsMapping;
  /** null when the mapping is unusable (see `problem`). */
  result: RunsReadResult | null;
  problem: TableProblem | null;
}

/**
 * Splits, recognises and reads a table in one call; a given mapping overrides the guess.
 * Example: parseRunsCsv('参数量,词元数,损失\n1e9,2e10,2.5').result.runs → [{ params: 1e9, tokens: 2e10, loss: 2.5 }].
 */
export function parseRunsCsv(text: string, mapping?: RunsMapping): RunsParse {
  const table = splitRunsTable(text);
  const guess = guessColumns(table.header, table.columns);
  const used = mapping ?? guess.mapping;
  const problem: TableProblem | null = table.rows.length === 0 ? { code: 'noRows' } : mappingProblem(used, table.columns);
  return { table, guess, mapping: used, result: problem ? null : readRuns(table, used), problem };
}

/**
 * A refusal for a file too large to read without keeping the reader waiting (over RUNS_MAX_BYTES), or null.
 * Example: fileSizeProblem(50 * 1024 * 1024) → { code: 'tooLarge', bytes: 52428800, limit: 10485760 }.
 */
export function fileSizeProblem(bytes: number): SizeProblem | null {
  return bytes > RUNS_MAX_BYTES ? { code: 'tooLarge', bytes, limit: RUNS_MAX_BYTES } : null;
}
