import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from '../support/figure';
import { DIST } from '../support/site';

// Every slider of every figure, walked with the keyboard the way a reader does (WAI-ARIA slider pattern):
// → / ↑ next distinct value, ← / ↓ previous, PageUp / PageDown a larger stride, Home / End the ends. Each press must
// change the text field, the slider's spoken value, the figure, and (after its debounce) the URL.
// The figures come from the build (one page per registered figure), so a new figure is walked the day it is added.
const FIGURE_IDS = readdirSync(`${DIST}/en/figures`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** The figures whose page has a slider (the others have only selects, checkboxes and text fields). */
const WITH_SLIDERS = FIGURE_IDS.filter((id) => /type="range"/.test(readFileSync(`${DIST}/en/figures/${id}/index.html`, 'utf8')));

test('most figures have sliders, and all of them are walked below', () => {
  expect(WITH_SLIDERS.length).toBeGreaterThanOrEqual(20);
});

/** What a reader sees change: the plot (ids removed) and the readouts. */
async function picture(figure: Locator): Promise<string> {
  const plot = (await figure.locator('[data-plot]').innerHTML()).replace(/\b(id|href)="#?[^"]*"/g, '').replace(/url\(#[^)]*\)/g, '');
  return plot + (await figure.locator('.fig-readouts').allInnerTexts()).join('|');
}

/** Presses `key` on the focused slider and checks everything a reader sees moved. Returns the new position. */
async function press(page: Page, figure: Locator, slider: Locator, field: Locator, key: string): Promise<number> {
  const before = { text: await field.inputValue(), picture: await picture(figure), url: page.url() };
  await page.keyboard.press(key);
  const where = `${await slider.getAttribute('data-param')} ${key} from ${before.text}`;
  await expect.poll(() => field.inputValue(), { message: `text field after ${where}`, timeout: 5000 }).not.toBe(before.text);
  const text = await field.inputValue();
  await expect(slider, `spoken value after ${where}`).toHaveAttribute('aria-valuetext', new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect.poll(() => picture(figure), { message: `figure after ${where}`, timeout: 5000 }).not.toBe(before.picture);
  // The state is in the URL, written after a short debounce (a default value leaves the URL, any other changes it);
  // checked on End only, to keep the walk quick.
  if (key === 'End') await expect.poll(() => page.url(), { message: `URL after ${where}`, timeout: 5000 }).not.toBe(before.url);
  return Number(await slider.inputValue());
}

for (const lang of ['en', 'zh'] as const) {
  for (const id of WITH_SLIDERS) {
    test(`${lang}/figures/${id}: every slider moves with →, ↑, ←, ↓, PageUp, PageDown, Home and End; the text, the figure and the URL follow`, async ({ page }) => {
      // The planner walks 8 sliders × 9 presses: allow twice the default on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.goto(`/${lang}/figures/${id}/`);
      const figure = page.locator(`#fig-${id}`);
      const sliders = figure.locator('input[type="range"][data-param]');
      const count = await sliders.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const slider = sliders.nth(i);
        const name = (await slider.getAttribute('data-param'))!;
        const field = figure.locator(`input.ctl-text[data-param="${name}"]`);
        // A control that applies to one question only (the planner's model size…) is walked with that question chosen.
        const usedWhen = await slider.evaluate((el) => el.closest('.ctl')?.getAttribute('data-used-when') ?? null);
        await slider.focus();
        await hydrated(figure);
        if (usedWhen) {
          const [param, values] = usedWhen.split('=');
          await figure.locator(`select[data-param="${param}"]`).selectOption(values.split('|')[0]);
          await slider.focus();
        }
        const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
        if (Number(await slider.inputValue()) > min) expect(await press(page, figure, slider, field, 'Home')).toBe(min);
        let position = min;
        for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight']) {
          if (position === max) break;
          const next = await press(page, figure, slider, field, key);
          expect(next, `${name}: ${key} moves the thumb right`).toBeGreaterThan(position);
          position = next;
        }
        const arrowStart = position;
        position = await press(page, figure, slider, field, 'ArrowLeft');
        const arrowStride = arrowStart - position;
        const afterPage = await press(page, figure, slider, field, 'PageUp');
        if (afterPage < max) expect(afterPage - position, `${name}: PageUp goes at least as far as an arrow`).toBeGreaterThanOrEqual(arrowStride);
        if (afterPage > min) await press(page, figure, slider, field, 'PageDown');
        expect(await press(page, figure, slider, field, 'End')).toBe(max);
        expect(await press(page, figure, slider, field, 'ArrowDown')).toBeLessThan(max);
        expect(await press(page, figure, slider, field, 'Home')).toBe(min);
      }
    });
  }
}
