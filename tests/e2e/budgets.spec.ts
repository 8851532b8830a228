import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { DIST, routes } from '../support/site';

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

// Byte budgets (issue 14), checked on the built output (deterministic: the same files are downloaded each run).
// The browser runs Observable Plot as published (no stand-ins), so the first figure a reader touches pays for Plot.
const BEFORE_INTERACTION_KB = 10; // JavaScript before a reader touches anything, gzip, per page.
const FIRST_FIGURE_KB = 130; // JavaScript fetched to wake the first figure touched on a page, gzip.
const FURTHER_FIGURE_KB = 12; // Each further figure on the same page, gzip more (the fit Worker is not a figure's code).

const PAGES = routes().filter((p) => /^(zh|en)\/((what-is-a-scaling-law|kaplan|chinchilla|emergence|beyond-chinchilla|summary|tools|figures|changelog)\/)?$/.test(p));

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
  test(`/${path}: JS before interaction ≤ ${BEFORE_INTERACTION_KB} KB gzip; first figure ≤ ${FIRST_FIGURE_KB} KB; each further ≤ ${FURTHER_FIGURE_KB} KB`, async ({ page }) => {
    test.setTimeout(120_000);
    const scripts = new Set<string>();
    // The page's own requests, including those its service worker answers; not the worker's background precache of the
    // site's runtime (src/sw/service-worker.ts), which Playwright reports on the context, not the page.
    page.on('request', (r) => {
      const u = new URL(r.url());
      // Workers are fetched as scripts too; the fit Worker (fit-your-runs) is outside the figure budgets.
      if (r.resourceType() === 'script' && u.hostname === 'localhost' && !/worker/i.test(u.pathname)) scripts.add(u.pathname);
    });
    await page.goto(`/${path}`);
    const before = await jsLoaded(page, scripts);
    expect(before, [...scripts].join(', ')).toBeLessThanOrEqual(BEFORE_INTERACTION_KB);
    const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-figure]')].filter((f) => f.querySelector('[data-ui]')).map((f) => f.dataset.figure!));
    // Wake the figures one at a time, in page order, recording what each one fetched.
    const steps: { id: string; kb: number }[] = [];
    let total = before;
    for (const id of ids) {
      await page.evaluate((figId) => {
        document.querySelector(`[data-figure="${figId}"]`)!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      }, id);
      await expect(page.locator(`[data-figure="${id}"][data-hydrated="true"]`)).toHaveCount(1, { timeout: 30_000 });
      const now = await jsLoaded(page, scripts);
      steps.push({ id, kb: now - total });
      total = now;
    }
    const first = steps[0]?.kb ?? 0;
    const further = steps.slice(1);
    const largest = further.reduce((m, s) => Math.max(m, s.kb), 0);
    test.info().annotations.push({
      type: 'bytes',
      description:
        `${path}: ${before.toFixed(1)} KB before; first figure (${steps[0]?.id ?? 'none'}) +${first.toFixed(1)} KB; ` +
        `${further.length} further figures, largest +${largest.toFixed(1)} KB (${further.map((s) => `${s.id} +${s.kb.toFixed(1)}`).join(', ') || '—'}); total ${total.toFixed(1)} KB`,
    });
    expect(first, steps[0]?.id).toBeLessThanOrEqual(FIRST_FIGURE_KB);
    for (const s of further) expect(s.kb, s.id).toBeLessThanOrEqual(FURTHER_FIGURE_KB);
  });
}
