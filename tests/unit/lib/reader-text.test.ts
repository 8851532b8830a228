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

/**
 * Every string a catalogue holds (src/i18n/<area>/<lang>…), and what each of its sentence functions says when given
 * placeholders for its numbers.
 */
function catalogueTexts(value: unknown, where: string, out: { where: string; text: string }[] = [], seen = new Set<unknown>()) {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => `⟨${i}⟩`);
    try {
      out.push({ where: `${where}()`, text: String(value(...args)) });
    } catch {
      // A sentence of a record (e.g. a run reader's message): its words are read as source by the checks below.
    }
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) catalogueTexts(v, `${where}.${k}`, out, seen);
  }
  return out;
}

const CATALOGUES = import.meta.glob<{ default: unknown }>('../../../src/i18n/*/**/*.ts', { eager: true });

/** The catalogues of one language: src/i18n/<area>/<lang>.ts and src/i18n/<area>/<lang>/<name>.ts. */
function catalogues(lang: Lang) {
  return Object.entries(CATALOGUES).filter(([path]) => new RegExp(`/i18n/[a-z]+/${lang}(\\.ts|/)`).test(path));
}

function figureTexts(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [id, def] of FIGURES) {
    const s = captionsOf(def, lang);
    for (const key of ['title', 'caption', 'source', 'alt'] as const) out.push({ where: `${id}.${lang}.${key}`, text: s[key] });
    for (const text of localized(def.params, lang)) out.push({ where: `${id}.${lang}.params`, text });
  }
  for (const [path, mod] of catalogues(lang)) catalogueTexts(mod.default, path.replace(/^.*\/i18n\//, 'i18n/'), out);
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
    it(`the catalogues of ${lang} are all read (figures, captions, frame, tools, shared words)`, () => {
      const areas = new Set(catalogues(lang).map(([path]) => /\/i18n\/([a-z]+)\//.exec(path)![1]));
      expect([...areas].sort()).toEqual(expect.arrayContaining(['captions', 'common', 'figures', 'frame', 'laws', 'tools']));
      const texts = figureTexts(lang).filter((x) => x.where.startsWith('i18n/'));
      expect(texts.length).toBeGreaterThan(500);
      const plain = texts.filter((x) => !x.where.endsWith('()'));
      expect(plain.find((x) => /undefined|NaN/.test(x.text))?.where).toBeUndefined();
    });

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
