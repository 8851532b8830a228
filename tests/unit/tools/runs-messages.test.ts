import { describe, expect, it } from 'vitest';
import { describeRunsMessage as describeIn } from '../../../src/components/tools/describe-runs';
import en from '../../../src/i18n/tools/en';
import zh from '../../../src/i18n/tools/zh';
import { fileSizeProblem, parseRunsCsv, RUNS_MAX_BYTES, splitRunsTable, type RunsCode, type RunsMessage } from '../../../src/lib/runs-csv';

/** The sentence for `message` from the tools catalogue of `lang` (src/i18n/tools/<lang>.ts). */
const describeRunsMessage = (message: RunsMessage, lang: 'en' | 'zh') => describeIn(message, { en, zh }[lang]);

/** One message of every code (a Record, so a code left out here is a type error too). */
const SAMPLES: Record<RunsCode, RunsMessage> = {
  missing: { code: 'missing', line: 4, column: 'loss', text: '' },
  badNumber: { code: 'badNumber', line: 3, column: 'tokens', text: 'abc' },
  notPositive: { code: 'notPositive', line: 5, column: 'params', text: '-5' },
  unclosedQuote: { code: 'unclosedQuote', line: 9 },
  noRows: { code: 'noRows' },
  columnNotInTable: { code: 'columnNotInTable' },
  columnUsedTwice: { code: 'columnUsedTwice' },
  needParams: { code: 'needParams' },
  needLoss: { code: 'needLoss' },
  needTokensOrFlops: { code: 'needTokensOrFlops' },
  tooLarge: { code: 'tooLarge', bytes: 50 * 1024 * 1024, limit: RUNS_MAX_BYTES },
};

describe('describeRunsMessage: the fit panel words the runs reader’s codes', () => {
  it('words every code in both languages: a sentence in each, Chinese in zh, none in en, all different', () => {
    for (const lang of ['en', 'zh'] as const) {
      const texts = Object.values(SAMPLES).map((m) => describeRunsMessage(m, lang));
      for (const text of texts) {
        expect(text).toMatch(/[.。]$/);
        expect(/[\u4e00-\u9fff]/.test(text), text).toBe(lang === 'zh');
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('says which line, which column and what was written, for skipped rows read from a table', () => {
    const text = ['params,tokens,loss', '1e9,2e10,2.5', '1e9,abc,2.4', '1e9,2e10,', '-5,2e10,2.4', '1e9,6e19,0'].join('\n');
    const bad = parseRunsCsv(text).result!.bad;
    expect(bad.map((b) => describeRunsMessage(b, 'en'))).toEqual([
      'Line 3: tokens “abc” is not a number.',
      'Line 4: loss is missing.',
      'Line 5: parameters “-5” is not positive.',
      'Line 6: loss “0” is not positive.',
    ]);
    expect(bad.map((b) => describeRunsMessage(b, 'zh'))).toEqual([
      '第 3 行：词元数“abc”不是数。',
      '第 4 行：缺少损失。',
      '第 5 行：参数量“-5”不是正数。',
      '第 6 行：损失“0”不是正数。',
    ]);
    const flops = parseRunsCsv('N,C,loss\n1e9,n/a,2.5').result!.bad[0];
    expect(describeRunsMessage(flops, 'en')).toBe('Line 2: FLOPs “n/a” is not a number.');
    expect(describeRunsMessage(flops, 'zh')).toBe('第 2 行：计算量“n/a”不是数。');
  });

  it('words the table and mapping problems and the unclosed quote', () => {
    expect(describeRunsMessage(parseRunsCsv('N,D,loss\n').problem!, 'en')).toBe('The table has no data rows.');
    expect(describeRunsMessage(parseRunsCsv('N,D,loss\n').problem!, 'zh')).toBe('表格中没有数据行。');
    const twice = parseRunsCsv('N,D,loss\n1,2,3', { params: 0, tokens: 0, flops: null, loss: 2 }).problem!;
    expect(describeRunsMessage(twice, 'en')).toBe('One column cannot stand for two quantities.');
    expect(describeRunsMessage(twice, 'zh')).toBe('同一列不能同时充当两种量。');
    expect(describeRunsMessage({ code: 'needTokensOrFlops' }, 'en')).toBe('Choose the column with training tokens or with FLOPs.');
    expect(describeRunsMessage({ code: 'needLoss' }, 'zh')).toBe('请指定损失所在的列。');
    const quote = splitRunsTable('N,D,loss\n1,2,3\n4,"5,6\n7,8,9').warnings[0];
    expect(describeRunsMessage(quote, 'en')).toBe('Line 3: a quote opens here and is never closed, so everything after it was read as one cell. Close the quote or remove it.');
    expect(describeRunsMessage(quote, 'zh')).toMatch(/^第 3 行：这里的引号没有闭合/);
  });

  it('states the size and the 10 MB limit, rounding a file just over the limit up so it never reads as the limit', () => {
    expect(describeRunsMessage(fileSizeProblem(50 * 1024 * 1024)!, 'en')).toBe(
      'This file is 50 MB; the tool reads files up to 10 MB (about 150,000 runs). Keep only the columns N, D (or C) and loss, or fewer runs.',
    );
    expect(describeRunsMessage(fileSizeProblem(50 * 1024 * 1024)!, 'zh')).toBe(
      '这个文件有 50 MB；本工具最多读取 10 MB（约 15 万条记录）。请只保留参数量、词元数（或计算量）和损失这几列，或减少记录数。',
    );
    expect(describeRunsMessage(fileSizeProblem(RUNS_MAX_BYTES + 1)!, 'en')).toMatch(/^This file is 10\.1 MB; the tool reads files up to 10 MB /);
    expect(describeRunsMessage(fileSizeProblem(RUNS_MAX_BYTES + 1)!, 'zh')).toMatch(/^这个文件有 10\.1 MB；本工具最多读取 10 MB（/);
    expect(describeRunsMessage(fileSizeProblem(150.2 * 1024 * 1024)!, 'en')).toMatch(/^This file is 151 MB;/);
  });
});
