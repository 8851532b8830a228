import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page in a build folder, as site-relative URL paths (`en/kaplan/`, `404.html`). */
export function builtPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name === '_astro' || name === 'pagefind') continue;
        walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Pages a reader can navigate to (everything but the 404 page). */
export function routes(dir = DIST): string[] {
  return builtPages(dir).filter((p) => p !== '404.html');
}

/** The build folders the e2e run reads (see playwright.config.ts). */
export const DIST = process.env.E2E_DIST || 'dist';
export const DIST_SUB = process.env.E2E_DIST_SUB || 'dist-sub';
/** Port of the server for DIST; the sub-path build is served on the next port. */
export const PORT = Number(process.env.E2E_PORT || 4400);
