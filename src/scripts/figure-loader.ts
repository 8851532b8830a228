/**
 * Wakes figures up lazily. Nothing heavy (Preact, Observable Plot, the engine) is downloaded on page load:
 * a figure's code loads when the reader first touches it (pointer, keyboard focus, a key press), when the URL
 * carries its state (a shared link), or — at the latest — when the browser is idle after the reader has scrolled
 * it to within a screen of the viewport (not while a figure the reader asked for is fetching its code) — or when a tool
 * on the page publishes to it (src/figures/lib/figure-state.ts). It runs as Figure.astro's module script, so only on
 * pages with a figure, and before the page's load event.
 */
import type { EarlyInput, WakeLoaders } from '../components/figure/picture';
import { onWakeRequest } from '../figures/lib/figure-state';
import type { FigureDef } from '../figures/lib/types';

type Picture = typeof import('../components/figure/picture');

/**
 * What draws a woken figure's first picture (picture.ts); it loads the frame (island.tsx) once the figure's code and
 * Plot have arrived. The words, the frame's and each figure's, come in the page's language only, by dynamic import().
 */
const loadPicture = (): Promise<Picture> => import('../components/figure/picture');

/**
 * Every figure's code and catalogue, as import functions only (nothing is downloaded until one is called): at a touch
 * the page requests the figure, its catalogue in the page's language and the frame's words at once, beside picture.ts
 * and Plot. Each is otherwise requested only when the module before it has arrived and run (picture → figure →
 * catalogue), one round trip apiece: at DevTools' Slow 4G, 562 ms each. picture.ts loads the figure and the frame's
 * words through this same index (`loaders`, handed to it), so the browser hands it the downloads already under way and
 * the index ships once. One function per language and file: Vite would wrap `lang === 'zh' ? import(a) : import(b)`
 * in one preload that fetches both.
 */
const FIGURE_CODE = import.meta.glob<{ default: FigureDef }>('../figures/*.ts');
const FIGURE_WORDS = { zh: import.meta.glob('../i18n/figures/zh/*.ts'), en: import.meta.glob('../i18n/figures/en/*.ts') };
const FRAME_WORDS = { zh: () => import('../i18n/frame/zh'), en: () => import('../i18n/frame/en') };

/** Starts every download figure `id` needs to wake in `lang`; a failure here is picture.ts's to report. */
const prepare = (id: string, lang: 'zh' | 'en'): void => {
  const ignore = () => {};
  FIGURE_CODE[`../figures/${id}.ts`]?.().catch(ignore);
  FIGURE_WORDS[lang][`../i18n/figures/${lang}/${id}.ts`]?.().catch(ignore);
  FRAME_WORDS[lang]().catch(ignore);
};

/** How a waking figure loads its definition, the frame's words (through the index above) and the frame. */
const loaders: WakeLoaders = {
  async figure(id) {
    const load = FIGURE_CODE[`../figures/${id}.ts`];
    if (!load) throw new Error(`No figure "${id}".`);
    return (await load()).default;
  },
  frame: async (lang) => (await FRAME_WORDS[lang]()).default,
  island: () => import('../components/figure/island'),
};

const ARROW_STEP: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

/** Controls the reader already changed in the server-rendered form, so nothing typed is lost. */
function earlyInput(el: HTMLElement): EarlyInput {
  const out: EarlyInput = {};
  for (const input of el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')) {
    const name = input.dataset.param!;
    if (input instanceof HTMLSelectElement) {
      const def = [...input.options].find((o) => o.defaultSelected);
      if (def && input.value !== def.value) out[name] = { kind: 'select', value: input.value };
    } else if (input.type === 'checkbox') {
      if (input.checked !== input.defaultChecked) out[name] = { kind: 'checkbox', value: input.checked ? '1' : '0' };
    } else if (input.type === 'range') {
      // The browser snaps a slider's value to its step, so compare positions, not strings; a reader's move is
      // at least one whole position. A typed text wins over a moved slider for the same parameter.
      if (Math.abs(Number(input.value) - Number(input.defaultValue)) > 0.5 && !out[name])
        out[name] = { kind: 'range', value: input.value, presses: Number(input.dataset.presses ?? 0) };
    } else if (input.value !== input.defaultValue) {
      out[name] = { kind: 'text', value: input.value };
    }
  }
  return out;
}

export function watchFigures(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]')].filter((f) => f.querySelector('[data-ui]'));
  const started = new WeakSet<HTMLElement>();
  /** Figures the reader asked for (touched, a shared link, a tool on the page) whose code is still on its way. */
  const asked = new Set<HTMLElement>();
  /** Figures that woke only because they came near the viewport, waiting for `asked` to empty. */
  let nearby: HTMLElement[] = [];

  const idle = (fn: () => void, timeout = 2000) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout }) : setTimeout(fn, 200));

  // The first Intl.NumberFormat a page makes loads the browser's number-formatting data: 10–20 ms on a laptop, ~40 ms
  // here unthrottled, 155 ms at 4× CPU, which Plot pays when its module first runs, at the reader's first touch. Made
  // while the page waits for the touched figure's code (or after the reader's first scroll, which wakes figures), it
  // costs the touch nothing. Not at load: a task that long after the page has loaded is blocking time in Lighthouse
  // (zh/kaplan: ~105 of its 270 ms), and a reader who only reads never needs it.
  let warm = () => {
    warm = () => {};
    idle(() => new Intl.NumberFormat(document.documentElement.lang || undefined).format(0), 1000);
  };

  const activate = (el: HTMLElement, byReader = true) => {
    if (started.has(el)) return;
    started.add(el);
    warm();
    if (byReader) asked.add(el);
    el.classList.add('fig-loading');
    prepare(el.dataset.figure!, el.dataset.lang === 'zh' ? 'zh' : 'en');
    // What the reader did is read only once the figure's code has arrived, so nothing done in between is lost.
    loadPicture()
      .then((m) => m.activate(el, () => earlyInput(el), loaders))
      .catch((e) => {
        el.classList.remove('fig-loading');
        started.delete(el);
        console.error(`Figure ${el.dataset.figure} could not start:`, e);
      })
      .finally(() => {
        if (!asked.delete(el) || asked.size) return;
        const waiting = nearby;
        nearby = [];
        for (const w of waiting) activate(w, false);
      });
  };

  /**
   * A figure near the viewport wakes unasked, but never beside one the reader asked for: on a slow phone network its
   * code would share the connection and, once both arrived, draw first (~100 ms at 4× CPU) while the reader waits.
   */
  const wakeNearby = (el: HTMLElement) => {
    if (asked.size) nearby.push(el);
    else activate(el, false);
  };

  // The address written under each figure for print names this page's origin (the build knows only the configured one).
  for (const u of document.querySelectorAll<HTMLElement>('[data-figure-url]')) {
    const at = u.textContent?.indexOf(u.dataset.path!) ?? -1;
    if (at >= 0) u.textContent = location.origin + u.textContent!.slice(at);
  }

  const query = new URLSearchParams(location.search);
  for (const el of figures) {
    for (const type of ['pointerdown', 'focusin', 'keydown', 'touchstart', 'input', 'change'] as const) {
      el.addEventListener(type, () => activate(el), { once: true, passive: true });
    }
    // Arrow presses on a slider before its frame is live: each moves the native thumb one position, which may round
    // back to the same value; the frame takes each as a step (picture.ts, startFrom).
    el.addEventListener('keydown', (e) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'range' || el.dataset.hydrated) return;
      const step = ARROW_STEP[e.key];
      if (step) input.dataset.presses = String(Number(input.dataset.presses ?? 0) + step);
    });
    // A button of the frame (copy link, download, cite, embed) pressed before its code is live: the frame presses it
    // again once it is (picture.ts), so the reader's first click is not lost. The last such press counts.
    el.addEventListener('click', (e) => {
      const action = (e.target as Element).closest?.('[data-action]');
      if (action instanceof HTMLElement && !el.dataset.hydrated) el.dataset.earlyAction = action.dataset.action;
    });
    const id = el.dataset.figure!;
    // On a figure's own page and its embed page every key is the figure's (but an embed page's own `theme`).
    const own = el.dataset.scope === 'standalone' || el.dataset.scope === 'embed';
    if ([...query.keys()].some((k) => (own ? k !== 'theme' || el.dataset.scope !== 'embed' : k.startsWith(`${id}.`)))) activate(el);
    // This script arrives a moment after the page: a reader who already focused or changed a control counts.
    else if (el.contains(document.activeElement) || Object.keys(earlyInput(el)).length) activate(el);
  }

  // A tool on the page (the fit panel) sent a figure state to draw, or will soon: wake that figure.
  onWakeRequest((id) => {
    const el = figures.find((f) => f.dataset.figure === id);
    if (el) activate(el);
  });

  addEventListener(
    'scroll',
    () => {
      warm();
      // A figure wakes when it comes within a screen's height below the viewport, so a reader who scrolls to it finds
      // it awake (the first one's code takes ~1.5 s on a slow phone network).
      const io = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            io.unobserve(e.target);
            idle(() => wakeNearby(e.target as HTMLElement));
          }
        },
        { rootMargin: '0px 0px 100% 0px' },
      );
      for (const el of figures) if (!started.has(el)) io.observe(el);
    },
    { once: true, passive: true },
  );
}
