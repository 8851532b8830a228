/**
 * Reading a table of training runs (CSV, TSV, semicolon- or space-separated) for the fit-your-runs tool:
 * split it, recognise the columns by their header names in English or Chinese, and turn rows into runs
 * (parameters N, training tokens D, final loss L in nats/token). Rows that cannot be used are listed with
 * their line number and the reason — missing, non-numeric or non-positive — and skipped; nothing is
 * silently changed. When only FLOPs are given, tokens are computed as D = C/(6N) (C ≈ 6ND, Kaplan et al.
 * 2020 §2.1, Hoffmann et al. 2022 §3.3) and the result says so.
 * Pure: no DOM, runs in a Web Worker.
 */
import type { Lang } from './quantities';
import { tryParseQuantity } from './quantities';

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
  /** Widest row, in cells. */
  columns: number;
}

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

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

function chooseDelimiter(firstLine: string): Delimiter {
  if (countOutsideQuotes(firstLine, '\t') > 0) return '\t';
  const commas = countOutsideQuotes(firstLine, ',');
  const semicolons = countOutsideQuotes(firstLine, ';');
  if (semicolons > commas) return ';';
  if (commas > 0) return ',';
  return ' ';
}

/** Splits one line (RFC 4180 quotes for , ; and tab; runs of spaces for ' '). */
function splitLine(line: string, delimiter: Delimiter): string[] {
  if (delimiter === ' ') return line.trim().split(/\s+/);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/**
 * Splits the text of a table into rows. The delimiter is read from the first non-empty line (tab, then the more
 * frequent of comma and semicolon, else spaces). Blank lines and lines starting with # are not rows. The first
 * row is a header when one of its cells is not a number.
 * Example: splitRunsTable('N,D,loss\n1e9,2e10,2.5\n').header → ['N', 'D', 'loss'], rows[0] = { line: 2, cells: ['1e9', '2e10', '2.5'] }.
 */
export function splitRunsTable(text: string): RunsTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let delimiter: Delimiter | null = null;
  let header: string[] | null = null;
  const rows: RunsTable['rows'] = [];
  let columns = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (delimiter === null) {
      delimiter = chooseDelimiter(line);
      const cells = splitLine(line, delimiter);
      columns = cells.length;
      if (cells.some((c) => c !== '' && cellNumber(c) === null)) {
        header = cells;
        continue;
      }
      rows.push({ line: i + 1, cells });
      continue;
    }
    const cells = splitLine(line, delimiter);
    if (cells.length > columns) columns = cells.length;
    rows.push({ line: i + 1, cells });
  }
  return { delimiter: delimiter ?? ',', header, rows, columns };
}

/** Header names recognised for each role (compared after normalising: lower case, no units in brackets, single spaces). */
const SYNONYMS: Record<RunsRole, readonly string[]> = {
  params: [
    'params', 'param', 'parameters', 'parameter', 'n', 'n params', 'num params', 'n parameters', 'model size', 'size',
    'model params', 'model parameters', '参数量', '参数', '参数数量', '模型规模', '模型参数', '模型参数量',
  ],
  tokens: [
    'tokens', 'token', 'd', 'training tokens', 'train tokens', 'n tokens', 'num tokens', 'data', 'dataset size',
    '词元数', '词元', '训练词元数', '训练词元', '数据量', 'token数', 'tokens数',
  ],
  flops: [
    'flops', 'flop', 'c', 'compute', 'training flop', 'training flops', 'train flops', 'training compute',
    '计算量', '训练计算量', '浮点运算', 'flops数',
  ],
  loss: [
    'loss', 'l', 'final loss', 'train loss', 'training loss', 'val loss', 'validation loss', 'eval loss',
    'test loss', '损失', '损失值', '最终损失', '训练损失', '验证损失',
  ],
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
    columns >= 4
      ? { params: 0, tokens: 1, flops: 2, loss: 3 }
      : { params: 0, tokens: columns >= 2 ? 1 : null, flops: null, loss: columns >= 3 ? 2 : null };
  return { mapping: byPosition, sure: false };
}

/** Why a row was skipped. */
export type BadRowReason = 'missing' | 'non-numeric' | 'non-positive';

export interface BadRow {
  /** 1-based line number in the text. */
  line: number;
  reason: BadRowReason;
  /** The first offending column. */
  role: RunsRole;
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

/** A mapping that cannot be used, with a bilingual reason; null when it is fine. */
export function mappingProblem(mapping: RunsMapping, columns: number): { zh: string; en: string } | null {
  const used = RUNS_ROLES.map((r) => mapping[r]).filter((c): c is number => c !== null);
  if (used.some((c) => !Number.isInteger(c) || c < 0 || c >= columns)) {
    return { zh: '所选的列不在表格中。', en: 'A chosen column is not in the table.' };
  }
  if (new Set(used).size !== used.length) {
    return { zh: '同一列不能同时充当两种量。', en: 'One column cannot stand for two quantities.' };
  }
  if (mapping.params === null) return { zh: '请指定参数量所在的列。', en: 'Choose the column with the parameter counts.' };
  if (mapping.loss === null) return { zh: '请指定损失所在的列。', en: 'Choose the column with the losses.' };
  if (mapping.tokens === null && mapping.flops === null) {
    return { zh: '请指定训练词元数或计算量所在的列。', en: 'Choose the column with training tokens or with FLOPs.' };
  }
  return null;
}

function clipText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Turns the rows of a table into runs with a column mapping. A row is skipped, with its reason, when a mapped
 * cell is empty or absent ('missing'), not a number ('non-numeric'), or zero or negative ('non-positive');
 * the first offending column (in the order N, D or C, L) is reported. Tokens come from the tokens column when
 * mapped, else from FLOPs as C/(6N). Throws RangeError when the mapping itself is unusable (see mappingProblem).
 * Example: rows ['1e9','2e10','2.5'] and ['1e9','x','2.4'] → one run, one bad row { reason: 'non-numeric', role: 'tokens' }.
 */
export function readRuns(table: RunsTable, mapping: RunsMapping): RunsReadResult {
  const problem = mappingProblem(mapping, table.columns);
  if (problem) throw new RangeError(problem.en);
  const tokensFrom = mapping.tokens !== null ? 'tokens' : 'flops';
  const order: RunsRole[] = ['params', tokensFrom, 'loss'];
  const runs: RunsReadResult['runs'] = [];
  const lines: number[] = [];
  const bad: BadRow[] = [];
  for (const { line, cells } of table.rows) {
    const values: Partial<Record<RunsRole, number>> = {};
    let failure: BadRow | null = null;
    for (const role of order) {
      const column = mapping[role] as number;
      const raw = column < cells.length ? cells[column] : '';
      if (raw.trim() === '') {
        failure = { line, reason: 'missing', role, text: '' };
        break;
      }
      const v = cellNumber(raw);
      if (v === null) {
        failure = { line, reason: 'non-numeric', role, text: clipText(raw.trim()) };
        break;
      }
      if (!(v > 0)) {
        failure = { line, reason: 'non-positive', role, text: clipText(raw.trim()) };
        break;
      }
      values[role] = v;
    }
    if (failure) {
      bad.push(failure);
      continue;
    }
    const params = values.params as number;
    const tokens =
      tokensFrom === 'tokens'
        ? (values.tokens as number)
        : Math.exp(Math.log(values.flops as number) - Math.log(6) - Math.log(params));
    if (!(tokens > 0 && Number.isFinite(tokens))) {
      bad.push({ line, reason: 'non-positive', role: 'flops', text: clipText(String(values.flops)) });
      continue;
    }
    runs.push({ params, tokens, loss: values.loss as number });
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
  problem: { zh: string; en: string } | null;
}

/**
 * Splits, recognises and reads a table in one call; a given mapping overrides the guess.
 * Example: parseRunsCsv('参数量,词元数,损失\n1e9,2e10,2.5').result.runs → [{ params: 1e9, tokens: 2e10, loss: 2.5 }].
 */
export function parseRunsCsv(text: string, mapping?: RunsMapping): RunsParse {
  const table = splitRunsTable(text);
  const guess = guessColumns(table.header, table.columns);
  const used = mapping ?? guess.mapping;
  const problem = table.rows.length === 0 ? { zh: '表格中没有数据行。', en: 'The table has no data rows.' } : mappingProblem(used, table.columns);
  return { table, guess, mapping: used, result: problem ? null : readRuns(table, used), problem };
}

/**
 * A bilingual refusal for a file that is too large to read without freezing the page, or null when it is fine.
 * Example: fileSizeProblem(50 * 1024 * 1024)?.en → "This file is 50 MB; the tool reads files up to 10 MB …".
 */
export function fileSizeProblem(bytes: number): { zh: string; en: string } | null {
  if (!(bytes > RUNS_MAX_BYTES)) return null;
  const mb = (x: number) => (x / (1024 * 1024)).toFixed(x >= 100 * 1024 * 1024 ? 0 : 1).replace(/\.0$/, '');
  return {
    en: `This file is ${mb(bytes)} MB; the tool reads files up to ${mb(RUNS_MAX_BYTES)} MB (about 150,000 runs). Keep only the columns N, D (or C) and loss, or fewer runs.`,
    zh: `这个文件有 ${mb(bytes)} MB；本工具最多读取 ${mb(RUNS_MAX_BYTES)} MB（约 15 万条记录）。请只保留参数量、词元数（或计算量）和损失这几列，或减少记录数。`,
  };
}

const ROLE_NAMES: Record<RunsRole, { zh: string; en: string }> = {
  params: { zh: '参数量', en: 'parameters' },
  tokens: { zh: '词元数', en: 'tokens' },
  flops: { zh: '计算量', en: 'FLOPs' },
  loss: { zh: '损失', en: 'loss' },
};

/** The name of a role in a language. Example: roleName('tokens', 'zh') → '词元数'. */
export function roleName(role: RunsRole, lang: Lang): string {
  return ROLE_NAMES[role][lang];
}

/**
 * One sentence saying why a row was skipped.
 * Example: describeBadRow({ line: 7, reason: 'non-numeric', role: 'loss', text: 'n/a' }, 'en') → 'Line 7: loss “n/a” is not a number.'
 */
export function describeBadRow(bad: BadRow, lang: Lang): string {
  const role = ROLE_NAMES[bad.role][lang];
  if (lang === 'zh') {
    if (bad.reason === 'missing') return `第 ${bad.line} 行：缺少${role}。`;
    if (bad.reason === 'non-numeric') return `第 ${bad.line} 行：${role}“${bad.text}”不是数。`;
    return `第 ${bad.line} 行：${role}“${bad.text}”不是正数。`;
  }
  if (bad.reason === 'missing') return `Line ${bad.line}: ${role} is missing.`;
  if (bad.reason === 'non-numeric') return `Line ${bad.line}: ${role} “${bad.text}” is not a number.`;
  return `Line ${bad.line}: ${role} “${bad.text}” is not positive.`;
}
