// When figures wake (src/scripts/figure-loader.ts): a figure scrolled near the viewport wakes unasked, but never beside
// one the reader touched, whose code then has the connection to itself; the loader is on the page before its load
// event, so a touch at load starts the figure's downloads at once; the frame's code (island.tsx) comes after the
// picture's (picture.ts).
import { expect, test, type Page } from '@playwright/test';
import { holdPlot, hydrated } from '../support/figure';

/** Ids of the figures (with controls) marked as fetching their code, or awake. */
const started = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-figure]')].filter((f) => f.classList.contains('fig-loading') || f.dataset.hydrated === 'true').map((f) => f.dataset.figure!),
  );

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: a figure scrolled to within a screen of the viewport wakes untouched`, async ({ page }) => {
    await page.goto(`/${lang}/kaplan/`);
    await page.waitForLoadState('load');
    expect(await started(page)).toEqual([]);
    const figure = page.locator('[data-figure]:has([data-ui])').first();
    await page.evaluate(() => {
      const f = document.querySelector<HTMLElement>('[data-figure]:has([data-ui])')!;
      // Its top one screen below the viewport's bottom edge: inside the loader's margin, not yet on screen.
      scrollTo(0, f.getBoundingClientRect().top + scrollY - 1.5 * innerHeight);
    });
    await hydrated(figure);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test(`${lang}: figures scrolled near wait while the figure the reader touched fetches its code`, async ({ page }) => {
    await page.goto(`/${lang}/tools/`);
    await page.waitForLoadState('load');
    const release = await holdPlot(page);
    const touched = page.locator('[data-figure]:has(.fig-controls input[type="range"])').first();
    const id = (await touched.getAttribute('data-figure'))!;
    await touched.locator('.fig-controls input[type="range"]').first().focus();
    // The reader scrolls on a little: other figures come within the loader's one-screen margin below the viewport.
    const near = await page.evaluate((id) => {
      scrollBy(0, innerHeight);
      return [...document.querySelectorAll<HTMLElement>('[data-figure]:has([data-ui])')]
        .filter((f) => f.dataset.figure !== id && f.getBoundingClientRect().top < 2 * innerHeight && f.getBoundingClientRect().bottom > 0)
        .map((f) => f.dataset.figure!);
    }, id);
    expect(near.length).toBeGreaterThan(0);
    // The loader's idle callbacks (≤ 2 s) have had their turn: only the touched figure is fetching.
    await page.waitForTimeout(2500);
    expect(await started(page)).toEqual([id]);
    release();
    await hydrated(touched);
    // Then the figures near the viewport wake, untouched.
    await expect.poll(() => started(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([id, ...near]));
  });

  test(`${lang}: the loader has run by the page's load event, so a touch at load starts the figure's downloads at once`, async ({ page }) => {
    // Every script arrives 300 ms late, as on a slow network: a loader the page imported dynamically would still be
    // on its way at load (the load event does not wait for a dynamic import).
    await page.route(/\/_astro\/[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.goto(`/${lang}/kaplan/`, { waitUntil: 'load' });
    const woke = await page.evaluate(() => {
      const f = document.querySelector<HTMLElement>('[data-figure]:has(.fig-controls input[type="range"])')!;
      f.querySelector<HTMLInputElement>('.fig-controls input[type="range"]')!.focus();
      return f.classList.contains('fig-loading');
    });
    expect(woke).toBe(true);
  });

  test(`${lang}: a reader who only reads never loads number formatting; a touch loads it while the figure's code is on its way`, async ({ page }) => {
    // The first Intl.NumberFormat loads the browser's formatting data (~40 ms, 155 ms at 4x CPU): after the page has
    // loaded, a task that long is blocking time in Lighthouse, so the loader makes it only once the reader touches a
    // figure or scrolls, while the page waits for the network.
    await page.addInitScript(() => {
      const Original = Intl.NumberFormat;
      const w = window as unknown as { formats: number };
      w.formats = 0;
      Intl.NumberFormat = new Proxy(Original, {
        construct(target, args) {
          w.formats++;
          return Reflect.construct(target, args);
        },
        apply(target, self, args) {
          w.formats++;
          return Reflect.apply(target, self, args);
        },
      });
    });
    const formats = () => page.evaluate(() => (window as unknown as { formats: number }).formats);
    await page.goto(`/${lang}/kaplan/`, { waitUntil: 'load' });
    // The loader's idle callbacks have had their turn (≤ 2 s).
    await page.waitForTimeout(2500);
    expect(await formats()).toBe(0);
    const release = await holdPlot(page);
    await page.locator('[data-figure] .fig-controls input[type="range"]').first().focus();
    await expect.poll(formats, { timeout: 5000 }).toBeGreaterThan(0);
    // Made before Plot arrived: the figure is still waiting for its code.
    expect(await page.locator('[data-figure].fig-loading').count()).toBe(1);
    release();
    await hydrated(page.locator('[data-figure].fig-loading, [data-figure][data-hydrated]').first());
  });

  test(`${lang}: a touched figure paints its new picture before its frame hydrates`, async ({ page }) => {
    await page.goto(`/${lang}/kaplan/`);
    const figure = page.locator('[data-figure]:has(.fig-controls input[type="range"])').first();
    await figure.evaluate((f: HTMLElement) => {
      // At the swap, and in the frame that paints it: was the frame (controls, readouts, table) live yet?
      (window as unknown as { seen: Promise<unknown> }).seen = new Promise((resolve) =>
        new MutationObserver((_, obs) => {
          obs.disconnect();
          const atSwap = f.dataset.hydrated ?? 'no';
          requestAnimationFrame(() => resolve({ atSwap, atPaint: f.dataset.hydrated ?? 'no' }));
        }).observe(f.querySelector('[data-plot]')!, { childList: true }),
      );
    });
    const before = await figure.locator('[data-plot]').innerHTML();
    const slider = figure.locator('.fig-controls input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as { seen: Promise<unknown> }).seen)).toEqual({ atSwap: 'no', atPaint: 'no' });
    await hydrated(figure);
    // The picture painted first is the one for the key press, and stays once the frame is live.
    expect(await figure.locator('[data-plot]').innerHTML()).not.toBe(before);
    await expect(slider).toBeFocused();
  });

  test(`${lang}: the frame's code is requested only once the figure's code and Plot are in, and until it is live each key press redraws the picture`, async ({ page }) => {
    await page.goto(`/${lang}/kaplan/`);
    await page.waitForLoadState('load');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url().split('/').pop()!));
    const releasePlot = await holdPlot(page);
    // The frame (island.tsx and Preact) is held too, so the picture can be watched before it hydrates.
    let releaseFrame!: () => void;
    const frameHeld = new Promise<void>((r) => (releaseFrame = r));
    await page.route(/\/_astro\/(island|preact)\.[^/]*\.js$/, async (route) => {
      await frameHeld;
      await route.continue();
    });
    const figure = page.locator('[data-figure]:has(.fig-controls input[type="range"])').first();
    const slider = figure.locator('.fig-controls input[type="range"]').first();
    const picture = () => figure.locator('[data-plot]').innerHTML();
    const server = await picture();
    await slider.focus();
    await slider.press('ArrowRight');
    await expect.poll(() => requested.some((f) => /^plot\./.test(f))).toBe(true);
    await page.waitForTimeout(500);
    // While Plot is on its way, nothing of the frame is requested: it would share the connection.
    expect(requested.filter((f) => /^(island|preact)\./.test(f))).toEqual([]);
    releasePlot();
    await expect.poll(picture).not.toBe(server);
    await expect.poll(() => requested.filter((f) => /^(island|preact)\./.test(f)).length).toBe(2);
    expect(await figure.getAttribute('data-hydrated')).toBeNull();
    // Before the frame is live, another key press still redraws the picture.
    const first = await picture();
    await slider.press('ArrowRight');
    await expect.poll(picture).not.toBe(first);
    const second = await picture();
    expect(await figure.getAttribute('data-hydrated')).toBeNull();
    releaseFrame();
    await hydrated(figure);
    // The frame takes the picture for both presses, and its text field says so.
    expect(await picture()).toBe(second);
    const name = (await slider.getAttribute('data-param'))!;
    const field = figure.locator(`.fig-controls input[type="text"][data-param="${name}"]`);
    if (await field.count()) await expect(field).not.toHaveValue(await field.evaluate((f: HTMLInputElement) => f.defaultValue));
    await expect(slider).toBeFocused();
  });

  test(`${lang}: a figure wakes in a page that paints no frames (a background tab, a frame scrolled out of view)`, async ({ page }) => {
    // Such a page never calls requestAnimationFrame back; the island waits for a paint after the first picture.
    await page.addInitScript(() => {
      window.requestAnimationFrame = () => 0;
    });
    await page.goto(`/${lang}/kaplan/`);
    const figure = page.locator('[data-figure]:has(.fig-controls input[type="range"])').first();
    const slider = figure.locator('.fig-controls input[type="range"]').first();
    await slider.focus();
    await slider.press('ArrowRight');
    await hydrated(figure);
  });

  test(`${lang}: arrow presses before the code arrives are each one step, on a slider whose step spans many thumb positions`, async ({ page }) => {
    // chinchilla-runs' window moves in steps of 0.01 over 0.02–0.11: one step is ~111 of the server slider's 1,000
    // positions, so each early press moves the native thumb by one position that rounds back to the same value.
    await page.goto(`/${lang}/figures/chinchilla-runs/`);
    await page.waitForLoadState('load');
    const release = await holdPlot(page);
    const figure = page.locator('#fig-chinchilla-runs');
    const slider = figure.locator('.fig-controls input[type="range"][data-param="window"]');
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
    await slider.press('ArrowLeft');
    await slider.press('ArrowRight');
    expect(await figure.getAttribute('data-hydrated')).toBeNull();
    release();
    await hydrated(figure);
    // 0.05 and three net steps: what the same presses do once the frame is live.
    await expect(figure.locator('.fig-controls input[type="text"][data-param="window"]')).toHaveValue('0.08');
    await expect(page).toHaveURL(/window=0\.08/);
  });

  test(`${lang}: arrow presses before the code arrives are each one step, on a slider whose step spans a position or two`, async ({ page }) => {
    // critical-batch's loss moves in steps of 0.01 over 1.5–8: ~1.5 of the server slider's 1,000 positions a step, so
    // most early presses land on a new value and some round back. Eight presses are eight steps either way (3 → 3.08),
    // as after waking, not the 0.05 that eight positions round to.
    await page.goto(`/${lang}/figures/critical-batch/`);
    await page.waitForLoadState('load');
    const release = await holdPlot(page);
    const figure = page.locator('#fig-critical-batch');
    const slider = figure.locator('.fig-controls input[type="range"][data-param="loss"]');
    await slider.focus();
    for (let i = 0; i < 8; i++) await slider.press('ArrowRight');
    expect(await figure.getAttribute('data-hydrated')).toBeNull();
    release();
    await hydrated(figure);
    await expect(figure.locator('.fig-controls input[type="text"][data-param="loss"]')).toHaveValue('3.08');
    // Once live, each press is one step too.
    await slider.press('ArrowRight');
    await expect(figure.locator('.fig-controls input[type="text"][data-param="loss"]')).toHaveValue('3.09');
  });
}
