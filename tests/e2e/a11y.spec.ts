import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes } from '../support/site';

// axe-core over every page, both languages, light and dark: zero violations (WCAG 2.2 AA, target size included).
const PAGES = routes();

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`/${path} has no accessibility violations`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto(`/${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        // Open every data table and folded answer so axe checks them too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        // The plots are one image each (role="img" with a text alternative and a data table), so axe skips their
        // thousands of SVG nodes; everything a reader reads or operates is checked.
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .exclude('.fig-plot > *')
          .exclude('.card-preview')
          .analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
