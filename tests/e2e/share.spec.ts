import { expect, test } from '../support/reused-page';
import { parseHTML } from 'linkedom';
import { routes } from '../support/site';

// Embed pages (/<lang>/figures/<id>/embed/) stand for their figure's page: not in the sitemap, their canonical is that page.
// The offline page (/<lang>/offline/) is what the service worker shows in place of a page not saved: not in the sitemap either.
const PAGES = routes().filter((p) => /^(zh|en)\//.test(p) && !p.endsWith('/embed/') && !/^(zh|en)\/offline\/$/.test(p));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// The head as served (no browser needed to read it: a page load per page passed the 60 s limit once there were 76 pages).
test('every chapter and figure page has Open Graph and Twitter metadata with a 1200×630 preview image', async ({ request, baseURL }) => {
  const pages = PAGES.filter((p) => /^(zh|en)\/(figures\/[^/]+\/|(what-is-a-scaling-law|kaplan|chinchilla|emergence|beyond-chinchilla|summary)\/)$/.test(p));
  expect(pages.length).toBeGreaterThan(10);
  const seen = new Set<string>();
  for (const path of pages) {
    const html = await (await request.get(`/${path}`)).text();
    const { document } = parseHTML(html);
    const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content');
    expect(meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(meta('meta[property="og:description"]'), path).toBeTruthy();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = meta('meta[property="og:image"]')!;
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    const local = new URL(new URL(image).pathname, new URL(`/${path}`, baseURL)).href;
    if (path.includes('/figures/')) expect(new URL(image).pathname).toBe(`/${path.slice(0, 2)}${'/'}${path.split('/')[2]}.png`.replace(/^\/(zh|en)\//, '/og/$1/'));
    if (seen.has(local)) continue;
    seen.add(local);
    const res = await request.get(local);
    expect(res.status(), image).toBe(200);
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('the sitemap lists pages that exist, each with its hreflang twin; robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  // Exactly the pages the build has in each language.
  expect([...locs].sort()).toEqual(PAGES.map((p) => `/${p}`).sort());
  const blocks = xml.split('<url>').slice(1);
  for (const b of blocks) {
    expect(b).toContain('hreflang="zh-CN"');
    expect(b).toContain('hreflang="en"');
  }
  for (const p of locs) expect(locs).toContain(p.replace(/^\/(zh|en)\//, (_, l) => `/${l === 'zh' ? 'en' : 'zh'}/`));
});

test('private: no cookies, no storage beyond the theme and language, a strict CSP on every response', async ({ page, context }) => {
  const res = await page.goto('/en/kaplan/');
  expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(res?.headers()['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  await page.locator('[data-theme-toggle]').click();
  await page.goto('/zh/emergence/');
  expect(await context.cookies()).toEqual([]);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys.every((k) => ['lang', 'theme'].includes(k))).toBe(true);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('the footer names the site version, and the changelog lists it', async ({ page }) => {
  await page.goto('/en/kaplan/');
  const version = (await page.locator('[data-site-version]').textContent())!;
  expect(version).toMatch(/^\d+\.\d+\.\d+\+\w+$/);
  await page.locator('.site-footer a', { hasText: 'Changelog' }).click();
  await expect(page.locator('h1')).toHaveText('Changelog');
  await expect(page.locator('h2').first()).toContainText(version.split('+')[0]);
});
