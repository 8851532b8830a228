import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from '../support/reused-page';
import { checkCrossLanguageLinks, checkLinks, checkParity } from '../support/links';
import { builtOutputProblems } from '../support/reader-text';
import { builtFile, builtPages, DIST, DIST_SUB } from '../support/site';

// Checks over the built output (no browser needed): links, anchors and language parity,
// for the default build (dist/, base /) and the sub-path build (dist-sub/, base /scaling/).
const ORIGIN = 'http://localhost:4321';

/**
 * The chunk the figure frame loads on the first download or cite click (src/components/figure/actions.ts), the chunks it
 * imports statically (followed to the end), which of those are catalogues (`words-<lang>-<name>`, chunk-groups.mjs), and
 * the catalogues it loads by import(), by name without the hash.
 */
function actionsChunkGraph(dir: string): { actions: string; statics: string[]; words: string[]; dynamicWords: string[] } {
  const folder = join(dir, '_astro');
  const actions = readdirSync(folder).find((f) => /^actions\.[\w-]+\.js$/.test(f)) ?? 'no actions chunk';
  const text = (f: string) => readFileSync(join(folder, f), 'utf8');
  // `import{a as b}from"./x.js"`, `import"./x.js"`; not `import("./x.js")`.
  const staticImports = (f: string) => [...text(f).matchAll(/\bimport\s*(?:[\w$*{][^;"'()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
  const statics = new Set<string>();
  const queue = staticImports(actions);
  while (queue.length) {
    const f = queue.shift()!;
    if (statics.has(f)) continue;
    statics.add(f);
    queue.push(...staticImports(f));
  }
  const dynamicWords = [...text(actions).matchAll(/\bimport\(\s*["']\.\/(words-[\w-]+)\.[\w-]+\.js["']\s*\)/g)].map((m) => m[1]!).sort();
  return { actions, statics: [...statics].sort(), words: [...statics].filter((f) => f.startsWith('words-')), dynamicWords };
}

const BUILDS = [
  { dir: DIST, base: '/' },
  { dir: DIST_SUB, base: '/scaling/' },
];

for (const { dir, base } of BUILDS) {
  test(`${dir}: every internal link and #anchor resolves under ${base}`, () => {
    expect(builtPages(dir).length).toBeGreaterThan(10);
    expect(checkLinks(dir, base, ORIGIN)).toEqual([]);
  });

  test(`${dir}: every zh page has its en twin and back`, () => {
    expect(checkParity(dir)).toEqual([]);
  });

  test(`${dir}: no zh page links into /en/ and no en page into /zh/, except the language switch`, () => {
    expect(checkCrossLanguageLinks(dir, base, ORIGIN)).toEqual([]);
  });

  test(`${dir}: no page or client bundle shows readers an internal file, a source path, a draft or a status code`, () => {
    expect(builtOutputProblems(dir)).toEqual([]);
  });

  test(`${dir}: Plot's chunk and the first picture's start with V8's compile hint, and no other client file carries it`, () => {
    // src/integrations/chunk-groups.mjs: V8 reads the comment only on a file's first line; terser keeps only it.
    const files = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js'));
    const text = (f: string) => readFileSync(join(dir, '_astro', f), 'utf8');
    const hinted = files.filter((f) => text(f).startsWith('//# allFunctionsCalledOnLoad\n'));
    expect(hinted.map((f) => f.split('.')[0]).sort()).toEqual(['picture', 'plot']);
    expect(files.filter((f) => !hinted.includes(f) && text(f).includes('allFunctionsCalledOnLoad'))).toEqual([]);
    // The minifier still drops every other comment.
    expect(text(hinted[0]!).slice(30, 20_000)).not.toMatch(/\/\*|^\s*\/\//m);
  });

  test(`${dir}: the download and cite code (actions) carries no words; it loads the actions' words of the page's language only`, () => {
    // src/figures/lib/citation.ts, src/lib/attribution.ts: the sentences (the citation, the attribution, the data sets')
    // are the actions' catalogue's, src/i18n/cite/<lang>.ts, fetched by an import() keyed by the page's language on the
    // first click; a woken figure's frame words do not carry them. So neither the actions chunk nor any chunk it imports
    // statically holds a catalogue, in either language (a Chinese reader who cites a figure downloads no English words,
    // and the other way round).
    const { actions, statics, words, dynamicWords } = actionsChunkGraph(dir);
    expect(actions).toMatch(/^actions\./);
    expect(words, `catalogues among the chunks ${actions} imports statically: ${statics.join(', ')}`).toEqual([]);
    expect(dynamicWords).toEqual(['words-en-cite', 'words-zh-cite']);
    for (const f of [actions, ...statics]) {
      const text = readFileSync(join(dir, '_astro', f), 'utf8');
      // A sentence of each catalogue it once carried: the frame's citation and the data sets', in both languages.
      expect(text, f).not.toMatch(/Licensed under|访问于|no license file published|未发布许可证文件/);
    }
  });

  test(`${dir}: every page's favicon is the 32 px PNG (a page decodes an SVG favicon on its main thread after loading)`, () => {
    const icons = new Set(builtPages(dir).map((p) => /<link rel="icon"[^>]*>/.exec(readFileSync(builtFile(dir, p), 'utf8'))?.[0] ?? `none on ${p}`));
    expect([...icons]).toEqual([`<link rel="icon" href="${base}icons/icon-32.png" sizes="32x32" type="image/png">`]);
    const png = readFileSync(join(dir, 'icons', 'icon-32.png'));
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
  });
}

test('every Chinese character an English page shows is in the site’s subset font, and its range is the script’s list', () => {
  // src/styles/global.css declares the subset's characters as a unicode-range; scripts/subset-en-cjk.sh cuts them.
  const css = readFileSync('src/styles/global.css', 'utf8');
  const face = /@font-face\s*{[^}]*"Noto Sans SC en-subset"[^}]*unicode-range:\s*([^;]+);/.exec(css);
  expect(face, 'the @font-face of "Noto Sans SC en-subset" in global.css').not.toBeNull();
  const range = new Set(face![1]!.split(',').map((u) => String.fromCodePoint(Number.parseInt(u.trim().replace(/^U\+/i, ''), 16))));
  const script = /CHARS='([^']+)'/.exec(readFileSync('scripts/subset-en-cjk.sh', 'utf8'));
  expect([...range].sort()).toEqual([...(script?.[1] ?? '')].sort());
  const missing = new Map<string, string>();
  for (const path of builtPages(DIST).filter((p) => p.startsWith('en/'))) {
    const { document } = parseHTML(readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8'));
    for (const el of document.querySelectorAll('script, style, template, noscript')) el.remove();
    for (const ch of document.body.textContent?.match(/\p{Script=Han}/gu) ?? []) if (!range.has(ch) && !missing.has(ch)) missing.set(ch, path);
  }
  // A new Chinese character on an English page: add it to CHARS in scripts/subset-en-cjk.sh, run it, update the range.
  expect([...missing].map(([ch, path]) => `${ch} on ${path}`)).toEqual([]);
});

test('the link checker itself catches a broken link, a missing anchor and a wrong base', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'en', 'a'), { recursive: true });
  mkdirSync(join(dir, 'zh', 'a'), { recursive: true });
  writeFileSync(
    join(dir, 'en', 'a', 'index.html'),
    '<h2 id="x">x</h2><a href="/s/en/a/#x">ok</a><a href="/s/en/a/#nope">bad anchor</a><a href="/s/en/b/">missing</a><a href="/en/a/">no base</a><a href="/s/zh/a/">cross</a>',
  );
  writeFileSync(join(dir, 'zh', 'a', 'index.html'), '<p>zh</p>');
  const problems = checkLinks(dir, '/s/', ORIGIN).map((p) => p.reason);
  expect(problems).toEqual(['no element with id "nope"', 'no such file in the build', 'does not start with the base path /s/']);
  expect(checkCrossLanguageLinks(dir, '/s/', ORIGIN).map((p) => p.href)).toEqual(['/s/zh/a/']);
  mkdirSync(join(dir, 'en', 'only'), { recursive: true });
  writeFileSync(join(dir, 'en', 'only', 'index.html'), '<p>only</p>');
  expect(checkParity(dir)).toEqual(['en/only/ has no twin zh/only/']);
});

test('the reader-text checker catches internal references in page text, attributes and bundle strings, and passes code', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'reader-text-'));
  mkdirSync(join(dir, 'en', 'a'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(
    join(dir, 'en', 'a', 'index.html'),
    '<html><head><meta name="description" content="See STYLE.md"><script>const x = "facts.md in a script is not shown";</script></head>' +
      '<body><p>Numbers from facts.md §8.</p><img alt="an earlier draft" src="x.svg"><button aria-label="src/engine/fit.ts">b</button>' +
      '<p>草稿本 is a scratchpad; the DeepSeek-V3 README is external.</p></body></html>',
  );
  writeFileSync(
    join(dir, '_astro', 'fig.js'),
    'const m={"../approach-table.ts":()=>import("./a.js")};const e=t=>{throw new Error(t+" is stubbed out (src/integrations/slim-plot.mjs).")};const c="as given (status S)";const d=`see GLOSSARY.md`;',
  );
  expect(builtOutputProblems(dir)).toEqual([
    'en/a/index.html: facts.md',
    'en/a/index.html: draft',
    'en/a/index.html: src/engine/fit.ts',
    'en/a/index.html: fit.ts',
    'en/a/index.html: STYLE.md',
    '_astro/fig.js: status S',
    '_astro/fig.js: GLOSSARY.md',
  ]);
});
