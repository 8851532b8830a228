import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as engine from '../../../src/engine/index';
import lawsEn from '../../../src/i18n/laws/en';

describe('engine index: the public API other code depends on', () => {
  it('exports the required functions with their documented arity', () => {
    expect(typeof engine.trainingFlops).toBe('function');
    expect('parseQuantity' in engine, 'reading what people type is the presentation layer’s (src/lib/numbers.ts)').toBe(false);
    expect(engine.chinchillaLoss.length).toBe(3);
    expect(engine.computeOptimal.length).toBe(2);
    expect(engine.stepLaw.length).toBe(2);
    expect(engine.deepseekHyperparameters.length).toBe(1);
    expect(engine.exactMatchAccuracy.length).toBe(2);
  });
  it('LAWS and the laws catalogue (src/i18n/laws) share the keys hoffmann2022, hoffmann2022Rounded, besiroglu2024, muennighoff2023', () => {
    expect(Object.keys(engine.LAWS).sort()).toEqual(['besiroglu2024', 'hoffmann2022', 'hoffmann2022Rounded', 'muennighoff2023']);
    expect(Object.keys(lawsEn.law).sort()).toEqual(Object.keys(engine.LAWS).sort());
  });
  it('the functions work through the index (Gopher budget → ≈ 40B params)', () => {
    const { params } = engine.computeOptimal(engine.LAWS.hoffmann2022, engine.GOPHER_BUDGET);
    expect(Math.abs(params / 4.04e10 - 1)).toBeLessThan(0.005);
    expect(engine.stepLaw(7e9, 1.4e12).batchTokens).toBeGreaterThan(4.9e6);
    expect(engine.exactMatchAccuracy(0, 10)).toBe(1);
  });
});

describe('engine files stay pure (browser and Web Worker safe)', () => {
  const dir = fileURLToPath(new URL('../../../src/engine/', import.meta.url));
  // Every engine module, including those added for particular figures and tools.
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('import only sibling modules and d3-array/d3-dsv; no DOM, Plot, Astro or Node APIs', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const spec of imports) expect(spec, file).toMatch(/^\.\/|^d3-(array|dsv)$/);
      expect(source, file).not.toMatch(/\b(document|window|process)\.|\blocalStorage\b|\brequire\(/);
    }
  });
});

describe('the index re-exports every engine module', () => {
  it('has one `export *` line per module file', () => {
    const dir = fileURLToPath(new URL('../../../src/engine/', import.meta.url));
    const index = readFileSync(`${dir}index.ts`, 'utf8');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      expect(index, file).toContain(`export * from './${file.replace(/\.ts$/, '')}';`);
    }
  });
});

describe('the engine speaks numbers (issue 14 §2): no words for readers in src/engine/', () => {
  const dir = fileURLToPath(new URL('../../../src/engine/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
  it('no file holds CJK characters, a Lang parameter or type, bilingual { zh, en } text or an import from i18n', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      const line = (re: RegExp) => source.split('\n').find((l) => re.test(l));
      expect(line(CJK), `${file}: CJK`).toBeUndefined();
      expect(line(/\bLang\b/), `${file}: Lang`).toBeUndefined();
      expect(line(/\bzh\s*[:?]/), `${file}: zh text`).toBeUndefined();
      expect(line(/i18n/), `${file}: i18n`).toBeUndefined();
    }
  });
  it('the check catches what it should: CJK text, a Lang parameter and a bilingual label', () => {
    expect(CJK.test('损失')).toBe(true);
    expect(CJK.test('（')).toBe(true);
    expect(CJK.test('E + A/N^α + B/D^β ≈ 1.69 nats, 10¹² × 6·N·D — “40B”')).toBe(false);
    expect(/\bLang\b/.test('export function lawName(key: LawKey, lang: Lang): string')).toBe(true);
    expect(/\bzh\s*[:?]/.test("label: { en: 'Approach 1', zh: '方法 1' }")).toBe(true);
  });
});
