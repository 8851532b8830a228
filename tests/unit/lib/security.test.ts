import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPaths } from '../../../src/integrations/security-headers.mjs';
import { parseHeaders } from '../../support/site';
import { CACHE_IMMUTABLE, cacheControlFor, cspHeader, cspMeta, headersFile, headersFor, isEmbedPath, SECURITY_HEADERS } from '../../../src/lib/security.mjs';

describe('security policy', () => {
  it('the <meta> policy carries no frame-ancestors (a meta policy may not) and never allows inline script', () => {
    expect(cspMeta()).toContain("default-src 'self'");
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta()).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('the header policy lets embed pages be framed anywhere and every other page only by the site', () => {
    expect(cspHeader()).toMatch(/frame-ancestors 'self'$/);
    expect(cspHeader({ frameable: true })).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/en/figures/isoflop/embed/index.html')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/en/figures/isoflop/index.html')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(headersFor('/_astro/x.js', { html: false })['Content-Security-Policy']).toBeUndefined();
    expect(isEmbedPath('/scaling/zh/figures/mirage/embed/')).toBe(true);
    expect(isEmbedPath('/zh/figures/embed/')).toBe(false);
    expect(isEmbedPath('/en/kaplan/')).toBe(false);
  });

  it('_headers: one rule per page with its own policy, no page covered by two policies, common headers on every file', () => {
    const pages = ['/scaling/en/kaplan/', '/scaling/en/figures/mirage/', '/scaling/en/figures/mirage/embed/', '/scaling/404.html'];
    const rules = parseHeaders(headersFile(pages, '/scaling/'));
    expect([...rules.keys()]).toEqual(['/scaling/*', '/scaling/_astro/*', ...[...pages].sort()]);
    expect(rules.get('/scaling/*')).toEqual({ ...SECURITY_HEADERS });
    // The content-hashed files, and only they, may be kept a year without asking again.
    expect(rules.get('/scaling/_astro/*')).toEqual({ 'Cache-Control': CACHE_IMMUTABLE });
    for (const [path, headers] of rules) if (path !== '/scaling/_astro/*') expect(headers['Cache-Control']).toBeUndefined();
    expect(rules.get('/scaling/en/figures/mirage/embed/')!['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    for (const page of pages.filter((p) => !p.includes('/embed/'))) {
      expect(rules.get(page)!['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    }
    // Netlify and Cloudflare join a header two matching rules set; only exact paths may carry the policy.
    for (const [path, headers] of rules) if (path.includes('*')) expect(headers['Content-Security-Policy']).toBeUndefined();
  });

  it("Cache-Control: a year for the files under the base's _astro/ (named by their content), asked again for the rest", () => {
    expect(cacheControlFor('/_astro/plot.Ab12Cd34.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/scaling/_astro/plot.Ab12Cd34.js', '/scaling/')).toBe(CACHE_IMMUTABLE);
    for (const [path, base] of [
      ['/en/kaplan/', '/'],
      ['/sw.js', '/'],
      ['/pagefind/pagefind.js', '/'],
      ['/manifest-en.webmanifest', '/'],
      // Outside the base, _astro/ is not the site's.
      ['/_astro/plot.Ab12Cd34.js', '/scaling/'],
      ['/scaling/en/_astro/x.js', '/scaling/'],
    ]) {
      expect(cacheControlFor(path, base), path).toBe('no-cache');
    }
  });

  it('htmlPaths lists every page of a build as the path a host serves it under', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    mkdirSync(join(dir, 'en', 'kaplan'), { recursive: true });
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '');
    writeFileSync(join(dir, '404.html'), '');
    writeFileSync(join(dir, 'en', 'kaplan', 'index.html'), '');
    writeFileSync(join(dir, '_astro', 'x.html'), '');
    writeFileSync(join(dir, 'en', 'kaplan', 'a.js'), '');
    expect(htmlPaths(dir, '/s/')).toEqual(['/s/', '/s/404.html', '/s/en/kaplan/']);
    expect(htmlPaths(dir, '')).toEqual(['', '404.html', 'en/kaplan/']);
  });
});
