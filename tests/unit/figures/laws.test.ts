import { describe, expect, it } from 'vitest';
import { APPROACH_EXPONENTS } from '../../../src/engine/chinchilla-tables';
import { LAWS, type LawKey } from '../../../src/engine/chinchilla';
import { LAW_INFO, lawName, APPROACH_LABELS } from '../../../src/figures/lib/laws';

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
