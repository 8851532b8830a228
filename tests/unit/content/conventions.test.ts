// Reading conventions of the chapters (recorded in content/GLOSSARY.md), checked on the MDX sources of both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../content');
const langs = ['en', 'zh'] as const;
const chapters = readdirSync(join(root, 'en'))
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const read = (lang: string, file: string) => readFileSync(join(root, lang, file), 'utf8');

/** The prose of a chapter: front matter, display and inline math, link targets and JSX tags removed. */
function prose(src: string): string {
  return src
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/Token \d+\/\d+/g, ' '); // figure-legend labels such as "Token 1024/1024" are names, not numbers
}

/** Lines of `text` matching `re`, as "file:line: text" for a readable failure. */
function offending(file: string, text: string, re: RegExp): string[] {
  return text
    .split('\n')
    .map((line, i) => (re.test(line) ? `${file}:${i + 1}: ${line.slice(0, 120)}` : null))
    .filter((x): x is string => x !== null);
}

describe('chapter conventions', () => {
  it('finds all six chapters in both languages', () => {
    expect(chapters).toHaveLength(6);
    for (const lang of langs)
      expect(
        readdirSync(join(root, lang))
          .filter((f) => f.endsWith('.mdx'))
          .sort(),
      ).toEqual(chapters);
  });

  for (const lang of langs) {
    for (const file of chapters) {
      it(`${lang}/${file} opens with a notation box that has a symbol table and names the reused letters`, () => {
        const body = read(lang, file).replace(/^---\n[\s\S]*?\n---\n/, '');
        const open = body.indexOf('<Notation>');
        const close = body.indexOf('</Notation>');
        const firstHeading = body.search(/^## /m);
        expect(open, 'a <Notation> box').toBeGreaterThanOrEqual(0);
        expect(close).toBeGreaterThan(open);
        expect(open, 'before the first section').toBeLessThan(firstHeading);
        const box = body.slice(open, close);
        expect(box).toMatch(/^\|---\|---\|---\|$/m);
        expect(box.split('\n').filter((l) => l.startsWith('| $')).length).toBeGreaterThanOrEqual(5);
        // Every box flags at least one reused letter; the flags are in the sentence after the table.
        expect(box).toMatch(lang === 'en' ? /Reused letters|reuse some letters|reused letters/ : /重复使用/);
      });
    }
  }

  it('the four reused letters are flagged together on the first and last chapters', () => {
    for (const lang of langs) {
      for (const file of ['what-is-a-scaling-law.mdx', 'summary.mdx']) {
        const src = read(lang, file);
        const box = src.slice(src.indexOf('<Notation>'), src.indexOf('</Notation>'));
        const after = box.slice(box.lastIndexOf('|') + 1);
        for (const letter of ['$L$', '$B$', '$E$', '$\\alpha$']) expect(after, `${lang}/${file} ${letter}`).toContain(letter);
      }
    }
  });

  it('content/zh never cites a figure, table or equation by a bare 图/表/式 N: 原文 for the paper, 本页 or 式（k.n） for the page', () => {
    const bad = chapters.flatMap((f) => offending(`zh/${f}`, read('zh', f), /(?<!原文|本页|公|词)[图表式] ?[0-9A-Z]/));
    expect(bad).toEqual([]);
  });

  it('Chinese strings in src (figure captions, sources, labels, tools) cite the paper as 原文图/表/式 N and say 方法一/二/三', () => {
    const src = join(root, '../src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const cjk = /[\u4e00-\u9fff]/;
    const bad = files.flatMap((f) =>
      offending(`src/${f}`, readFileSync(join(src, f), 'utf8'), /(?<!原文|本页|[公词闭])[图表式] ?(?:[0-9A-Z]|[（(][0-9])|方法 ?[0-9]/).filter((line) => cjk.test(line)),
    );
    expect(bad).toEqual([]);
  });

  it('a page equation 式（k.n） in content/zh carries its own chapter number', () => {
    const bad = chapters.flatMap((f) => {
      const src = read('zh', f);
      const chapter = /^order: (\d+)$/m.exec(src)?.[1];
      expect(chapter).toBeDefined();
      return [...src.matchAll(/(?<!\[)式（([0-9A-Z.]+)）/g)].filter((m) => !m[1].startsWith(`${chapter}.`)).map((m) => `zh/${f}: ${m[0]}`);
    });
    expect(bad).toEqual([]);
  });

  it('the site is 本站 / "this site", never 本书 / 这本书 / "this book"', () => {
    const bad = chapters.flatMap((f) => [...offending(`zh/${f}`, read('zh', f), /本书|这本书/), ...offending(`en/${f}`, read('en', f), /this book/i)]);
    expect(bad).toEqual([]);
  });

  it('content/zh uses the glossary term 每词元损失 and 方法一/二/三', () => {
    const bad = chapters.flatMap((f) => offending(`zh/${f}`, read('zh', f), /每个词元的损失|每词元的损失|方法 ?[0-9]/));
    expect(bad).toEqual([]);
    expect(read('zh', 'emergence.mdx')).toContain('每词元损失');
  });

  it('prose writes integers of four or more digits with a comma (none before 万/亿, none for years)', () => {
    const bare = /(?<![\d.,\w\-/#=])(?!(?:19|20)\d\d(?!\d))\d{4,}(?![\d.,\w])(?!\s*[万亿年])/;
    const bad = langs.flatMap((lang) => chapters.flatMap((f) => offending(`${lang}/${f}`, prose(read(lang, f)), bare)));
    expect(bad).toEqual([]);
  });
});
