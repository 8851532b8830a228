import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripStrings } from '../../../src/integrations/strip-figure-strings.mjs';
import { keepLanguage } from '../../../src/integrations/lang-bundles.mjs';

/** A figure in the legacy shape (mirage.ts before its words moved to catalogues), the input these build plugins exist for. */
const LEGACY_FIGURE = 'tests/unit/lib/fixtures/legacy-figure.ts.txt';

describe('strip-figure-strings (client bundles)', () => {
  it('removes the title, caption, source and alt of a figure but keeps its parameters and render', () => {
    const code = readFileSync(LEGACY_FIGURE, 'utf8');
    const out = stripStrings(code, 'mirage.ts')!;
    expect(code).toContain('A smooth loss, a sudden-looking accuracy');
    expect(out).not.toContain('A smooth loss, a sudden-looking accuracy');
    expect(out).not.toContain('平滑的损失');
    expect(out).toContain('render(params, lang, ctx)');
    expect(out).toContain("label: { zh: '答案长度 L', en: 'Answer length L' }");
    expect(out.indexOf('const STRIPPED_STRINGS')).toBe(0);
  });
  it('leaves files without a figure definition alone', () => {
    expect(stripStrings('export const x = 1;', 'x.ts')).toBeNull();
  });
});

describe('lang-bundles: one copy of the client code per language', () => {
  const code = `
    const a = { zh: '中文', en: 'English' };
    const b = { en: { title: 'T', nested: { zh: '内', en: 'in' } }, zh: { title: '题' } };
    const zh = 1, en = 2; const c = { zh, en };
    const d = { zh: 'x', en: 'y', note: 'three keys: untouched' };
    const e = { 'zh': 'q', 'en': 'r' };
    const f = { ...a, en: 'spread: untouched' };
    const g = pick(lang, '长' + pick(lang, '内', 'in'), 'long');
    const h = pick('en', '固定', 'fixed');
    const i = lang === 'zh' ? '中' : lang !== 'en' ? 'x' : { zh: 'y', en: 'z' };
    const j = other === 'zh' ? 'kept' : 'both';
  `;
  it('keeps only the page language of every { zh, en } literal, inside nested values too', () => {
    const zhOut = keepLanguage(code, 'x.ts', 'zh')!;
    expect(zhOut).toContain("const a = { zh: '中文', en: void 0 }");
    expect(zhOut).toContain("const b = { en: void 0, zh: { title: '题' } }");
    expect(zhOut).toContain('const c = { zh, en: void 0 }');
    expect(zhOut).toContain("{ zh: 'x', en: 'y', note: 'three keys: untouched' }");
    expect(zhOut).toContain("{ 'zh': 'q', 'en': void 0 }");
    expect(zhOut).toContain("{ ...a, en: 'spread: untouched' }");
    expect(zhOut).toContain("const g = ('长' + ('内'));");
    expect(zhOut).toContain("pick('en', '固定', 'fixed')");
    expect(zhOut).toContain("const i = ('中');");
    expect(zhOut).toContain("const j = other === 'zh' ? 'kept' : 'both';");
    const enOut = keepLanguage(code, 'x.ts', 'en')!;
    expect(enOut).toContain("const a = { zh: void 0, en: 'English' }");
    expect(enOut).toContain("en: { title: 'T', nested: { zh: void 0, en: 'in' } }, zh: void 0");
    expect(enOut).toContain('const c = { zh: void 0, en }');
    expect(enOut).toContain("const g = ('long');");
    expect(enOut).toContain("const i = (({ zh: void 0, en: 'z' }));");
    expect(keepLanguage("const o = pick(lang, { zh: 1, en: 2, x: { zh: 'a', en: 'b' } }, { k: { zh: 3, en: 4 } });", 'x.ts', 'zh')).toBe(
      "const o = ({ zh: 1, en: 2, x: { zh: 'a', en: void 0 } });",
    );
  });
  it('reads TSX and leaves code without such literals alone', () => {
    expect(keepLanguage('const x = <p title={{ zh: 1, en: 2 }.en}>hi</p>;', 'x.tsx', 'en')).toContain('{ zh: void 0, en: 2 }');
    expect(keepLanguage('export const x = { a: 1 };', 'x.ts', 'zh')).toBeNull();
    expect(() => keepLanguage('', 'x.ts', 'fr')).toThrow(/zh or en/);
  });
  it('a real figure keeps its labels in one language', () => {
    const src = readFileSync(LEGACY_FIGURE, 'utf8');
    const out = keepLanguage(src, 'mirage.ts', 'en')!;
    expect(src).toContain("label: { zh: '答案长度 L', en: 'Answer length L' }");
    expect(out).toContain("label: { zh: void 0, en: 'Answer length L' }");
    expect(out).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });
});
