import type { Page } from '@playwright/test';
import { expect, test } from '../support/reused-page';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PORT } from '../support/site';
import { hydrated } from '../support/figure';

// Issue 17 §3: a chapter prints (or saves to PDF) cleanly on A4 and Letter — every figure as its current SVG with its
// caption and the address of its state written under it, no controls, no navigation — in both languages, at the root and
// under a sub-path.

const BUILDS = [
  { name: 'root', origin: `http://localhost:${PORT}`, base: '/' },
  { name: 'sub-path', origin: `http://localhost:${PORT + 1}`, base: '/scaling/' },
];
const SLUG = 'chinchilla';
/** The interactive parts of a figure frame, which have no place on paper. */
const UI = '.fig-status, .fig-controls, .fig-actions, .fig-cite, .fig-data';
/** The figure whose state the test changes before printing, and one of its choices. */
const MOVED = { id: 'isoflop', param: 'law' };

/**
 * CJK fonts share one glyph between an ideograph and its radical, and the PDF's text map may name the radical: NFKC folds
 * the Kangxi radicals back, these from the CJK Radicals Supplement have no decomposition.
 */
const RADICALS: Record<string, string> = {
  '⺠': '民',
  '⻅': '见',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
};

/**
 * Text compared the way a PDF gives it back: compatibility forms (ligatures, Kangxi radicals) folded, combining marks
 * dropped (a hat over a letter comes back as a NUL), no whitespace at all.
 */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: pdf.js returns NUL for the combining hat of L̂.
    .replace(/[\p{M}\u0000\s]/gu, '');

/** The text of every page of a PDF, and how many pages it has. */
async function pdfText(data: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: parts.join('\n') };
}

/** Visible text of elements, math left out (KaTeX's glyph order is not the reading order). */
async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.katex, .visually-hidden').forEach((m) => m.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
}

/** How KaTeX's MathML twin of the first display equation is kept out of sight (clipped away, as KaTeX's stylesheet does). */
const mathmlStyle = (page: Page) =>
  page
    .locator('.katex-display .katex-mathml')
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, clipPath: s.clipPath, width: s.width, height: s.height, overflow: s.overflow };
    });

for (const build of BUILDS) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${build.name}: /${lang}/${SLUG}/ prints with its figures, captions and state addresses, without controls or navigation`, async ({ page }) => {
      test.setTimeout(150_000);
      const chapter = `${build.origin}${build.base}${lang}/${SLUG}/`;
      // 'load' first: Playwright's network-idle timer can fire while a long chapter is still being parsed.
      await page.goto(chapter);
      await page.waitForLoadState('networkidle');

      // On screen: what must not reach paper (the words of the controls and of the page's navigation).
      const figures = page.locator('.reading figure.figure');
      const ids = await figures.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.figure!));
      expect(ids.length).toBeGreaterThanOrEqual(8);
      expect(ids).toContain(MOVED.id);
      const controlLabels = (await texts(page, '.fig-controls label')).filter((l) => l.length >= 4);
      expect(controlLabels.length).toBeGreaterThan(10);
      const buttons = await texts(page, '.fig-actions [data-action="copy-link"], .fig-actions [data-action="cite"], .fig-controls .ctl-reset button, .fig-data summary');
      const navigation = [...(await texts(page, '.skip-link, .toc summary, .chapter-nav .dir, .next-chapter .label'))];
      // A label that is also said elsewhere in the chapter (a legend, a readout, the prose) proves nothing: only the words
      // found nowhere but in the controls and the navigation count.
      const content = squash(
        await page.locator('.reading').evaluate((el, chrome) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(chrome).forEach((c) => c.remove());
          return copy.textContent ?? '';
        }, `${UI}, .toc, .chapter-nav, .next-chapter`),
      );
      const forbidden = [...new Set([...controlLabels, ...buttons, ...navigation])].filter((w) => !content.includes(squash(w)));
      expect(forbidden.filter((w) => controlLabels.includes(w)).length).toBeGreaterThan(8);
      expect(forbidden.length).toBeGreaterThan(15);
      const headings = (await texts(page, '.reading h1, .reading h2')).filter(Boolean);
      expect(headings.length).toBeGreaterThan(5);

      // Every figure says where its current state lives: its own page, absolute, in this build's base path.
      for (const id of ids) {
        await expect(page.locator(`#fig-${id} .fig-url-value`)).toHaveText(new RegExp(`^${build.origin}${build.base}${lang}/figures/${id}/(\\?.*)?$`));
      }

      // The reader changes a figure: the address printed under it follows.
      const moved = page.locator(`#fig-${MOVED.id}`);
      const movedUrl = moved.locator('.fig-url-value');
      const before = await movedUrl.textContent();
      expect(before).toBe(`${build.origin}${build.base}${lang}/figures/${MOVED.id}/`);
      const select = moved.locator(`select[data-param="${MOVED.param}"]`);
      const other = await select.evaluate((s: HTMLSelectElement) => [...s.options].find((o) => !o.selected)!.value);
      await select.focus();
      await hydrated(moved);
      await select.selectOption(other);
      const after = `${before}?${MOVED.param}=${encodeURIComponent(other)}`;
      await expect(movedUrl).toHaveText(after);
      await expect.poll(() => new URL(page.url()).searchParams.get(`${MOVED.id}.${MOVED.param}`)).toBe(other);

      const mathmlOnScreen = await mathmlStyle(page);
      expect(mathmlOnScreen.clipPath).toBe('inset(50%)');

      // As printed: navigation and controls gone; every figure's picture, title, caption and address there.
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-footer', '.toc', '.chapter-nav', '.skip-link', '.fig-controls', '.fig-actions', '.fig-data']) {
        const all = page.locator(hidden);
        expect(await all.count(), hidden).toBeGreaterThan(0);
        for (const el of await all.all()) await expect(el, hidden).toBeHidden();
      }
      for (const id of ids) {
        const fig = page.locator(`#fig-${id}`);
        await expect(fig.locator('.fig-plot svg').first()).toBeVisible();
        await expect(fig.locator('.fig-title')).toBeVisible();
        await expect(fig.locator('.fig-caption')).toBeVisible();
        await expect(fig.locator('.fig-url')).toBeVisible();
      }
      // Light colours on paper, whatever the theme.
      // (The body's colours are fixed in print; what else is drawn reads the colour variables: cards, captions, rules.)
      const paper = () => page.evaluate(() => ['--bg-card', '--fg-soft', '--rule'].map((v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim()));
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await paper()).toEqual(['#fff', '#222', '#bbb']);
      // And on a dark system without a chosen theme (the page as it is with JavaScript off).
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
      expect(await paper()).toEqual(['#fff', '#222', '#bbb']);
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      // Math is kept whole: the typeset equations are there, their MathML twin hidden as on screen.
      await expect(page.locator('.katex-display .katex-html').first()).toBeVisible();
      expect(await mathmlStyle(page)).toEqual(mathmlOnScreen);

      const captions = await texts(page, '.reading figure.figure .fig-caption p');
      const titles = await texts(page, '.reading figure.figure .fig-title');
      expect(captions.length).toBe(ids.length);

      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const { pages, text } = await pdfText(pdf);
        expect(pages, format).toBeGreaterThan(5);
        const body = squash(text);
        for (const h of headings) expect(body, `${format}: heading ${h}`).toContain(squash(h));
        for (const c of [...titles, ...captions]) expect(body, `${format}: caption ${c}`).toContain(squash(c));
        expect(body, `${format}: the moved figure's address`).toContain(squash(after));
        for (const id of ids.filter((i) => i !== MOVED.id)) {
          expect(body, `${format}: address of ${id}`).toContain(squash(`${build.origin}${build.base}${lang}/figures/${id}/`));
        }
        for (const word of forbidden) expect(body, `${format}: "${word}" is printed`).not.toContain(squash(word));
      }
    });
  }
}
