import { describe, expect, it } from 'vitest';
import { APPROACH_EXPONENTS } from '../../../src/engine/chinchilla-tables';
import { LAWS, type LawKey } from '../../../src/engine/chinchilla';
import { LAW_SOURCES, LAW_STATUS, exponentRowMethodIn } from '../../../src/figures/lib/laws';
import { approachExponentComparison } from '../../../src/engine/chinchilla-approaches';
import { PLANNER_LAW_INFO } from '../../../src/engine/planner';
import en from '../../../src/i18n/laws/en';
import zh from '../../../src/i18n/laws/zh';

const keys = Object.keys(LAWS) as LawKey[];
const both = [en, zh] as const;
const sortedKeys = (o: object) => Object.keys(o).sort();

describe('the laws catalogue (src/i18n/laws) words every key the engine uses', () => {
  it('every law in LAWS has a name, short name and note in both languages, and a citation and status', () => {
    for (const m of both) expect(sortedKeys(m.law)).toEqual([...keys].sort());
    for (const key of keys) {
      for (const m of both) for (const w of Object.values(m.law[key])) expect(w.length, key).toBeGreaterThan(0);
      expect(LAW_SOURCES[key].arxiv).toMatch(/^\d{4}\.\d{5}$/);
      expect(['P', 'R', 'S', 'D', 'UNVERIFIED']).toContain(LAW_STATUS[key]);
    }
    expect(LAW_SOURCES.hoffmann2022.arxiv).toBe('2203.15556');
    expect(LAW_SOURCES.besiroglu2024.arxiv).toBe('2404.10102');
    expect(LAW_STATUS.besiroglu2024).toBe('S');
    expect(en.law.besiroglu2024.shortName).toBe('Besiroglu 2024');
  });
  it('every row of Hoffmann et al. 2022 Table 2 / A2 (APPROACH_EXPONENTS) has a label', () => {
    for (const m of both) {
      for (const r of APPROACH_EXPONENTS) expect(m.approach[r.id]?.length, r.id).toBeGreaterThan(0);
      expect(sortedKeys(m.planner)).toEqual(sortedKeys(PLANNER_LAW_INFO));
    }
    expect(en.planner.kaplan).toBe('Kaplan 2020 (non-embedding)');
  });
  it('the exponent comparison rows have labels, and their methods name the rows fitted (Hoffmann Table 3: 9 rows; A3 without 175B: 8)', () => {
    const rows = approachExponentComparison('exclude');
    for (const r of rows) for (const m of both) expect(m.exponentRow[r.id].length && exponentRowMethodIn(m, r, 'exclude').length).toBeTruthy();
    expect(exponentRowMethodIn(en, rows.find((r) => r.id === 'approach1')!, 'exclude')).toBe('fit through Table 3 (9 rows)');
    const a3 = rows.find((r) => r.id === 'approach3')!;
    expect(exponentRowMethodIn(en, a3, 'exclude')).toBe('fit through Table A3 (8 rows, no 175B)');
    expect(exponentRowMethodIn(zh, a3, 'exclude')).toBe('拟合原文表 A3（8 行，去掉 175B）');
    const corrected = approachExponentComparison('corrected').find((r) => r.id === 'approach3')!;
    expect(exponentRowMethodIn(en, corrected, 'corrected')).toBe('fit through Table A3 (9 rows, 175B corrected)');
  });
});
