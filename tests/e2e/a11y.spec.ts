import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { routes } from '../support/site';

// axe-core over every page, both languages, light and dark: zero violations (WCAG 2.2 AA, target size included).
// One test per page loads it once in the light theme and runs every rule, then reloads it with the system in dark mode
// (the head script picks the theme from it, as in the light run) and runs again. The dark theme changes colours only
// (src/styles/global.css: `:root[data-theme="dark"]` redefines the colour variables, and the toggle shows its sun icon
// instead of the moon, both aria-hidden): the dark run on every page is the rules whose outcome depends on colour;
// every rule runs in dark on the home pages, which carry the same header, toggle and footer as every other page.
const PAGES = routes();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules of TAGS whose result can change with the colours of the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Pages where the dark run checks every rule, not only the colour rules. */
const DARK_FULL = new Set(['en/', 'zh/']);

async function violations(page: Page, rules: 'all' | string[]): Promise<string[]> {
  // Open every data table and folded answer so axe checks them too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // The plots are one image each (role="img" with a text alternative and a data table), so axe skips their
  // thousands of SVG nodes; everything a reader reads or operates is checked.
  const builder = new AxeBuilder({ page }).exclude('.fig-plot > *').exclude('.card-preview');
  const results = await (rules === 'all' ? builder.withTags(TAGS) : builder.withRules(rules)).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

test('the colour rules checked in the dark theme are rules of the checked tags', async ({ page }) => {
  await page.goto('/en/');
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const ids = [...results.passes, ...results.inapplicable].map((r) => r.id);
  for (const rule of COLOUR_RULES) expect(ids).toContain(rule);
});

for (const path of PAGES) {
  test(`/${path} has no accessibility violations in the light and the dark theme`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/${path}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await violations(page, 'all'), 'light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page, DARK_FULL.has(path) ? 'all' : COLOUR_RULES), 'dark theme').toEqual([]);
  });
}
