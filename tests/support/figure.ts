// Helpers the figure e2e specs share: open a figure, wait for its island, drive its controls the way a reader does,
// and read its readouts, plot and URL.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a page and returns the figure `#fig-<id>` on it. */
export async function open(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  return page.locator(`#fig-${id}`);
}

/** Waits for the figure's island to hydrate. */
export async function hydrated(figure: Locator) {
  await expect(figure).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
}

/** Types into a figure's text field the way a reader does (the first click loads the island). */
export async function type(figure: Locator, param: string, text: string) {
  const field = figure.locator(`input.ctl-text[data-param="${param}"]`);
  await field.click();
  await hydrated(figure);
  await field.fill(text);
  await field.press('Enter');
}

/** Picks an option of a figure's select (focusing it loads the island). */
export async function choose(figure: Locator, param: string, value: string) {
  const select = figure.locator(`select[data-param="${param}"]`);
  await select.focus();
  await hydrated(figure);
  await select.selectOption(value);
}

/** All of the figure's readouts. */
export function readouts(figure: Locator) {
  return figure.locator('.fig-readouts');
}

/** The figure's readout at `index`. */
export function readout(figure: Locator, index: number) {
  return figure.locator('.fig-readouts .readout').nth(index);
}

/** The plot's markup with generated ids removed. */
export async function svg(figure: Locator): Promise<string> {
  return (await figure.locator('[data-plot]').innerHTML()).replace(/\b(id|href)="#?[^"]*"/g, '');
}

/** A parameter of the page's URL. */
export const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Holds back Plot's chunk, the largest part of a figure's wake, for `page` until the returned function is called. */
export async function holdPlot(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/plot\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** SVG markup with generated ids removed, so two renders of the same state compare equal. */
export async function plotMarkup(figure: Locator): Promise<string> {
  const html = await figure.locator('[data-plot]').innerHTML();
  return html.replace(/\b(id|href)="#?[^"]*"/g, '').replace(/url\(#[^)]*\)/g, 'url()');
}

/** Changes the figure's first control from the keyboard, the way a reader would. Returns the parameter name. */
export async function changeFirstControl(page: Page, figure: Locator): Promise<string> {
  const control = figure.locator('.fig-controls [data-param]').first();
  const name = (await control.getAttribute('data-param'))!;
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  const type = await control.getAttribute('type');
  if (tag === 'select') {
    const options = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await control.inputValue();
    await control.selectOption(options.find((o) => o !== current)!);
  } else if (type === 'checkbox') {
    await control.focus();
    await page.keyboard.press('Space');
  } else if (type === 'range') {
    await control.focus();
    const before = await control.inputValue();
    await page.keyboard.press(Number(before) > 900 ? 'PageDown' : 'PageUp');
    await page.keyboard.press(Number(before) > 900 ? 'PageDown' : 'PageUp');
  } else {
    await control.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
  }
  return name;
}

/**
 * The figure's picture and the page's address, once neither has changed between two reads 300 ms apart: longer than the
 * URL's debounce (250 ms, island.tsx), so an address still to be written after the first read is written by the second.
 */
export async function settled(page: Page, figure: Locator): Promise<{ after: string; url: string }> {
  let last = { after: '', url: '' };
  await expect
    .poll(
      async () => {
        const now = { after: await plotMarkup(figure), url: page.url() };
        const same = now.after === last.after && now.url === last.url;
        last = now;
        return same;
      },
      { intervals: [300], timeout: 15_000 },
    )
    .toBe(true);
  return last;
}
