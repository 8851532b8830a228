import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { changeFirstControl, hydrated, plotMarkup, settled } from '../support/figure';
import { DIST } from '../support/site';

// Every figure page in both languages, loaded once and checked for everything a reader of that page meets after waking
// the figure (one page load instead of one per check: the suite is CPU-bound on 2 cores, see tests/support/reused-page.ts).
// 1. Hover and touch readouts (issue 14 §5): every figure shows values on hover with Plot's own tip + pointer
//    (src/figures/lib/plot.ts, tipMark/tipText), live after hydration, in the reader's language. Every figure draws at
//    least one Plot chart (calculators and the approach table included: each names the mark that carries its tip), so
//    none is exempt.
// 2. The keyboard (WAI-ARIA slider pattern), every slider: → / ↑ next distinct value, ← / ↓ previous, PageUp / PageDown
//    a larger stride, Home / End the ends. Each press must change the text field, the slider's spoken value and the
//    figure; at the end of the walk the URL holds every slider the walk left away from its default (the URL follows
//    250 ms after the last change, so it is read once, when the walk is over, not after every slider). Figures without
//    sliders (only selects, checkboxes, text fields) have their first control changed instead.
// 3. In Chinese, the Chinese-only bundle: the browser draws the labels and notices from the Chinese catalogues only
//    (src/i18n/<area>/zh…, chunk-groups.mjs), the controls read Chinese before and after waking, nothing reads
//    undefined or NaN, and no console error all along.
// 4. In English: before a touch the page has fetched none of the figure's code; once the walk is over, the address
//    reproduces the figure (reloaded, the page draws the same picture) and the language switch keeps it; then a shared
//    link with an invalid value shows a notice naming what was ignored, and the default figure.
// The figures come from the build (one page per registered figure), so a new figure is checked the day it is added.
const FIGURE_IDS = readdirSync(`${DIST}/en/figures`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** The figures whose page has a slider (the others have only selects, checkboxes and text fields). */
const WITH_SLIDERS = FIGURE_IDS.filter((id) => /type="range"/.test(readFileSync(`${DIST}/en/figures/${id}/index.html`, 'utf8')));

test('most figures have sliders, and all of them are walked below', () => {
  expect(WITH_SLIDERS.length).toBeGreaterThanOrEqual(20);
});

/** Positions tried inside each chart, as fractions of its box: a coarse grid, centre first. */
const GRID: [number, number][] = [[0.5, 0.5]];
for (const fy of [0.25, 0.4, 0.55, 0.7, 0.85]) for (const fx of [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) GRID.push([fx, fy]);

/** Moves the mouse across each chart of the figure until Plot's tip shows text; returns that text ('' if none). */
async function hoverUntilTip(page: Page, figure: Locator): Promise<string> {
  // Plot names a tip's group aria-label="tip" when it draws it (no figure is faceted since overhead became two panels).
  const tip = figure.locator('[data-plot] g[aria-label="tip"]');
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

/** What a reader sees, read in one round trip: the slider, its text field, and a hash of the plot (ids removed) and
 * the readouts. Polled every few milliseconds after a key press, so a press costs what the figure takes. */
interface SliderState {
  value: number;
  text: string;
  spoken: string;
  picture: string;
}

/**
 * The slider's state as a reader sees it. Given `since` (the state before a key press), waits inside the page until
 * everything has followed the press (see `pending`), or `timeout` ms have passed, and returns the state it ended on: one
 * round trip per press instead of one per poll. The picture's hash is recomputed only after the figure's DOM changed.
 */
function state(figure: Locator, name: string, since?: { before: SliderState; timeout: number }): Promise<SliderState> {
  return figure.evaluate(
    (fig, { param, since }) => {
      const slider = fig.querySelector<HTMLInputElement>(`input[type="range"][data-param="${param}"]`)!;
      const field = fig.querySelector<HTMLInputElement>(`input.ctl-text[data-param="${param}"]`)!;
      const picture = () => {
        const plot = (fig.querySelector('[data-plot]')?.innerHTML ?? '').replace(/\b(id|href)="#?[^"]*"/g, '').replace(/url\(#[^)]*\)/g, '');
        const seen = `${plot}${[...fig.querySelectorAll<HTMLElement>('.fig-readouts')].map((r) => r.innerText).join('|')}`;
        // FNV-1a over the markup: two different pictures colliding in 32 bits is not a concern for a before/after check.
        let h = 0x811c9dc5;
        for (let i = 0; i < seen.length; i++) h = Math.imul(h ^ seen.charCodeAt(i), 0x01000193);
        return `${seen.length}:${(h >>> 0).toString(16)}`;
      };
      const read = (pic: string) => ({
        value: Number(slider.value),
        text: field.value,
        spoken: slider.getAttribute('aria-valuetext') ?? '',
        picture: pic,
      });
      if (!since) return read(picture());
      const { before, timeout } = since;
      // The same conditions as `pending` below, which judges the state returned.
      const followed = (s: ReturnType<typeof read>) => s.text !== before.text && s.spoken.startsWith(s.text) && s.picture !== before.picture;
      let changed = true;
      const observer = new MutationObserver(() => {
        changed = true;
      });
      observer.observe(fig, { subtree: true, childList: true, attributes: true, characterData: true });
      let pic = before.picture;
      const started = performance.now();
      return new Promise<ReturnType<typeof read>>((resolve) => {
        const check = () => {
          if (changed) {
            changed = false;
            pic = picture();
          }
          const s = read(pic);
          if (followed(s) || performance.now() - started > timeout) {
            observer.disconnect();
            resolve(s);
          } else setTimeout(check, 10);
        };
        check();
      });
    },
    { param: name, since: since ?? null },
  );
}

/**
 * Presses `key` on the focused slider and checks everything a reader sees moved. Returns the new position. The state
 * before the press is the one the last press ended on (`last`), read again only before the first press on a slider:
 * one round trip per press instead of two.
 */
let last: SliderState | undefined;
async function press(page: Page, figure: Locator, name: string, key: string): Promise<number> {
  const before = last ?? (await state(figure, name));
  last = undefined;
  await page.keyboard.press(key);
  const where = `${name} ${key} from ${before.text}`;
  // Everything must follow: the text field, the slider's spoken value (which starts with the text) and the figure.
  // What has not followed within 10 s is listed; the list must be empty.
  const pending = (s: SliderState) => [
    ...(s.text === before.text ? [`text field after ${where}`] : []),
    ...(s.text === before.text || !s.spoken.startsWith(s.text) ? [`spoken value after ${where} (${s.spoken} for ${s.text})`] : []),
    ...(s.picture === before.picture ? [`figure after ${where}`] : []),
  ];
  const after = await state(figure, name, { before, timeout: 10_000 });
  expect(pending(after), `after ${where}`).toEqual([]);
  last = after;
  return after.value;
}

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 1280, height: 900 } });

/** The text of every slider's field, by parameter name. */
function sliderTexts(figure: Locator): Promise<Record<string, string>> {
  return figure.evaluate((fig) =>
    Object.fromEntries(
      [...fig.querySelectorAll<HTMLInputElement>('input[type="range"][data-param]')].map((s) => [
        s.dataset.param!,
        fig.querySelector<HTMLInputElement>(`input.ctl-text[data-param="${s.dataset.param}"]`)!.value,
      ]),
    ),
  );
}

for (const lang of ['en', 'zh'] as const) {
  for (const id of FIGURE_IDS) {
    const walked = WITH_SLIDERS.includes(id);
    const what = walked
      ? 'every slider moves with →, ↑, ←, ↓, PageUp, PageDown, Home and End; the text, the figure and the URL follow'
      : 'its first control changes the figure (no slider)';
    const more =
      lang === 'zh'
        ? 'the Chinese-only bundle draws every word in Chinese, with no console error'
        : 'no figure code before a touch; the URL reproduces the figure after a reload and across the language switch; an invalid URL value shows a notice and the default figure';
    test(`${lang}/figures/${id}: hovering the plot shows a tip in the reader's language; ${what}; ${more}`, async ({ page }) => {
      // The planner walks 8 sliders × 9 presses: allow twice the default on a loaded 2-core machine.
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`/${lang}/figures/${id}/`);
      const figure = page.locator(`#fig-${id}`);
      if (lang === 'en') {
        // Before a touch only the page's scripts: the site script, the figure loader with Vite's preload helper, and the
        // channel registry the loader shares with the fit panel (figure-state). Read once the network has been idle.
        await page.waitForLoadState('networkidle');
        const pageScripts = /Base\.astro|figure-loader|figure-state|preload-helper|index\.astro/;
        expect(scripts.filter((s) => /island|plot|\/_astro\/[a-z-]+\.[\w-]+\.js$/.test(s) && !pageScripts.test(s))).toEqual([]);
      }
      const serverControls = await figure.locator('.fig-controls').innerText();
      // Wake the island the way a keyboard reader does: focus a control.
      await figure.locator('.fig-controls [data-param]').first().focus();
      await hydrated(figure);
      // The default picture as the island draws it (before the pointer adds a tip to it): after hydration the frame
      // shows Plot's live node, whose serialisation orders attributes differently from the build's linkedom markup.
      const defaultSvg = await plotMarkup(figure);
      const defaults = await sliderTexts(figure);
      const text = await hoverUntilTip(page, figure);
      expect(text, 'no tip appeared anywhere on the plot').not.toBe('');
      expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
      if (lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
      else expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      test.info().annotations.push({ type: 'tip', description: `${id} ${lang}: ${text.replace(/\s+/g, ' ')}` });
      if (walked) await walkSliders(page, figure);
      else {
        await page.mouse.move(0, 0);
        const before = await plotMarkup(figure);
        await changeFirstControl(page, figure);
        await expect.poll(() => plotMarkup(figure)).not.toBe(before);
      }
      if (walked) {
        // The URL, once it has followed the last press (250 ms later): every slider the walk left away from its default
        // is in it (a slider back at its default leaves it, as it should).
        const moved = Object.entries(await sliderTexts(figure))
          .filter(([name, text]) => text !== defaults[name])
          .map(([name]) => name);
        expect(moved.length, 'the walk leaves some slider away from its default').toBeGreaterThan(0);
        await expect.poll(() => moved.filter((name) => !new URL(page.url()).searchParams.has(name)), { message: 'sliders missing from the URL' }).toEqual([]);
      }
      if (lang === 'zh') {
        // The browser drew the labels and notices from the Chinese catalogues only (src/i18n/<area>/zh…, chunk-groups.mjs).
        expect(scripts.some((s) => /\/words-zh-frame\./.test(s))).toBe(true);
        expect(scripts.filter((s) => /\/words-en-/.test(s))).toEqual([]);
        expect(await figure.innerText()).not.toMatch(/undefined|NaN/);
        expect(await figure.locator('.fig-controls').innerText()).toMatch(/[\u4e00-\u9fff]/);
        expect(serverControls).toMatch(/[\u4e00-\u9fff]/);
        expect(errors).toEqual([]);
        return;
      }
      // The address reproduces what the reader left: reloaded, the page draws the same picture, and the language switch
      // carries the state to the other language's page. The pointer moves off first, so no tip shows (a tip that stayed,
      // as one did on a chart an update kept, keptChart, fails here); Plot leaves the group of a tip it has shown
      // labelled (aria-label="tip") once empty, which a fresh picture's empty group is not.
      await page.mouse.move(0, 0);
      const { after, url } = await settled(page, figure);
      const untipped = (markup: string) => markup.replace(/<g aria-label="tip"([^>]*)><\/g>/g, '<g$1></g>');
      await page.reload();
      await hydrated(figure);
      expect(page.url()).toBe(url);
      await expect.poll(async () => untipped(await plotMarkup(figure))).toBe(untipped(after));
      await page.locator('[data-lang-switch]').click();
      await page.waitForURL(`**/zh/figures/${id}/**`);
      expect(new URL(page.url()).search).toBe(new URL(url).search);
      await hydrated(page.locator(`#fig-${id}`));
      expect(errors).toEqual([]);
      // A shared link whose first value is a script: a notice quotes it, and the figure is the default one.
      const first = (await figure.locator('.fig-controls [data-param]').first().getAttribute('data-param'))!;
      await page.mouse.move(0, 0);
      await page.goto(`/en/figures/${id}/?${first}=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
      await figure.locator('.fig-controls [data-param]').first().focus();
      await hydrated(figure);
      await expect(figure.locator('[role="status"]')).toContainText('Ignored');
      await expect(figure.locator('[role="status"]')).toContainText('<script>alert(1)</script>');
      expect(await plotMarkup(figure)).toBe(defaultSvg);
    });
  }
}

/** Walks every slider of the (woken) figure with the keyboard; see `press`. */
async function walkSliders(page: Page, figure: Locator) {
  const sliders = figure.locator('input[type="range"][data-param]');
  const count = await sliders.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const slider = sliders.nth(i);
    const name = (await slider.getAttribute('data-param'))!;
    // A control that applies to one question only (the planner's model size…) is walked with that question chosen.
    const usedWhen = await slider.evaluate((el) => el.closest('.ctl')?.getAttribute('data-used-when') ?? null);
    await slider.focus();
    if (usedWhen) {
      const [param, values] = usedWhen.split('=');
      await figure.locator(`select[data-param="${param}"]`).selectOption(values.split('|')[0]);
      await slider.focus();
    }
    // A new slider (and a question just chosen): its first press reads the state afresh.
    last = undefined;
    const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
    if (Number(await slider.inputValue()) > min) expect(await press(page, figure, name, 'Home')).toBe(min);
    let position = min;
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight']) {
      if (position === max) break;
      const next = await press(page, figure, name, key);
      expect(next, `${name}: ${key} moves the thumb right`).toBeGreaterThan(position);
      position = next;
    }
    const arrowStart = position;
    position = await press(page, figure, name, 'ArrowLeft');
    const arrowStride = arrowStart - position;
    const afterPage = await press(page, figure, name, 'PageUp');
    if (afterPage < max) expect(afterPage - position, `${name}: PageUp goes at least as far as an arrow`).toBeGreaterThanOrEqual(arrowStride);
    if (afterPage > min) await press(page, figure, name, 'PageDown');
    expect(await press(page, figure, name, 'End')).toBe(max);
    expect(await press(page, figure, name, 'ArrowDown')).toBeLessThan(max);
    expect(await press(page, figure, name, 'Home')).toBe(min);
  }
}
