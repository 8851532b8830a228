/**
 * The words for what the runs reader (src/engine/runs-csv.ts) reports. The engine returns codes with parameters
 * (RunsMessage); this module words each one in both languages. `Words` maps every code to a function of that code's
 * own parameters, so a code without a message, in either language, is a type error.
 */
import type { Lang } from '../../i18n';
import type { RunsCode, RunsMessage, RunsRole } from '../../engine/runs-csv';

type Words = { [C in RunsCode]: (message: Extract<RunsMessage, { code: C }>) => string };

const ROLE: Record<Lang, Record<RunsRole, string>> = {
  en: { params: 'parameters', tokens: 'tokens', flops: 'FLOPs', loss: 'loss' },
  zh: { params: '参数量', tokens: '词元数', flops: '计算量', loss: '损失' },
};

const MIB = 1024 * 1024;

/** Megabytes (MiB) with one decimal under 100, whole above; `up` rounds up, so a file just over a limit never reads as the limit. */
function megabytes(bytes: number, up = false): string {
  const step = bytes >= 100 * MIB ? MIB : MIB / 10;
  const value = (up ? Math.ceil(bytes / step) * step : bytes) / MIB;
  return value.toFixed(step === MIB ? 0 : 1).replace(/\.0$/, '');
}

const en: Words = {
  missing: (m) => `Line ${m.line}: ${ROLE.en[m.column]} is missing.`,
  badNumber: (m) => `Line ${m.line}: ${ROLE.en[m.column]} “${m.text}” is not a number.`,
  notPositive: (m) => `Line ${m.line}: ${ROLE.en[m.column]} “${m.text}” is not positive.`,
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

const zh: Words = {
  missing: (m) => `第 ${m.line} 行：缺少${ROLE.zh[m.column]}。`,
  badNumber: (m) => `第 ${m.line} 行：${ROLE.zh[m.column]}“${m.text}”不是数。`,
  notPositive: (m) => `第 ${m.line} 行：${ROLE.zh[m.column]}“${m.text}”不是正数。`,
  unclosedQuote: (m) => `第 ${m.line} 行：这里的引号没有闭合，此后的内容都被读成了一个单元格。请补上引号或删去它。`,
  noRows: () => '表格中没有数据行。',
  columnNotInTable: () => '所选的列不在表格中。',
  columnUsedTwice: () => '同一列不能同时充当两种量。',
  needParams: () => '请指定参数量所在的列。',
  needLoss: () => '请指定损失所在的列。',
  needTokensOrFlops: () => '请指定训练词元数或计算量所在的列。',
  tooLarge: (m) =>
    `这个文件有 ${megabytes(m.bytes, true)} MB；本工具最多读取 ${megabytes(m.limit)} MB（约 15 万条记录）。请只保留参数量、词元数（或计算量）和损失这几列，或减少记录数。`,
};

const WORDS: Record<Lang, Words> = { en, zh };

/**
 * One sentence for a message of the runs reader, in a language.
 * Example: describeRunsMessage({ code: 'badNumber', line: 7, column: 'loss', text: 'n/a' }, 'en') → 'Line 7: loss “n/a” is not a number.'
 */
export function describeRunsMessage(message: RunsMessage, lang: Lang): string {
  // Each entry takes its own code's message; TypeScript cannot follow that through the index, hence the cast.
  return (WORDS[lang][message.code] as (m: RunsMessage) => string)(message);
}
