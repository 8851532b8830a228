// After `astro build`, writes `_headers` (Netlify / Cloudflare Pages format) into the output folder: the security headers
// of src/lib/security.mjs, with one Content-Security-Policy rule per built HTML page (embed pages frameable, others not).
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security.mjs';

/**
 * Every .html file below `dir`, as the URL path a static host serves it under (index.html → its folder), sorted.
 * `base` is put in front: "/" gives "/en/kaplan/", "" gives "en/kaplan/".
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
export function htmlPaths(dir, base = '/') {
  /** @type {string[]} */
  const out = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push(base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  let base = '/';
  return {
    name: 'scaling-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlPaths(out, base);
        writeFileSync(join(out, '_headers'), headersFile(pages, base));
        logger.info(`_headers: security headers for ${pages.length} pages`);
      },
    },
  };
}
