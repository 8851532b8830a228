/**
 * Text a reader sees must not point at the project's internal files or its history: no `facts.md` or other
 * working documents, no source paths, no "draft", no fact-sheet status codes. This test runs over every figure's
 * words in both languages (title, caption, source, alt, and every parameter label, help text and option), the UI
 * strings and the chapters. tests/e2e/built-output.spec.ts runs the same check over the built HTML and bundles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../src/figures/lib/registry';
import { captionsOf } from '../../../src/figures/lib/catalogue';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';
import { internalReferences } from '../../support/reader-text';

type Lang = 'en' | 'zh';

/** Every string under a `{ zh, en }` pair anywhere in a figure definition (strings, params, options). */
function localized(value: unknown, lang: Lang, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const obj = value as Record<string, unknown>;
  if (typeof obj.zh === 'string' && typeof obj.en === 'string') out.push(obj[lang] as string);
  for (const [k, v] of Object.entries(obj)) if (k !== 'render') localized(v, lang, out, seen);
  return out;
}

function figureTexts(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [id, def] of FIGURES) {
    const s = captionsOf(def, lang);
    for (const key of ['title', 'caption', 'source', 'alt'] as const) out.push({ where: `${id}.${lang}.${key}`, text: s[key] });
    for (const text of localized(def.params, lang)) out.push({ where: `${id}.${lang}.params`, text });
  }
  return out;
}

describe('reader-facing text names no internal file, source path or draft', () => {
  it('the detector catches each kind of internal reference and passes ordinary prose', () => {
    expect(internalReferences('numbers from secondary sources (facts.md §8)')).toEqual(['facts.md']);
    expect(internalReferences('see DESIGN.md, STYLE.md and GLOSSARY.md')).toEqual(['DESIGN.md', 'STYLE.md', 'GLOSSARY.md']);
    expect(internalReferences('computed in src/engine/chinchilla.ts')).toEqual(['src/engine/chinchilla.ts', 'chinchilla.ts']);
    expect(internalReferences('drawn by lib/plot.tsx and scripts/serve.mjs')).toEqual(['scripts/serve.mjs', 'plot.tsx', 'serve.mjs']);
    expect(internalReferences('an earlier draft of this chapter labelled it')).toEqual(['draft']);
    expect(internalReferences('本章早先的草稿把它标成了')).toEqual(['草稿']);
    expect(internalReferences('objective as given by secondary sources (status S)')).toEqual(['status S']);
    expect(internalReferences('目标函数取自二手来源（状态 S）')).toEqual(['状态 S']);
    expect(internalReferences('≈32B with the rounded ones (facts §2d)')).toEqual(['facts §2d']);
    // Ordinary prose: scratchpads (草稿本), external repositories and READMEs, arXiv ids, a .py file of a cited repo.
    expect(internalReferences('草稿本：8 位数加法；the DeepSeek-V3 README; step-law/steplaw (code/fit_tool.py); arXiv 2001.08361; the Llama 3.1 MODEL_CARD.md')).toEqual([]);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`every figure's words (${lang})`, () => {
      const found = figureTexts(lang).flatMap(({ where, text }) => internalReferences(text).map((hit) => `${where}: ${hit}`));
      expect(found).toEqual([]);
      expect(figureTexts(lang).length).toBeGreaterThan(FIGURES.size * 4);
    });

    it(`the UI strings and the chapters (${lang})`, () => {
      const ui = lang === 'en' ? en : zh;
      const texts = [
        ...Object.entries(ui).map(([k, v]) => ({ where: `i18n ${k}`, text: v as string })),
        ...readdirSync(`content/${lang}`)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => ({ where: `content/${lang}/${f}`, text: readFileSync(`content/${lang}/${f}`, 'utf8') })),
      ];
      expect(texts.flatMap(({ where, text }) => internalReferences(text).map((hit) => `${where}: ${hit}`))).toEqual([]);
    });
  }
});
