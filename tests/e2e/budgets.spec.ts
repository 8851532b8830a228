import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DIST, routes } from '../support/site';

// Byte budgets from DESIGN.md, checked on the built output (deterministic: the same files are downloaded each run).
const BEFORE_INTERACTION_KB = 10; // DESIGN.md: JavaScript before a reader touches a figure, gzip, per page.
const DESIGN_AFTER_HYDRATION_KB = 110; // DESIGN.md: all islands of a chapter hydrated, gzip.
// Every page meets it. What keeps the biggest chapter (Chinchilla: 10 figures, four of them calculators) under:
// per-language client bundles, chunks grouped by page, stand-ins for the parts of Observable Plot no figure uses,
// and terser (src/integrations/*.mjs). Measured 108.2 KB (zh) and 105.8 KB (en) on 2026-11-29.

const PAGES = routes().filter((p) => /^(zh|en)\/((what-is-a-scaling-law|kaplan|chinchilla|emergence|summary|tools|figures|changelog)\/)?$/.test(p));

const gz = new Map<string, number>();
function gzipKB(urlPath: string): number {
  if (!gz.has(urlPath)) gz.set(urlPath, gzipSync(readFileSync(join(DIST, urlPath)), { level: 9 }).length / 1024);
  return gz.get(urlPath)!;
}

async function jsLoaded(page: Page, scripts: Set<string>): Promise<number> {
  await page.waitForLoadState('networkidle');
  return [...scripts].reduce((sum, p) => sum + gzipKB(p), 0);
}

for (const path of PAGES) {
  test(`/${path}: JavaScript before interaction ≤ ${BEFORE_INTERACTION_KB} KB gzip; after hydrating every figure ≤ ${DESIGN_AFTER_HYDRATION_KB} KB`, async ({ page }) => {
    const scripts = new Set<string>();
    // The page's own requests, including those its service worker answers; not the worker's background precache of the
    // site's runtime (src/sw/service-worker.ts), which Playwright reports on the context, not the page.
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (r.resourceType() === 'script' && u.hostname === 'localhost') scripts.add(u.pathname);
    });
    await page.goto(`/${path}`);
    const before = await jsLoaded(page, scripts);
    expect(before, [...scripts].join(', ')).toBeLessThanOrEqual(BEFORE_INTERACTION_KB);
    const figures = await page.evaluate(() => {
      const figs = [...document.querySelectorAll<HTMLElement>('[data-figure]')].filter((f) => f.querySelector('[data-ui]'));
      for (const f of figs) f.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      return figs.length;
    });
    if (figures > 0) await expect(page.locator('[data-figure][data-hydrated="true"]')).toHaveCount(figures, { timeout: 30_000 });
    const after = await jsLoaded(page, scripts);
    test.info().annotations.push({ type: 'bytes', description: `${path}: ${before.toFixed(1)} KB before, ${after.toFixed(1)} KB after ${figures} figures (DESIGN budget ${DESIGN_AFTER_HYDRATION_KB} KB)` });
    expect(after).toBeLessThanOrEqual(DESIGN_AFTER_HYDRATION_KB);
  });
}
