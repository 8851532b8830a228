import { describe, expect, it } from 'vitest';
import { APPROACH_EXPONENTS } from '../../../src/engine/chinchilla-tables';
import { LAWS, type LawKey } from '../../../src/engine/chinchilla';
import { APPROACH_LABELS, DEEPSEEK_TABLE4_LABELS, EXPONENT_ROW_LABELS, LAW_INFO, PLANNER_LAW_NAMES, exponentRowMethod, lawName } from '../../../src/figures/lib/laws';
import { DISTRIBUTION_SHIFT_NOTE } from '../../../src/figures/lib/notes';
import { DEEPSEEK_TABLE4, approachExponentComparison } from '../../../src/engine/chinchilla-approaches';
import { PLANNER_LAW_INFO } from '../../../src/engine/planner';

const keys = Object.keys(LAWS) as LawKey[];

describe('LAW_INFO and APPROACH_LABELS (the words for the engine’s LAWS and Hoffmann et al. 2022 Table 2 rows)', () => {
  it('LAW_INFO has bilingual names, an arXiv id and a status for every law', () => {
    expect(Object.keys(LAW_INFO).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const info = LAW_INFO[key];
      expect(info.name.zh.length).toBeGreaterThan(0);
      expect(info.name.en.length).toBeGreaterThan(0);
      expect(info.source.arxiv).toMatch(/^\d{4}\.\d{5}$/);
      expect(['P', 'R', 'S', 'D', 'UNVERIFIED']).toContain(info.status);
      expect(lawName(key, 'en')).toBe(info.shortName.en);
    }
    expect(LAW_INFO.hoffmann2022.source.arxiv).toBe('2203.15556');
    expect(LAW_INFO.besiroglu2024.source.arxiv).toBe('2404.10102');
    expect(LAW_INFO.besiroglu2024.status).toBe('S');
  });
  it('APPROACH_LABELS has a label in both languages for every row of APPROACH_EXPONENTS (Table 2, Table A2)', () => {
    for (const r of APPROACH_EXPONENTS) expect(APPROACH_LABELS[r.id].zh.length && APPROACH_LABELS[r.id].en.length).toBeTruthy();
  });
});

describe('words moved out of the engine (issue 14 §2): DeepSeek Table 4, the exponent comparison, the planner, Kaplan Fig. 8', () => {
  it('DEEPSEEK_TABLE4_LABELS words every DEEPSEEK_TABLE4 row (DeepSeek-AI 2024 Table 4)', () => {
    for (const r of DEEPSEEK_TABLE4) expect(DEEPSEEK_TABLE4_LABELS[r.id].en.length && DEEPSEEK_TABLE4_LABELS[r.id].zh.length).toBeTruthy();
    expect(DEEPSEEK_TABLE4_LABELS.current.en).toBe('DeepSeek (current data)');
  });
  it('approachExponentComparison rows have labels, and their methods name the rows fitted (Hoffmann Table 3: 9 rows; A3 without 175B: 8)', () => {
    const rows = approachExponentComparison('exclude');
    for (const r of rows) {
      expect(EXPONENT_ROW_LABELS[r.id].en.length && EXPONENT_ROW_LABELS[r.id].zh.length).toBeTruthy();
      const m = exponentRowMethod(r, 'exclude');
      expect(m.en.length && m.zh.length).toBeTruthy();
    }
    expect(exponentRowMethod(rows.find((r) => r.id === 'approach1')!, 'exclude').en).toBe('fit through Table 3 (9 rows)');
    expect(exponentRowMethod(rows.find((r) => r.id === 'approach3')!, 'exclude')).toEqual({ en: 'fit through Table A3 (8 rows, no 175B)', zh: '拟合原文表 A3（8 行，去掉 175B）' });
    const corrected = approachExponentComparison('corrected').find((r) => r.id === 'approach3')!;
    expect(exponentRowMethod(corrected, 'corrected').en).toBe('fit through Table A3 (9 rows, 175B corrected)');
  });
  it('PLANNER_LAW_NAMES words every planner law', () => {
    expect(Object.keys(PLANNER_LAW_NAMES).sort()).toEqual(Object.keys(PLANNER_LAW_INFO).sort());
    expect(PLANNER_LAW_NAMES.kaplan.en).toBe('Kaplan 2020 (non-embedding)');
  });
  it('DISTRIBUTION_SHIFT_NOTE says the Kaplan Fig. 8 offsets are schematic, in both languages', () => {
    expect(DISTRIBUTION_SHIFT_NOTE.en).toMatch(/Schematic/);
    expect(DISTRIBUTION_SHIFT_NOTE.zh).toMatch(/示意/);
  });
});
