import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '../../../src/data/chinchilla-runs';
import { cellNumber, fileSizeProblem, guessColumns, headerRole, mappingProblem, parseRunsCsv, readRuns, RUNS_MAX_BYTES, splitRunsTable } from '../../../src/lib/runs-csv';

describe('cellNumber', () => {
  it('reads plain numbers, exponents, SI and Chinese units; null for text', () => {
    expect(cellNumber('2.5')).toBe(2.5);
    expect(cellNumber(' 1.4e12 ')).toBe(1.4e12);
    expect(cellNumber('7B')).toBe(7e9);
    expect(cellNumber('70亿')).toBe(7e9);
    expect(cellNumber('6.2×10²³')).toBeCloseTo(6.2e23, -10);
    expect(cellNumber('-3')).toBe(-3);
    expect(cellNumber('0')).toBe(0);
    for (const t of ['', 'abc', 'NaN', 'Infinity', '1e999', '7BB']) expect(cellNumber(t), t).toBeNull();
  });
});

describe('splitRunsTable', () => {
  it('detects comma, tab, semicolon and space delimiters, a header, and 1-based lines (blank and # lines skipped)', () => {
    const t = splitRunsTable('\uFEFFN,D,loss\r\n1e9,2e10,2.5\n\n# note\n2e9,4e10,2.3\n');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['N', 'D', 'loss']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1e9', '2e10', '2.5'] },
      { line: 5, cells: ['2e9', '4e10', '2.3'] },
    ]);
    expect(splitRunsTable('params\ttokens\tloss\n1\t2\t3').delimiter).toBe('\t');
    expect(splitRunsTable('a;b;c\n1,5;2;3').delimiter).toBe(';');
    const spaces = splitRunsTable('1e9   2e10  2.5\n2e9 4e10 2.3');
    expect(spaces.delimiter).toBe(' ');
    expect(spaces.header).toBeNull();
    expect(spaces.rows[0].cells).toEqual(['1e9', '2e10', '2.5']);
  });

  it('handles quoted fields with delimiters and doubled quotes', () => {
    const t = splitRunsTable('"Model, size","Training FLOP","loss ""final"""\n"1,000,000",6e18,3.1');
    expect(t.header).toEqual(['Model, size', 'Training FLOP', 'loss "final"']);
    expect(t.rows[0].cells).toEqual(['1,000,000', '6e18', '3.1']);
    expect(cellNumber(t.rows[0].cells[0])).toBe(1e6);
  });
});

describe('splitRunsTable: quoting, delimiters and line ends (d3-dsv)', () => {
  it('keeps a quoted line break inside its cell, and the line numbers of later rows right', () => {
    const text = '"Model\nSize","Training\r\nFLOP",loss\n1e9,6e19,2.5\n"2e9",6e19,"2.4"\n1e9,x,2.5\n';
    const t = splitRunsTable(text);
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['Model\nSize', 'Training\r\nFLOP', 'loss']);
    expect(t.rows.map((r) => r.line)).toEqual([4, 5, 6]);
    const r = parseRunsCsv(text);
    expect(r.guess.sure).toBe(true);
    expect(r.result!.lines).toEqual([4, 5]);
    expect(r.result!.bad).toEqual([{ code: 'badNumber', line: 6, column: 'flops', text: 'x' }]);
    // A line break in a data cell: the row starts on its own line, the next one two lines later.
    const notes = splitRunsTable('N,D,loss,note\n1e9,2e10,2.5,"first\nsecond\nthird"\n2e9,4e10,2.4,ok');
    expect(notes.rows).toEqual([
      { line: 2, cells: ['1e9', '2e10', '2.5', 'first\nsecond\nthird'] },
      { line: 5, cells: ['2e9', '4e10', '2.4', 'ok'] },
    ]);
  });

  it('is not fooled by delimiters inside quotes when it picks the delimiter', () => {
    // Three commas inside quotes, two semicolons outside: semicolons.
    const t = splitRunsTable('"N, params";"D, tokens, all";loss\n1e9;2e10;2.5');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['N, params', 'D, tokens, all', 'loss']);
    expect(t.rows[0].cells).toEqual(['1e9', '2e10', '2.5']);
    // A tab inside a quoted header cell is not a tab delimiter; nor is a comma on the second line of a quoted cell.
    expect(splitRunsTable('"N\tparams",D,loss\n1,2,3').delimiter).toBe(',');
    expect(splitRunsTable('"N;\nparams, D";D;loss\n1;2;3').delimiter).toBe(';');
    // The first record is found past blank lines and # comments (which may hold anything).
    const c = splitRunsTable('\n# a comment; with; semicolons\n\nN\tD\tloss\n1\t2\t3');
    expect(c.delimiter).toBe('\t');
    expect(c.rows).toEqual([{ line: 5, cells: ['1', '2', '3'] }]);
  });

  it('reads quoted commas in numbers, BOM, Chinese numbers, tabs, semicolons, CRLF, CR, blank lines and runs of spaces', () => {
    const commas = parseRunsCsv('\uFEFFparams,tokens,loss\r\n"1,000,000,000","20,000,000,000",2.5\r\n\r\n"70亿","1.4T","2.1"\r\n');
    expect(commas.table.header).toEqual(['params', 'tokens', 'loss']);
    expect(commas.result!.runs).toEqual([
      { params: 1e9, tokens: 2e10, loss: 2.5 },
      { params: 7e9, tokens: 1.4e12, loss: 2.1 },
    ]);
    expect(commas.result!.lines).toEqual([2, 4]);
    const tabs = splitRunsTable('参数量\t词元数\t损失\r\n70亿\t1.4万亿\t2.1\r\n\t\t\r\n1e9\t"2e10"\t2.5');
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.rows).toEqual([
      { line: 2, cells: ['70亿', '1.4万亿', '2.1'] },
      { line: 4, cells: ['1e9', '2e10', '2.5'] },
    ]);
    const cr = splitRunsTable('N;D;loss\r1e9;2e10;2.5\r\r2e9;4e10;2.4');
    expect(cr.delimiter).toBe(';');
    expect(cr.rows.map((r) => r.line)).toEqual([2, 4]);
    const spaces = splitRunsTable('"model size"  tokens loss\n  1e9   2e10  2.5  \n');
    expect(spaces.delimiter).toBe(' ');
    expect(spaces.header).toEqual(['model size', 'tokens', 'loss']);
    expect(spaces.rows).toEqual([{ line: 2, cells: ['1e9', '2e10', '2.5'] }]);
    expect(parseRunsCsv('\uFEFF').problem).not.toBeNull();
    expect(splitRunsTable('').rows).toEqual([]);
    // A row of empty cells (a spreadsheet's trailing rows) is a blank line, not a row with missing values.
    expect(parseRunsCsv('N,D,loss\n1e9,2e10,2.5\n,,\n , ,\n').result!.bad).toEqual([]);
  });

  it('finds a quote that is never closed, at the line where it opens', () => {
    const t = splitRunsTable('N,D,loss\n1e9,2e10,2.5\n2e9,"4e10,2.4\n3e9,6e10,2.3\n4e9,8e10,2.2\n');
    expect(t.warnings).toEqual([{ code: 'unclosedQuote', line: 3 }]);
    expect(t.rows).toHaveLength(2);
    expect(splitRunsTable('N,D,"loss\nfinal"\n1,2,3').warnings).toEqual([]);
    expect(splitRunsTable('N,D,note\n1,2,"a\nb"\n').warnings).toEqual([]);
    expect(splitRunsTable('N,D,note\n1,2,"a\r\nb"\r\n').warnings).toEqual([]);
    expect(splitRunsTable('N,"D\nx",note\n1,2,"a\nb').warnings).toEqual([{ code: 'unclosedQuote', line: 3 }]);
  });

  it('reads a 10 MB file of 285,714 runs in seconds, with the right last line', () => {
    const lines = ['"Model\nSize",Training FLOP,loss'];
    let i = 0;
    let size = lines[0].length + 1;
    while (size < 10 * 1000 * 1000) {
      const row = `${(1e8 + i * 997).toPrecision(9)},${(6e18 + i * 1.3e13).toPrecision(9)},"${(2 + (i % 1000) / 1e4).toFixed(5)}"`;
      lines.push(row);
      size += row.length + 1;
      i++;
    }
    lines.push('1e9,oops,2.5');
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThanOrEqual(10e6);
    expect(text.length).toBeLessThanOrEqual(RUNS_MAX_BYTES);
    const t0 = performance.now();
    const r = parseRunsCsv(text);
    const ms = performance.now() - t0;
    console.log(`runs-csv: ${(text.length / 1e6).toFixed(1)} MB, ${i} runs parsed in ${ms.toFixed(0)} ms`);
    expect(r.result!.runs).toHaveLength(i);
    expect(r.result!.bad).toEqual([{ code: 'badNumber', line: i + 3, column: 'flops', text: 'oops' }]);
    // About 1 s on an idle core; generous for a loaded machine, still far from a quadratic blow-up (minutes).
    expect(ms).toBeLessThan(10_000);
  });
});

describe('header detection in both languages', () => {
  it('recognises English and Chinese names, with units and case', () => {
    expect(headerRole('Model Size')).toBe('params');
    expect(headerRole('N')).toBe('params');
    expect(headerRole('参数量')).toBe('params');
    expect(headerRole('tokens (B)')).toBe('tokens');
    expect(headerRole('词元数')).toBe('tokens');
    expect(headerRole('D')).toBe('tokens');
    expect(headerRole('Training FLOP')).toBe('flops');
    expect(headerRole('计算量')).toBe('flops');
    expect(headerRole('C')).toBe('flops');
    expect(headerRole('final_loss')).toBe('loss');
    expect(headerRole('损失')).toBe('loss');
    expect(headerRole('colour')).toBeNull();
  });

  it('is sure about Epoch’s CSV header (x,y,color,Model Size,Training FLOP,hex_color,loss)', () => {
    const g = guessColumns(['x', 'y', 'color', 'Model Size', 'Training FLOP', 'hex_color', 'loss'], 7);
    expect(g).toEqual({ mapping: { params: 3, tokens: null, flops: 4, loss: 6 }, sure: true });
  });

  it('is unsure without a header, with a missing column, or with a duplicate, and guesses by position', () => {
    expect(guessColumns(null, 3)).toEqual({ mapping: { params: 0, tokens: 1, flops: null, loss: 2 }, sure: false });
    expect(guessColumns(null, 4).mapping).toEqual({ params: 0, tokens: 1, flops: 2, loss: 3 });
    expect(guessColumns(['a', 'b', 'c'], 3).sure).toBe(false);
    expect(guessColumns(['N', 'params', 'D', 'loss'], 4).sure).toBe(false);
    expect(guessColumns(['参数量', '词元数', '损失'], 3)).toEqual({ mapping: { params: 0, tokens: 1, flops: null, loss: 2 }, sure: true });
  });
});

describe('readRuns: bad rows are listed with their reason and skipped, nothing else changes', () => {
  const text = [
    'params,tokens,loss',
    '1e9,2e10,2.5', // 2 ok
    '1e9,abc,2.4', // 3 non-numeric tokens
    '1e9,2e10,', // 4 missing loss
    '-5,2e10,2.4', // 5 non-positive params
    '1e9,2e10,0', // 6 non-positive loss
    '1e9', // 7 missing tokens
    '7B,1.4T,2.1', // 8 ok, with suffixes
  ].join('\n');

  it('lists every bad row with line, column and reason', () => {
    const r = parseRunsCsv(text).result!;
    expect(r.runs).toEqual([
      { params: 1e9, tokens: 2e10, loss: 2.5 },
      { params: 7e9, tokens: 1.4e12, loss: 2.1 },
    ]);
    expect(r.lines).toEqual([2, 8]);
    expect(r.bad).toEqual([
      { code: 'badNumber', line: 3, column: 'tokens', text: 'abc' },
      { code: 'missing', line: 4, column: 'loss', text: '' },
      { code: 'notPositive', line: 5, column: 'params', text: '-5' },
      { code: 'notPositive', line: 6, column: 'loss', text: '0' },
      { code: 'missing', line: 7, column: 'tokens', text: '' },
    ]);
    // Codes and numbers only: no words in either language.
    expect(JSON.stringify(r.bad)).not.toMatch(/[\u4e00-\u9fff]|Line|not a number/);
  });

  it('computes tokens from FLOPs as C/(6N) only when no token column is mapped, and says so', () => {
    const r = parseRunsCsv('参数量,计算量,损失\n1e9,6e19,2.5').result!;
    expect(r.tokensFrom).toBe('flops');
    expect(r.runs[0].tokens / 1e10).toBeCloseTo(1, 12);
    const both = parseRunsCsv('N,D,C,loss\n1e9,3e10,6e19,2.5').result!;
    expect(both.tokensFrom).toBe('tokens');
    expect(both.runs[0].tokens).toBe(3e10);
  });

  it('accepts a mapping from the reader and refuses unusable ones', () => {
    const table = splitRunsTable('a,b,c\n2.5,1e9,2e10');
    expect(readRuns(table, { params: 1, tokens: 2, flops: null, loss: 0 }).runs).toEqual([{ params: 1e9, tokens: 2e10, loss: 2.5 }]);
    expect(mappingProblem({ params: 0, tokens: 0, flops: null, loss: 2 }, 3)).toEqual({ code: 'columnUsedTwice' });
    expect(mappingProblem({ params: 0, tokens: null, flops: null, loss: 2 }, 3)).toEqual({ code: 'needTokensOrFlops' });
    expect(mappingProblem({ params: 5, tokens: 1, flops: null, loss: 2 }, 3)).toEqual({ code: 'columnNotInTable' });
    expect(mappingProblem({ params: 0.5, tokens: 1, flops: null, loss: 2 }, 3)).toEqual({ code: 'columnNotInTable' });
    expect(mappingProblem({ params: null, tokens: 1, flops: null, loss: 2 }, 3)).toEqual({ code: 'needParams' });
    expect(mappingProblem({ params: 0, tokens: 1, flops: null, loss: null }, 3)).toEqual({ code: 'needLoss' });
    expect(mappingProblem({ params: 0, tokens: null, flops: 1, loss: 2 }, 3)).toBeNull();
    expect(() => readRuns(table, { params: null, tokens: 1, flops: null, loss: 2 })).toThrow(RangeError);
    expect(parseRunsCsv('N,D,loss\n').problem).toEqual({ code: 'noRows' });
    expect(parseRunsCsv('N,D,loss\n1,2,3', { params: 0, tokens: 0, flops: null, loss: 2 })).toMatchObject({ problem: { code: 'columnUsedTwice' }, result: null });
  });

  it('reads the 240 Chinchilla runs written as CSV back exactly, and 10,000 rows quickly', () => {
    const csv = ['Model Size,Training FLOP,loss', ...chinchillaRuns.map((r) => `${r.params},${6 * r.params * r.tokens},${r.loss}`)].join('\n');
    const r = parseRunsCsv(csv).result!;
    expect(r.runs).toHaveLength(240);
    expect(r.bad).toEqual([]);
    r.runs.forEach((run, i) => {
      expect(run.params).toBe(chinchillaRuns[i].params);
      expect(run.tokens / chinchillaRuns[i].tokens).toBeCloseTo(1, 12);
      expect(run.loss).toBe(chinchillaRuns[i].loss);
    });
    const big = ['N\tD\tloss', ...Array.from({ length: 10000 }, (_, i) => `${1e8 + i * 1e5}\t${2e10 + i}\t${2 + i / 1e5}`)].join('\n');
    const t0 = performance.now();
    const rb = parseRunsCsv(big).result!;
    expect(rb.runs).toHaveLength(10000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('fileSizeProblem', () => {
  it('refuses a file over 10 MiB with its size and the limit, accepts up to 10 MiB', () => {
    expect(RUNS_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(fileSizeProblem(50 * 1024 * 1024)).toEqual({ code: 'tooLarge', bytes: 50 * 1024 * 1024, limit: RUNS_MAX_BYTES });
    expect(fileSizeProblem(RUNS_MAX_BYTES + 1)).toEqual({ code: 'tooLarge', bytes: RUNS_MAX_BYTES + 1, limit: RUNS_MAX_BYTES });
    expect(fileSizeProblem(RUNS_MAX_BYTES)).toBeNull();
    expect(fileSizeProblem(1000)).toBeNull();
  });
});
