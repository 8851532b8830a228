import { expect, test } from '../support/reused-page';
import { PORT } from '../support/site';

// Counts what a first visit downloads: HTTP cache off (tests/support/reused-page.ts).
test.use({ httpCache: false });

// The sub-path build (SITE_BASE=/scaling/), served the way a project page of a static host serves it.
const SUB = `http://localhost:${PORT + 1}/scaling/`;

test('under a sub-path, pages load with their styles and navigation stays under the sub-path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${SUB}en/`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  await page.locator('.chapter-list a').first().click();
  await page.waitForURL(`${SUB}en/what-is-a-scaling-law/`);
  await page.locator('.chapter-nav a[rel="next"]').click();
  await page.waitForURL(`${SUB}en/kaplan/`);
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL(`${SUB}zh/kaplan/`);
  expect(await page.locator('.katex').count()).toBeGreaterThan(0);
  expect(failed).toEqual([]);
});
