import { readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from '../support/figure';
import { DIST } from '../support/site';

// Issue 14 §5: every figure shows values on hover/touch with Plot's own tip + pointer (src/figures/lib/plot.ts,
// tipMark/tipText), live after hydration, in the reader's language. Every figure here draws at least one Plot chart
// (calculators and the approach table included: each names the mark that carries its tip), so none is exempt.
const FIGURE_IDS = readdirSync(`${DIST}/en/figures`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Positions tried inside each chart, as fractions of its box: a coarse grid, centre first. */
const GRID: [number, number][] = [[0.5, 0.5]];
for (const fy of [0.25, 0.4, 0.55, 0.7, 0.85]) for (const fx of [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) GRID.push([fx, fy]);

/** Moves the mouse across each chart of the figure until Plot's tip shows text; returns that text ('' if none). */
async function hoverUntilTip(page: Page, figure: Locator): Promise<string> {
  // Plot names a tip's group aria-label="tip" when it draws it; in a faceted chart (overhead) it redraws one inner group
  // per facet, which carries only the tip's fill (the frame removed the outer group's label, see quietPlotAria).
  const tip = figure.locator('[data-plot] g[aria-label="tip"], [data-plot] g[fill="var(--bg-card, var(--plot-background, white))"]');
  const charts = figure.locator('[data-plot] svg[class^="plot"]');
  const n = await charts.count();
  for (let c = 0; c < n; c++) {
    // The mouse only reaches what is on screen: bring each chart into view first.
    await charts.nth(c).scrollIntoViewIfNeeded();
    const box = await charts.nth(c).boundingBox();
    if (!box) continue;
    for (const [fx, fy] of GRID) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      const text = (await tip.allTextContents()).join(' ').trim();
      if (text) return text;
    }
  }
  return '';
}

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

for (const id of FIGURE_IDS) {
  for (const lang of ['en', 'zh'] as const) {
    test(`${id} (${lang}): hovering the plot shows a tip in the reader's language`, async ({ page }) => {
      await page.goto(`/${lang}/figures/${id}/`);
      const figure = page.locator(`#fig-${id}`);
      // Wake the island the way a keyboard reader does: focus a control.
      await figure.locator('.fig-controls [data-param]').first().focus();
      await hydrated(figure);
      const text = await hoverUntilTip(page, figure);
      expect(text, 'no tip appeared anywhere on the plot').not.toBe('');
      expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
      if (lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
      else expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      test.info().annotations.push({ type: 'tip', description: `${id} ${lang}: ${text.replace(/\s+/g, ' ')}` });
    });
  }
}
