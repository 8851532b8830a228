// Client bundles only: groups the browser code into a few chunks by the pages that use it, instead of one chunk
// per figure plus one per shared module (30-odd files on the Chinchilla chapter). gzip compresses each file on
// its own, so many small files cost ≈ 20 % more than the same code in one, while one file per page would make every
// figure download its neighbours' code (budgets in README: ≤ 130 KB gzip to wake whichever figure a reader touches
// first, ≤ 12 KB for each further one). The groups:
// - `plot`: Observable Plot and d3, one file; `preact`: Preact and its hooks;
// - `picture`: what draws a woken figure's first picture (picture.ts) and everything it shares with the figures
//   (parameters, formatting); `island`: the figure frame (island.tsx, FigureUI), fetched once the picture's code is in;
// - the words (src/i18n/<area>/<lang>…): one chunk per catalogue, `words-<lang>-<name>`, so a reader downloads only
//   their language (each catalogue is loaded by a plain dynamic import());
// - each figure, with the code only it uses, is its own chunk (Rollup's chunk for the figure's dynamic import);
// - reuse.ts (copying a chart's unmoving parts), used by 15 figures on three pages, a chunk of its own;
// - code exactly two figures share, a chunk for the pair, `figures-<id>+<id>`;
// - code shared by three or more figures, for each set of pages those figures appear on
//   (a chapter, the tools page, or both), `figures-<pages>`. Waking the first figure on a page fetches picture.ts,
//   Plot, the shared code it needs of the page's figures and that figure, then the frame; each further figure fetches
//   mostly its own chunk (budgets in README);
// - a group that would be one module of a few bytes, shared by figures, goes with `picture` (planGroups).
// Page membership comes from the chapters' `<Figure id="…">` tags and the tools page's list (src/data/tools.json).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\\/g, '/');
const SRC = `${ROOT}src/`;
const FIGURE_FILE = /\/src\/figures\/([a-z0-9-]+)\.ts$/;
/** Browser entry points other than the figure frame, and the pages they run on. */
const ENTRY_PAGES = { 'panel-island': ['tools'] };

/** Figure id → the pages (chapter file names, or "tools") that show it. */
export function figurePages(root = ROOT) {
  const pages = new Map();
  const add = (id, page) => {
    if (!pages.has(id)) pages.set(id, new Set());
    pages.get(id).add(page);
  };
  for (const lang of ['zh', 'en']) {
    for (const file of readdirSync(`${root}content/${lang}`)) {
      if (!file.endsWith('.mdx')) continue;
      const text = readFileSync(`${root}content/${lang}/${file}`, 'utf8');
      for (const m of text.matchAll(/<Figure\s+id="([a-z0-9-]+)"/g)) add(m[1], file.replace(/\.mdx$/, ''));
    }
  }
  for (const id of JSON.parse(readFileSync(`${root}src/data/tools.json`, 'utf8')).figures) add(id, 'tools');
  return pages;
}

/**
 * The chunk name for module `id`, or undefined to let Rollup decide. `moduleInfo(id)` is Rollup's getModuleInfo.
 * `pages` is figurePages().
 */
export function chunkGroup(id, moduleInfo, pages, memo = new Map()) {
  const file = id.split('?')[0];
  if (/\/node_modules\/(@observablehq\/plot|d3-[a-z-]+|d3|isoformat|interval-tree-1d|binary-search-bounds)\//.test(file)) return 'plot';
  if (/\/node_modules\/preact\//.test(file)) return 'preact';
  // Vite's helper for dynamic imports, also used by the page scripts: its own small file, not pulled into a group.
  if (file.startsWith('\0vite/')) return 'preload-helper';
  if (!file.startsWith(SRC)) return undefined;
  // Words: one chunk per catalogue, named with its language (`words-zh-frame`, `words-en-loss-vs-d-by-n`), never
  // grouped with code, which would ship both languages.
  const words = /\/src\/i18n\/(?:([a-z]+)\/(zh|en)\/([a-z0-9-]+)|([a-z]+)\/(zh|en))\.ts$/.exec(file);
  if (words) return words[2] ? `words-${words[2]}-${words[3]}` : `words-${words[5]}-${words[4]}`;
  // The code that copies a chart's unmoving parts between updates (reuse.ts): its own small chunk, fetched with the
  // first figure that uses it, so a page's other figures (compute-planner, chinchilla-vs-kaplan) do not download it.
  if (file.endsWith('/src/figures/lib/reuse.ts')) return 'reuse';
  const shownOn = new Set();
  const roots = rootsOf(id, moduleInfo, memo, new Set());
  // A figure, and the code only that figure uses, is its own chunk: waking one figure fetches that figure alone (with
  // the frame, Plot and the code it shares with the other figures of its pages), and each further one only its chunk.
  // Likewise code that only one other entry uses (the fit panel, the download and cite code), but not the frame's.
  if (roots.size === 1 && !roots.has('island') && !roots.has('picture')) return undefined;
  // Every woken figure first draws its picture (picture.ts), then hydrates its frame (island.tsx, fetched after the
  // figure's code and Plot): what the picture needs goes with it, what only the frame uses in the frame's chunk.
  if (roots.has('picture')) return 'picture';
  if (roots.has('island')) return 'island';
  const figures = [...roots].filter((r) => r.startsWith('figure:'));
  // Code one figure shares only with entry points that are not figures (the fit panel imports the fit code of
  // fit-your-runs) is that figure's alone: a chunk of its own for that set, not the page group, so the other figures
  // of the page do not download it.
  if (figures.length === 1) return undefined;
  // Code exactly two figures share (a memo both use, the tips of isoflop and parametric-contours) is a chunk for the
  // pair: a page group is for code many of the page's figures need, and a pair's code would otherwise come with
  // every first touch on the page.
  const pair = figures.map((r) => r.slice('figure:'.length)).sort();
  if (pair.length === 2) return `figures-${pair.join('+')}`;
  for (const r of roots) {
    for (const p of r.startsWith('figure:') ? (pages.get(r.slice('figure:'.length)) ?? []) : (ENTRY_PAGES[r] ?? [r])) shownOn.add(p);
  }
  // A figure on no page but its own standalone one keeps its own chunk.
  if (!shownOn.size) return undefined;
  // Code every page with a figure needs goes with the first picture.
  if (shownOn.size === new Set([...pages.values()].flatMap((s) => [...s])).size) return 'picture';
  return `figures-${[...shownOn].sort().join('_')}`;
}

/** Code this short, comments aside, is not worth a file of its own (see planGroups). */
const TINY_CODE = 200;
/** Whether a module's code, without its comments, is under TINY_CODE characters. */
export function isTiny(code) {
  return typeof code === 'string' && code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '').trim().length < TINY_CODE;
}

/**
 * chunkGroup for every module of the build (`ids`: Rollup's getModuleIds), then one change: a group that would hold
 * a single module of a few bytes (a constant, a three-line helper), shared by figures (and the fit panel), goes with
 * the first picture instead, which each of them imports anyway. As a file of its own it cost more than its code: gzip's
 * fixed cost, and the hashed file name each importer and the loader's preload map spell out (2026-12-08: GOPHER_BUDGET,
 * 31 bytes, was such a file; waking zh/model-gallery fetches 47 bytes less without it, the figures that do not use it
 * 13 more). The threshold keeps out the next smallest, a 3-line memo (167 bytes minified): in `picture` it took 102
 * bytes off zh/chinchilla-runs but put 56 on zh/model-gallery, which had less to spare under the budget.
 */
export function planGroups(ids, moduleInfo, pages) {
  const memo = new Map();
  const plan = new Map();
  const members = new Map();
  for (const id of ids) {
    const group = chunkGroup(id, moduleInfo, pages, memo);
    if (!group) continue;
    plan.set(id, group);
    if (members.has(group)) members.get(group).push(id);
    else members.set(group, [id]);
  }
  for (const [, [id, ...others]] of members) {
    if (others.length || !isTiny(moduleInfo(id)?.code)) continue;
    const roots = [...rootsOf(id, moduleInfo, memo, new Set())];
    if (roots.length > 1 && roots.every((r) => r.startsWith('figure:') || r in ENTRY_PAGES)) plan.set(id, 'picture');
  }
  return plan;
}

/**
 * What imports `id` statically, followed up to a figure module ("figure:<id>") or a module nothing imports
 * statically or one loaded by import() (its file name: "picture", "island", "panel-island", "actions").
 */
function rootsOf(id, moduleInfo, memo, seen) {
  if (memo.has(id)) return memo.get(id);
  const fig = FIGURE_FILE.exec(id.split('?')[0]);
  if (fig) return new Set([`figure:${fig[1]}`]);
  const roots = new Set();
  if (seen.has(id)) return roots;
  seen.add(id);
  const info = moduleInfo(id);
  const importers = info?.importers ?? [];
  // A module nothing imports statically (an entry point, or code loaded on a click) is a root of its own; so is one
  // also loaded by dynamic import() (picture.ts: figure-loader.ts loads it, and island.tsx imports its drawing code).
  if (!importers.length || info?.dynamicImporters?.length)
    roots.add(
      id
        .split('?')[0]
        .split('/')
        .pop()
        .replace(/\.[jt]sx?$/, ''),
    );
  for (const i of importers) for (const r of rootsOf(i, moduleInfo, memo, seen)) roots.add(r);
  seen.delete(id);
  if (!seen.size) memo.set(id, roots);
  return roots;
}

/**
 * V8's compile hint (explicit compile hints, Chrome 136+; to other browsers a plain comment). V8 compiles a function
 * lazily, on the main thread, the first time it is called, unless its file starts with this comment: then it compiles the
 * whole file on a background thread while the rest of it downloads. On a first touch the download takes about a second
 * (README "Performance", Slow 4G) and the first picture then calls most of Plot for the first time, so the two groups
 * every first picture runs, `plot` and `picture`, start with it (Rollup's banner, put on before the minifier, which keeps
 * this one comment: client-terser.mjs). Measured 2026-12-07 on en/tools/ (first touch of compute-planner, bench/run.mjs's
 * at-load run, Slow 4G + 4× CPU, 10 runs each, alternating builds): median 1450 → 1396 ms with it added to Plot's chunk,
 * 1393 with it on every chunk; with it on these two, 1426 → 1395 ms.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
/** The groups whose functions a first picture calls. */
export const EAGER_GROUPS = new Set(['plot', 'picture']);

/** @returns {import('vite').Plugin} */
export default function chunkGroups() {
  let ssr = true;
  return {
    name: 'scaling-chunk-groups',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    outputOptions(options) {
      if (ssr) return null;
      const pages = figurePages();
      /** @type {Map<string, string> | undefined} */
      let plan;
      const previous = options.manualChunks;
      return {
        ...options,
        banner: (chunk) => (EAGER_GROUPS.has(chunk.name) ? COMPILE_HINT : ''),
        manualChunks(id, meta) {
          const before = typeof previous === 'function' ? previous.call(this, id, meta) : undefined;
          plan ??= planGroups(meta.getModuleIds(), meta.getModuleInfo, pages);
          let group = before || plan.get(id);
          if (process.env.CHUNK_PER_MODULE && group && !/\/node_modules\/|^\0/.test(id)) group = `${group}~${id.split('?')[0].split('/').slice(-2).join('-')}`;
          if (process.env.CHUNK_GROUPS_LOG) console.log(`chunk-groups: ${group ?? '-'} ← ${id.replace(ROOT, '')}`);
          return group;
        },
      };
    },
  };
}
