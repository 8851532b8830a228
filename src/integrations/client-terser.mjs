// Client build only: minify with terser (two compress passes) instead of esbuild. On this site's chunks that is
// ≈ 3 % less gzip (Observable Plot 65.8 → 63.6 KB) for a few seconds of build time (DESIGN.md budget: all
// islands of a chapter ≤ 110 KB gzip). The server build is not minified.
/** @returns {import('vite').Plugin} */
export default function clientTerser() {
  return {
    name: 'scaling-client-terser',
    apply: 'build',
    config(_config, env) {
      if (env.isSsrBuild) return null;
      // SITE_NO_MINIFY=1: readable function names for a CPU profile (bench/profile-figure.mjs).
      if (process.env.SITE_NO_MINIFY) return { build: { minify: false } };
      return { build: { minify: 'terser', terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } } } };
    },
  };
}
