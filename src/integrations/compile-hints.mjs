// Client build only: asks Chromium to compile the code that draws a woken figure's first picture as it downloads.
// V8 compiles a function lazily, on the main thread, the first time it is called, unless the file starts with the magic
// comment `//# allFunctionsCalledOnLoad` (explicit compile hints, Chrome 136+; to other browsers a plain comment): then it
// compiles the whole file eagerly, on a background thread, while the rest of the download goes on. On a first touch the
// download takes about a second (README "Performance", Slow 4G) and the first picture then calls most of Plot for the
// first time. Measured 2026-12-07 on en/tools/ (first touch of compute-planner, bench/run.mjs's at-load run, Slow 4G +
// 4× CPU, 10 runs each, alternating builds): median 1450 → 1396 ms with the comment added to Plot's chunk, 1393 with it
// on every chunk; this build, with it on the two files every first picture runs (Plot's chunk and picture.ts's,
// chunk-groups.mjs), 1426 → 1395 ms.
// Rollup puts the banner on the file's first line before the minifier runs, which keeps this one comment (client-terser.mjs).
/** Chunks (chunk-groups.mjs names) whose functions a first picture calls. */
export const EAGER_CHUNKS = new Set(['plot', 'picture']);
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** @returns {import('vite').Plugin} */
export default function compileHints() {
  let ssr = true;
  return {
    name: 'scaling-compile-hints',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    outputOptions(options) {
      if (ssr) return null;
      if (options.banner) throw new Error('compile-hints.mjs: another plugin sets a banner; the hint must be the first line');
      return { ...options, banner: (chunk) => (EAGER_CHUNKS.has(chunk.name) ? COMPILE_HINT : '') };
    },
  };
}
