import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/reused-page';
import { cspMeta } from '../../src/lib/security.mjs';
import { hydrated, svg, type } from '../support/figure';
import { builtPages, DIST, DIST_SUB, ownServer, parseHeaders, PORT } from '../support/site';

// The security policy travels with the built site: a <meta> policy in every page, and a _headers file for static hosts
// with what a meta tag cannot say (frame-ancestors, nosniff, referrer and permissions policies).
const BUILDS = [
  { dir: DIST, base: '/' },
  { dir: DIST_SUB, base: '/scaling/' },
];

const pageFile = (dir: string, page: string) => join(dir, page.endsWith('/') || page === '' ? `${page}index.html` : page);

for (const { dir, base } of BUILDS) {
  test(`${dir}: every page carries the <meta> Content-Security-Policy before anything it could govern`, () => {
    const pages = builtPages(dir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(pageFile(dir, page), 'utf8');
      const head = html.slice(0, html.search(/<(script|link|style)\b/i));
      const meta = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
      expect(meta?.[1].replace(/&#39;/g, "'"), `${page}`).toBe(cspMeta());
    }
  });

  test(`${dir}: _headers has one policy rule for every page, frameable only for embed pages`, () => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(rules.get(`${base}*`)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    const pages = builtPages(dir).map((p) => base + p);
    for (const page of pages) {
      const frame = page.includes('/embed/') ? '*' : "'self'";
      expect(rules.get(page)?.['Content-Security-Policy'], page).toMatch(new RegExp(`frame-ancestors ${frame.replace('*', '\\*')}$`));
    }
    expect([...rules.keys()].filter((k) => !k.includes('*')).sort()).toEqual(pages.sort());
  });

  test(`${dir}: _headers lets hosts keep the files under _astro/ for a year, and every one of them is named by its content`, () => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(rules.get(`${base}_astro/*`)).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    // Vite's names end in an 8-character hash of the content (`plot.BoErnqs_.js`, `fit-worker-CYZuQmyE.js`): a file
    // without one would be kept a year after it changed.
    const unhashed = readdirSync(join(dir, '_astro')).filter((f) => !/[.-][\w-]{8}\.[a-z0-9]+$/.test(f));
    expect(unhashed).toEqual([]);
  });
}

test('served by a plain static server that sends no security headers, the meta policy alone keeps the site strict and working', async ({ page }) => {
  const port = PORT + 7;
  const server = await ownServer(port);
  try {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`http://localhost:${port}/en/emergence/`);
    expect(res?.headers()['content-security-policy']).toBeUndefined();
    // The figure still wakes and updates under the page's own policy…
    const figure = page.locator('#fig-mirage');
    const before = await svg(figure);
    await type(figure, 'answerTokens', '20');
    await hydrated(figure);
    await expect.poll(() => svg(figure)).not.toBe(before);
    expect(errors).toEqual([]);
    // …and an inline script someone manages to inject does not run.
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__injected = true';
          document.body.append(s);
          setTimeout(() => resolve((window as unknown as { __injected?: boolean }).__injected ? 'ran' : 'no event'), 2000);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
  } finally {
    server.stop();
  }
});
