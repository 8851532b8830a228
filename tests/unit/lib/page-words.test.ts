/**
 * The page chrome's words live in the per-language catalogues (src/i18n), never in the components, pages, layouts or
 * scripts that place them: no Chinese text there, and no `lang === 'zh' ? '…' : '…'` choosing words or punctuation
 * (a locale code such as 'zh-CN' : 'en' may still be chosen so). The catalogues' sentences with numbers are functions,
 * checked here to say what the pages said before they moved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGELOG } from '../../../src/data/changelog';
import { templates } from '../../../src/i18n';
import changelogEn from '../../../src/i18n/changelog/en';
import changelogZh from '../../../src/i18n/changelog/zh';
import homeEn from '../../../src/i18n/home/en';
import homeZh from '../../../src/i18n/home/zh';
import searchEn from '../../../src/i18n/search/en';
import searchZh from '../../../src/i18n/search/zh';
import { CHAPTER_SLUGS } from '../../../src/lib/chapters';

/** The files scanned: the top-level and content components, and everything in the pages, layouts and scripts. */
function files(dir: string, recursive: boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return recursive ? files(path, true) : [];
    return /\.(astro|ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}
const SCANNED = [
  ...files('src/components', false),
  ...files('src/components/content', false),
  ...files('src/pages', true),
  ...files('src/layouts', true),
  ...files('src/scripts', true),
];

/** The source without its comments (a comment may quote a Chinese word it explains); URLs (`https://`) are kept. */
function code(source: string): string {
  return source
    .replace(/(^|[\s{(])\/\*[\s\S]*?\*\//g, '$1')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** A ternary on the language: `x === 'zh' ? a : b` (or 'en', or !==), with its two branches. */
const LANG_TERNARY = /[!=]==\s*['"](?:zh|en)['"]\s*\?\s*([^:?\n]*?)\s*:\s*([^,;)}\]\n]*)/g;
/** What a branch may be when it is a literal: a language or locale code. */
const LOCALE = /^(['"`])(?:zh|en)(?:[-_][A-Za-z]{2})?\1$/;

/** The language ternaries of `source` that choose a literal other than a locale code (reader words or punctuation). */
function wordTernaries(source: string): string[] {
  return [...code(source).matchAll(LANG_TERNARY)]
    .filter((m) => [m[1], m[2]].some((branch) => /^\(?\s*['"`]/.test(branch.trim()) && !LOCALE.test(branch.trim().replace(/^\(\s*/, ''))))
    .map((m) => m[0]);
}

/** The lines of `source` with Chinese characters outside comments. */
function cjkLines(source: string): string[] {
  return code(source)
    .split('\n')
    .filter((line) => CJK.test(line));
}

describe('the page chrome takes its words from the catalogues (src/i18n)', () => {
  it('scans the components, pages, layouts and scripts', () => {
    expect(SCANNED).toEqual(
      expect.arrayContaining([
        'src/components/HomeIntro.astro',
        'src/components/content/Notation.astro',
        'src/layouts/Base.astro',
        'src/pages/index.astro',
        'src/pages/[lang]/data/index.astro',
        'src/scripts/search.ts',
      ]),
    );
    expect(SCANNED.length).toBeGreaterThan(25);
  });

  it('no Chinese text outside comments, and no language ternary choosing words or punctuation', () => {
    const found = SCANNED.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...cjkLines(source).map((l) => `${file}: CJK: ${l.trim()}`), ...wordTernaries(source).map((t) => `${file}: ternary: ${t}`)];
    });
    expect(found).toEqual([]);
  });

  it('the checks catch what they should and pass what they should', () => {
    expect(cjkLines("const label = lang === 'zh' ? '本章符号' : 'Notation in this chapter';")).toHaveLength(1);
    expect(cjkLines('<h2 id="map">全书地图</h2>')).toHaveLength(1);
    expect(cjkLines("{lang === 'zh' ? '（' : ' ('}")).toHaveLength(1);
    expect(cjkLines('// its header\'s language link "中文" first\n/* 中文 */\n<!-- 中文 -->\nconst a = 1;')).toEqual([]);
    expect(code("const url = 'https://example.org/'; // 注")).toBe("const url = 'https://example.org/'; ");
    expect(wordTernaries("const label = lang === 'zh' ? `第 3 章` : `Chapter 3`;")).toHaveLength(1);
    expect(wordTernaries("{lang === 'zh' ? '' : ' '}<a href={x}>")).toHaveLength(1);
    expect(wordTernaries("const label = Astro.props.title ?? (lang === 'zh' ? zhLabel : 'Notation in this chapter');")).toHaveLength(1);
    expect(wordTernaries("{lang !== 'en' ? '。' : '.'}")).toHaveLength(1);
    expect(wordTernaries("<meta property=\"og:locale\" content={lang === 'zh' ? 'zh_CN' : 'en_US'} />")).toEqual([]);
    expect(wordTernaries("hreflang={other === 'zh' ? 'zh-CN' : 'en'}")).toEqual([]);
    expect(wordTernaries("const lang: OfflineLang = root.dataset.lang === 'zh' ? 'zh' : 'en';")).toEqual([]);
    expect(wordTernaries("const frame = lang === 'zh' ? frameZh : frameEn;")).toEqual([]);
  });
});

describe('the moved words say what the pages said', () => {
  it('chapter and figure numbers, and the punctuation around them', () => {
    expect([templates('en').chapterNumber(3), templates('zh').chapterNumber(3)]).toEqual(['Chapter 3', '第 3 章']);
    expect([templates('en').figureNumber(2), templates('zh').figureNumber('2')]).toEqual(['Figure 2', '图 2']);
    expect([templates('en').fullStop, templates('zh').fullStop, templates('en').sentenceSpace, templates('zh').sentenceSpace]).toEqual(['.', '。', ' ', '']);
  });

  it('the data page: counts and papers', () => {
    expect(templates('en').data.chinchilla.rows('245', '240')).toBe('245 rows in the file; the site uses 240 of them.');
    expect(templates('zh').data.chinchilla.rows('245', '240')).toBe('文件共 245 行，本站使用其中 240 行。');
    expect(templates('en').data.obsEmergent.filtered('84', '73', '11')).toContain('73 of the 84 models can be placed; the other 11');
    expect(templates('zh').data.obsEmergent.filtered('84', '73', '11')).toContain('84 个模型中能画出 73 个；其余 11 个');
    expect(templates('en').data.paper('A & B 2024', 'Title', '<a>')).toEqual(['A & B 2024, “Title” (', '<a>', ')']);
    expect(templates('zh').data.paper('A 等，2024', 'Title', '<a>')).toEqual(['A 等，2024，“Title”（', '<a>', '）']);
  });

  it('the search status', () => {
    expect([searchEn.results(12), searchZh.results(12)]).toEqual(['12 results', '12 条结果']);
  });

  it('the home map names every chapter, in both languages', () => {
    for (const home of [homeEn, homeZh]) {
      expect(Object.keys(home.map.chapters).sort()).toEqual([...CHAPTER_SLUGS].sort());
      for (const slug of CHAPTER_SLUGS) expect(home.map.chapters[slug].link && home.map.chapters[slug].about, slug).toBeTruthy();
    }
    expect([homeEn.map.heading, homeZh.map.heading]).toEqual(['The map of the subject', '全书地图']);
  });

  it('the changelog has a sentence for every change of every version, in both languages', () => {
    for (const entry of CHANGELOG) {
      for (const words of [changelogEn, changelogZh] as Record<string, Record<string, string>>[]) {
        expect(Object.keys(words[entry.version]).sort(), entry.version).toEqual([...entry.changes].sort());
        for (const change of entry.changes) expect(words[entry.version][change].trim(), `${entry.version} ${change}`).not.toBe('');
      }
    }
  });
});
