import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { htmlPaths } from '../../src/integrations/security-headers.mjs';

/** Every HTML page in a build folder, as site-relative URL paths (`en/kaplan/`, `404.html`). */
export function builtPages(dir: string): string[] {
  return htmlPaths(dir, '');
}

/** The file of a built page given as builtPages names it (`en/kaplan/` → `<dir>/en/kaplan/index.html`, `404.html` as is). */
export function builtFile(dir: string, page: string): string {
  return join(dir, page === '' || page.endsWith('/') ? `${page}index.html` : page);
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

/**
 * A server of a test's own: scripts/serve.mjs over DIST on `port` with `args` (e.g. `--csp`, `--log`), ready once /en/
 * answers. `onLine` receives each line it prints (with `--log`, each request). `stop()` ends it.
 */
export async function ownServer(port: number, args: string[] = [], onLine?: (line: string) => void): Promise<{ stop: () => void }> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', DIST, '--port', String(port), ...args], { stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'ignore'] });
  // Whole lines only: a chunk of output may end inside one.
  let rest = '';
  server.stdout?.on('data', (d: Buffer) => {
    const lines = (rest + String(d)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line) onLine!(line);
  });
  const stop = () => server.kill();
  try {
    await expect.poll(async () => (await fetch(`http://localhost:${port}/en/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
  } catch (e) {
    stop();
    throw e;
  }
  return { stop };
}
