import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as engine from '../../../src/engine/index';

describe('engine index: the public API other code depends on', () => {
  it('exports the required functions with their documented arity', () => {
    expect(typeof engine.parseQuantity).toBe('function');
    expect(engine.chinchillaLoss.length).toBe(3);
    expect(engine.computeOptimal.length).toBe(2);
    expect(engine.stepLaw.length).toBe(2);
    expect(engine.deepseekHyperparameters.length).toBe(1);
    expect(engine.exactMatchAccuracy.length).toBe(2);
  });
  it('LAWS and LAW_INFO share the keys hoffmann2022, hoffmann2022Rounded, besiroglu2024', () => {
    expect(Object.keys(engine.LAWS).sort()).toEqual(['besiroglu2024', 'hoffmann2022', 'hoffmann2022Rounded']);
    expect(Object.keys(engine.LAW_INFO).sort()).toEqual(Object.keys(engine.LAWS).sort());
  });
  it('the functions work through the index (Gopher budget → ≈ 40B params)', () => {
    const { params } = engine.computeOptimal(engine.LAWS.hoffmann2022, engine.parseQuantity('5.76e23'));
    expect(Math.abs(params / 4.04e10 - 1)).toBeLessThan(0.005);
    expect(engine.stepLaw(7e9, 1.4e12).batchTokens).toBeGreaterThan(4.9e6);
    expect(engine.exactMatchAccuracy(0, 10)).toBe(1);
  });
});

describe('engine files stay pure (browser and Web Worker safe)', () => {
  const dir = fileURLToPath(new URL('../../../src/engine/', import.meta.url));
  // Every engine module, including those added for particular figures and tools.
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('import only sibling modules and d3-array/d3-format/d3-dsv; no DOM, Plot, Astro or Node APIs', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(dir + file, 'utf8');
      const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const spec of imports) expect(spec, file).toMatch(/^\.\/|^d3-(array|format|dsv)$/);
      expect(source, file).not.toMatch(/\b(document|window|process)\.|\blocalStorage\b|\brequire\(/);
    }
  });
});

describe('the index re-exports every engine module', () => {
  it('has one `export *` line per module file', () => {
    const dir = fileURLToPath(new URL('../../../src/engine/', import.meta.url));
    const index = readFileSync(dir + 'index.ts', 'utf8');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      expect(index, file).toContain(`export * from './${file.replace(/\.ts$/, '')}';`);
    }
  });
});
