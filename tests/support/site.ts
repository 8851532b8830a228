import { htmlPaths } from '../../src/integrations/security-headers.mjs';

/** Every HTML page in a build folder, as site-relative URL paths (`en/kaplan/`, `404.html`). */
export function builtPages(dir: string): string[] {
  return htmlPaths(dir, '');
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

/** Parses a `_headers` file (Netlify / Cloudflare Pages format) into rules: path → headers. */
export function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else {
      const [name, ...value] = line.trim().split(':');
      current![name] = value.join(':').trim();
    }
  }
  return rules;
}
