// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkFigureNumbers from './src/lib/remark-figure-numbers.mjs';
import pagefind from './src/integrations/pagefind.mjs';
import securityHeaders from './src/integrations/security-headers.mjs';
import rehypeFocusableMath from './src/lib/rehype-focusable-math.mjs';
import rehypeTwinHeadingIds from './src/lib/rehype-twin-heading-ids.mjs';
import chunkGroups from './src/integrations/chunk-groups.mjs';
import clientTerser from './src/integrations/client-terser.mjs';
import offline from './src/integrations/offline.mjs';

// SITE_BASE serves the site under a sub-path (a project page of a static host): SITE_BASE=/scaling/ npm run build.
// SITE_URL is the absolute origin used in canonical and social links.
const base = process.env.SITE_BASE || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  output: 'static',
  // A second build under a sub-path goes to its own folder (scripts/test.mjs builds both).
  outDir: process.env.SITE_OUT_DIR || 'dist',
  // Builds running side by side (several checkouts, the benchmark) each need their own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefind(), securityHeaders(), offline()],
  markdown: {
    remarkPlugins: [remarkMath, remarkFigureNumbers],
    // KaTeX renders at build time; no math JavaScript reaches the browser.
    rehypePlugins: [[rehypeKatex, { strict: 'ignore', throwOnError: true }], rehypeFocusableMath, rehypeTwinHeadingIds],
  },
  vite: {
    plugins: [chunkGroups(), clientTerser()],
    build: {
      // Never inline scripts or assets: the site runs under a strict Content-Security-Policy (default-src 'self').
      assetsInlineLimit: 0,
    },
  },
});
