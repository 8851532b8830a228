/**
 * A woken figure's first picture, and the hand-over to its frame. figure-loader.ts loads this module when a figure wakes;
 * it draws the reader's state (the URL's, then whatever the reader did to the server-rendered controls) with the
 * figure's code and Plot, puts that picture in the page and lets it paint, and only then hydrates the frame
 * (island.tsx: Preact, the controls, readouts, table and the URL). The frame's code is requested once the figure's
 * code and Plot have arrived, so on a slow link it does not share the bandwidth with them: at DevTools' Slow 4G a
 * first touch shows its picture ~10 KB (~55 ms) sooner, and the frame follows a round trip later. Until then a control
 * the reader moves still redraws the picture (`redraw` below); what they typed is taken by the frame as it hydrates.
 */
import type { Lang } from '../../i18n';
import type { FrameMessages } from '../../i18n/frame/en';
import { describeValues } from '../../figures/lib/format';
import { checkOutput, drawSettled, drawStarted, markupToCheck, quietPlotAria } from '../../figures/lib/output';
import {
  defaultsOf,
  filledBy,
  formatValue,
  fromSlider,
  parseParamText,
  stepValue,
  toSlider,
  readState,
  stateReference,
  type AnyValue,
  type Notice,
  type ParamError,
} from '../../figures/lib/params';
import type { Clash, FigureDef, FigureMessages, FigureOutput, ParamWords } from '../../figures/lib/types';
import { renderFigure } from '../../figures/lib/render';
import type { FigureChannel, FigureMessage } from '../../figures/lib/figure-state';
import { splitEmbedQuery } from '../../lib/embed';
import { measure } from './timing';

/** At most this many arrow presses before the code arrived are taken as steps (a thumb dragged further moves to where it is). */
const EARLY_PRESSES_MAX = 50;

/** What the reader did to the server-rendered controls before this module arrived. */
export type EarlyInput = Record<
  string,
  { kind: 'range' | 'text' | 'select' | 'checkbox'; value: string /** A slider's arrow-key presses, + right/up, − left/down. */; presses?: number }
>;

export interface Setup {
  el: HTMLElement;
  def: FigureDef;
  lang: Lang;
  /** The figure's catalogue in the page's language, and the words of its controls. */
  t: FigureMessages;
  words: Record<string, ParamWords>;
  prefix: string;
  /** On an embed page (/<lang>/figures/<id>/embed/): `theme` in the URL is the page's, not the figure's. */
  embed: boolean;
  baseValues: Record<string, AnyValue>;
  initial: Record<string, AnyValue>;
  initialTexts: Record<string, string>;
  initialErrors: Record<string, ParamError | undefined>;
  /** Values from the URL held back because they clash with others (ModelFigureDef.check), with the reason, by field. */
  initialClashes: Record<string, string>;
  /** The frame's words in the page's language. */
  frame: FrameMessages;
  notices: Notice[];
  ssrValues: Record<string, AnyValue>;
  /** A model figure's channel (figure-state.ts), the message it held at activation (applied in `initial`), and its context. */
  channel?: FigureChannel<unknown>;
  message?: FigureMessage<unknown>;
  /** The picture for `initial`, drawn and shown before the frame hydrated (activate, or its redraw while the frame loads). */
  first?: FigureOutput;
}

/** The figure's drawing width in CSS pixels (the build's, from Figure.astro). */
const widthOf = (el: HTMLElement, def: FigureDef) => def.width ?? Number(el.dataset.width ?? 640);

/**
 * Draws the figure for `values` with the engine and Plot and checks the result; throws when it cannot be drawn or shows
 * NaN/Infinity. The two parts the benchmark reports are measured: the render (engine + Plot) and the output check.
 */
export function draw(setup: Setup, values: Record<string, AnyValue>, context: unknown): FigureOutput {
  const { el, def, lang, t } = setup;
  drawStarted();
  try {
    const t0 = performance.now();
    const out = renderFigure(def, values, lang, { width: widthOf(el, def), document, t, context });
    const t1 = performance.now();
    quietPlotAria(out.node);
    const problem = checkOutput(markupToCheck(out.node as Element), out);
    measure(`fig:render:${def.id}`, t0, t1);
    measure(`fig:check:${def.id}`, t1);
    if (problem) throw new Error(problem);
    drawSettled(true);
    return out;
  } catch (e) {
    drawSettled(false);
    throw e;
  }
}

/** Puts a drawn picture in the page and keeps the text alternative's list of settings in step with it. */
export function show(setup: Setup, plotHost: HTMLElement, output: FigureOutput, values: Record<string, AnyValue>): void {
  const { def, lang, words, frame } = setup;
  // Always the live Plot node, even when the build drew this exact picture: the server's SVG is inert markup, and Plot's
  // pointer (the hover/touch tips) listens on the node Plot made.
  if (plotHost.firstChild !== output.node || plotHost.childNodes.length !== 1) plotHost.replaceChildren(output.node);
  const label = plotHost.getAttribute('aria-label') ?? '';
  const marker = `${frame.ui['figure.parameters']}: `;
  const at = label.lastIndexOf(marker);
  if (at >= 0) plotHost.setAttribute('aria-label', `${label.slice(0, at + marker.length)}${describeValues(def, values, lang, words)}.`);
}

/** The reason shown next to field `name` for a set of clashes: the first that involves it, else the first. */
export function clashText(name: string, found: Clash[]): string {
  return (found.find((c) => c.params.includes(name)) ?? found[0]).message;
}

/**
 * Resolves once the browser has painted the next frame; after 100 ms at the latest, since a page that renders no frames
 * (a background tab, a cross-origin frame scrolled out of view) never calls requestAnimationFrame back.
 */
const afterPaint = () =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });

/** How a waking figure gets its definition, the frame's words in a language and the frame's code (figure-loader.ts). */
export interface WakeLoaders {
  figure(id: string): Promise<FigureDef>;
  frame(lang: Lang): Promise<FrameMessages>;
  /** The frame's code (island.tsx). */
  island(): Promise<typeof import('./island')>;
}

/** Takes over one server-rendered figure. */
export async function activate(el: HTMLElement, readEarly: () => EarlyInput, load: WakeLoaders): Promise<void> {
  const id = el.dataset.figure!;
  const lang = (el.dataset.lang === 'zh' ? 'zh' : 'en') as Lang;
  // The frame's words and the figure's code and catalogue in the page's language, which figure-loader.ts started beside
  // this module.
  const [frame, def] = await Promise.all([load.frame(lang), load.figure(id)]);
  const messages = (await def.messages[lang]()).default;
  // The figure's code and Plot are here: the frame's code can come now without delaying them (see the top).
  const island = load.island();
  // Awaited after the picture is drawn; a failure is reported there (and by figure-loader.ts), not as unhandled.
  island.catch(() => {});
  const words = messages.params;
  const embed = el.dataset.scope === 'embed';
  const prefix = el.dataset.scope === 'standalone' || embed ? '' : `${id}.`;
  const defaults = defaultsOf(def.params) as Record<string, AnyValue>;
  const pageSet = el.dataset.set ? readState(def.params, el.dataset.set, '').values : defaults;
  const baseValues = { ...pageSet } as Record<string, AnyValue>;
  const search = embed ? splitEmbedQuery(location.search).figure : location.search;
  const { values, notices, fromUrl } = readState(def.params, search, prefix, baseValues as never);
  // A tool on the page may have published to this figure before it woke: its values win over the URL's.
  const channel = def.context;
  const message = channel?.latest();

  /** The state to start from: the URL's (or the page's set), then what the reader did before the code arrived. */
  const startFrom = (early: EarlyInput) => {
    const initial = { ...(values as Record<string, AnyValue>) };
    const initialTexts: Record<string, string> = {};
    const initialErrors: Record<string, ParamError | undefined> = {};

    // Whatever the reader did before the code arrived counts.
    for (const [name, input] of Object.entries(early)) {
      const spec = def.params[name];
      if (!spec) continue;
      if (input.kind === 'range' && spec.kind === 'quantity') {
        // A key press before the code arrived moved the thumb natively by one position, which may round back to the
        // same value or not: each arrow press (counted by figure-loader.ts) takes the next distinct value in its
        // direction, as a key press does after waking, whenever the thumb moved no further than the presses explain
        // (three presses on chinchilla-runs' window, 111 positions a step, are three steps; eight on critical-batch's
        // loss, ~1.5 positions a step, are eight steps, not the 0.05 that eight positions round to). Otherwise (a drag,
        // Home, End) the thumb's position counts, and a short drag that rounds back is one step.
        const position = Number(input.value);
        const before = initial[name] as number;
        const moved = fromSlider(spec, position);
        const at = toSlider(spec, before);
        const presses = input.presses ?? 0;
        const thumb = position - at;
        // Signed steps to take from `before`: the presses when they explain the thumb's move, one when a move rounds back.
        const steps = presses && thumb * presses >= 0 && Math.abs(thumb) <= Math.abs(presses) ? presses : moved === before ? Math.sign(thumb) : 0;
        let value = steps ? before : moved;
        for (let i = 0; i < Math.min(Math.abs(steps), EARLY_PRESSES_MAX); i++) value = stepValue(spec, value, steps > 0 ? 'ArrowRight' : 'ArrowLeft');
        initial[name] = value;
      } else if (input.kind === 'checkbox') {
        initial[name] = input.value === '1';
      } else {
        const r = parseParamText(spec, input.value);
        if (input.kind === 'text') initialTexts[name] = input.value;
        if (r.ok) Object.assign(initial, filledBy(spec, r.value), { [name]: r.value });
        else initialErrors[name] = r.error;
      }
    }

    for (const [name, value] of Object.entries(message?.values ?? {})) {
      if (!def.params[name]) continue;
      initial[name] = value;
      delete initialTexts[name];
      delete initialErrors[name];
    }

    // Values from the URL (or typed early) that clash with others (def.check) are held back as a reader's edit would be:
    // shown in their field with the reason, the figure drawn with the preset's or default value instead.
    const initialClashes: Record<string, string> = {};
    if (def.check) {
      const clashesOf = () => def.check!(initial as never, { lang, t: messages });
      for (const name of [...new Set([...fromUrl, ...Object.keys(early)])].reverse()) {
        const found = clashesOf();
        if (!found.length) break;
        if (!found.some((c) => c.params.includes(name))) continue;
        initialTexts[name] ??= formatValue(def.params[name], initial[name], lang);
        initialClashes[name] = clashText(name, found);
        initial[name] = (stateReference(def.params, initial as never) as Record<string, AnyValue>)[name];
      }
      if (clashesOf().length) Object.assign(initial, baseValues);
    }
    return { initial, initialTexts, initialErrors, initialClashes };
  };
  const early = readEarly();

  const host = el.querySelector<HTMLElement>('[data-ui]')!;
  const setup: Setup = {
    el,
    def,
    lang,
    t: messages,
    words,
    frame,
    prefix,
    embed,
    baseValues,
    ...startFrom(early),
    notices,
    ssrValues: baseValues,
    channel,
    message,
  };
  // The reader's picture first, painted before the frame hydrates: the hydration pass then takes this picture (or the
  // last one `redraw` made) instead of drawing it again. A figure that cannot be drawn for these
  // values is left to the frame, which keeps the server's picture and says why.
  const plotHost = el.querySelector<HTMLElement>('[data-plot]')!;
  try {
    setup.first = draw(setup, setup.initial, message?.context);
    show(setup, plotHost, setup.first, setup.initial);
  } catch {
    setup.first = undefined;
  }
  // Until the frame is live, a control the reader moves redraws the picture for everything they did so far (a value
  // that cannot be drawn keeps the last picture; the frame says why once it hydrates).
  let drawnFor = JSON.stringify(early);
  const redraw = () => {
    const now = readEarly();
    const key = JSON.stringify(now);
    if (key === drawnFor) return;
    try {
      const state = startFrom(now);
      const out = draw(setup, state.initial, message?.context);
      show(setup, plotHost, out, state.initial);
      Object.assign(setup, state, { first: out });
      drawnFor = key;
    } catch {
      /* the frame reports it */
    }
  };
  el.addEventListener('input', redraw);
  el.addEventListener('change', redraw);
  let hydrateFigure: Awaited<typeof island>['hydrateFigure'];
  try {
    await afterPaint();
    ({ hydrateFigure } = await island);
  } finally {
    el.removeEventListener('input', redraw);
    el.removeEventListener('change', redraw);
  }
  // Anything the reader did since the last picture counts too (the frame is not live yet).
  const last = readEarly();
  if (JSON.stringify(last) !== drawnFor) Object.assign(setup, startFrom(last), { first: undefined });
  hydrateFigure(setup, host);
  el.dataset.hydrated = 'true';
  el.classList.remove('fig-loading');
  // A button of the frame the reader pressed while its code was on its way (figure-loader.ts): pressed again, now live,
  // once the frame has rendered the reader's settings (the hydration pass shows the server's; its next render, queued
  // as a microtask, the reader's), so a citation or a CSV is of what the reader sees.
  const action = el.dataset.earlyAction;
  delete el.dataset.earlyAction;
  if (action) setTimeout(() => el.querySelector<HTMLElement>(`[data-action="${action}"]`)?.click(), 0);
}
