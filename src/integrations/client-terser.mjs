// Client build only: minify with terser (two compress passes) instead of esbuild. On this site's chunks that is
// ≈ 3 % less gzip (Observable Plot as bundled here, 2026-12-06: 90.6 KB with esbuild, 87.6 KB with terser) for a few
// seconds of build time; every KB counts against the first-figure budget (≤ 130 KB gzip, README "Performance").
// The server build is not minified. The minifier drops every comment but V8's compile hint (chunk-groups.mjs).
import { COMPILE_HINT } from './chunk-groups.mjs';

/** @returns {import('vite').Plugin} */
export default function clientTerser() {
  return {
    name: 'scaling-client-terser',
    apply: 'build',
    config(_config, env) {
      if (env.isSsrBuild) return null;
      // SITE_NO_MINIFY=1: readable function names for a CPU profile (bench/profile-figure.mjs).
      if (process.env.SITE_NO_MINIFY) return { build: { minify: false } };
      return {
        build: { minify: 'terser', terserOptions: { module: true, compress: { passes: 2 }, format: { comments: (_node, comment) => `//${comment.value}` === COMPILE_HINT } } },
      };
    },
  };
}
