/**
 * The figure frame, hydrated over the server-rendered one once the first picture is in the page (picture.ts, which
 * loads this module when a figure wakes): it reads the URL, re-renders the SVG on every change with the same render
 * function the build used, keeps the URL in step, and runs the actions (copy link, downloads, cite).
 * A model figure with a `context` channel (src/figures/lib/figure-state.ts) also listens to what a tool on the page
 * publishes to it: the values it carries are set as a reader's edits would be, and its context is `model`'s second
 * argument (the fit panel hands the fit-your-runs figure its runs this way).
 */
import { hydrate } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { noticeText, paramErrorText } from '../../figures/lib/param-messages';
import { fromSlider, formatValue, filledBy, parseParamText, stepValue, writeState, type AnyValue, type Notice, type ParamError } from '../../figures/lib/params';
import type { Clash, FigureOutput } from '../../figures/lib/types';
import { describeFigure } from '../../figures/lib/render';
import type { FigureMessage } from '../../figures/lib/figure-state';
import { embedPath, figurePath, splitEmbedQuery, withQuery } from '../../lib/embed';
import { FigureUI, type FigureHandlers } from './FigureUI';
import { clashText, draw, show, type Setup } from './picture';
import { measure } from './timing';

const URL_DEBOUNCE_MS = 250;

/** Downloads and the citation: their code loads on the first click (./actions.ts), not with the figure. */
const loadActions = () => import('./actions');

function FigureApp({ setup }: { setup: Setup }) {
  const { el, def, lang, t: messages, words, frame, prefix, baseValues, embed } = setup;
  const elsewhere = useMemo(() => readElsewhere(el), []);
  // First render = exactly the server's markup, so hydration reuses every node and keeps focus; the URL state and
  // anything the reader already typed are applied right after, as an ordinary update.
  const [values, setValues] = useState(setup.ssrValues);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, ParamError | undefined>>({});
  const [notices, setNotices] = useState<Notice[]>([]);
  // Fields whose value is held back because it clashes with others (ModelFigureDef.check): the reason, by field.
  const [clashes, setClashes] = useState<Record<string, string>>({});
  // What a tool on the page told the figure through its channel, beyond the URL (model's second argument).
  const [context, setContext] = useState<unknown>(undefined);
  useLayoutEffect(() => {
    setValues(setup.initial);
    setTexts(setup.initialTexts);
    setErrors(setup.initialErrors);
    setClashes(setup.initialClashes);
    setNotices(setup.notices);
    setContext(setup.message?.context);
  }, []);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [citation, setCitation] = useState<string | undefined>(undefined);
  const lastGood = useRef<FigureOutput | null>(null);
  // The time of the input the next picture answers (`mark` below), for its `fig:update` measure (./timing.ts).
  const inputAt = useRef<number | undefined>(undefined);
  const plotHost = el.querySelector<HTMLElement>('[data-plot]')!;

  // Render with the engine; a failure (or NaN on screen) keeps the last good figure and says so.
  const { output, failed, described } = useMemo(() => {
    if (values === setup.ssrValues) {
      // The hydration pass shows the server's markup, and the layout effect above replaces its values at once with the
      // URL's and the reader's (setup.initial): its picture would be thrown away, so only the text beside it is made.
      // At a first touch on a phone (4× CPU) that is one whole Plot render (~200–300 ms) less before the new picture.
      try {
        return { output: null, failed: false, described: describeFigure(def, values, lang, { t: messages, context }) };
      } catch {
        return { output: null, failed: false, described: undefined };
      }
    }
    try {
      // The first picture activate() already drew and showed, for exactly these values and context.
      const out = values === setup.initial && setup.first && context === setup.message?.context ? setup.first : draw(setup, values, context);
      lastGood.current = out;
      return { output: out, failed: false, described: out };
    } catch (e) {
      console.warn(`Figure ${def.id}: ${(e as Error).message}`);
      return { output: lastGood.current, failed: true, described: lastGood.current ?? undefined };
    }
  }, [values, context]);

  useLayoutEffect(() => {
    if (!output || failed) return;
    // Swapping in a layout effect happens before the browser paints, so an identical picture does not flash.
    show(setup, plotHost, output, values);
    if (inputAt.current !== undefined) {
      measure(`fig:update:${def.id}`, inputAt.current);
      inputAt.current = undefined;
    }
  }, [output]);

  // Keep the URL in step (debounced, without a reload, never adding history entries). Never for the first render's
  // values (the server's, replaced by the URL state at once): if their effect ever ran (Preact drops it today, as the
  // next render follows at once), its timer could fire during the slow first draw that follows and strip the address of its state.
  useEffect(() => {
    if (values === setup.ssrValues) return;
    const timer = setTimeout(() => {
      const state = writeState(def.params, values as never, location.search, prefix);
      const theme = embed ? splitEmbedQuery(location.search).theme : undefined;
      if (theme) state.set('theme', theme);
      const query = state.toString();
      const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values]);

  // The address printed under the figure: its own page in the state shown (see Figure.astro).
  useEffect(() => {
    const printed = el.querySelector<HTMLElement>('[data-figure-url]');
    if (!printed) return;
    const query = writeState(def.params, values as never, '', '').toString();
    printed.textContent = `${location.origin}${printed.dataset.path}${query ? `?${query}` : ''}`;
  }, [values]);

  /** When the reader's latest input came (performance.now()), until the picture it asked for is in the page. */
  const mark = () => {
    inputAt.current = performance.now();
  };
  const take = (taken: Record<string, AnyValue>) => {
    mark();
    setValues((v) => ({ ...v, ...taken }));
    setCitation(undefined);
  };
  const spec = (name: string) => def.params[name];

  /**
   * Takes an edit (`change`, made in field `name`) unless it makes a combination the figure cannot draw (def.check);
   * then returns the reason and changes nothing. Fields held back earlier are tried again: together with this edit
   * (which may resolve their clash), else one by one after it.
   */
  const propose = (name: string, change: Record<string, AnyValue>): string | null => {
    if (!def.check) {
      take(change);
      return null;
    }
    const clashesOf = (v: Record<string, AnyValue>): Clash[] => def.check!(v as never, { lang, t: messages });
    const held: Record<string, AnyValue> = {};
    for (const k of Object.keys(clashes)) {
      const r = k in change || k === name ? null : parseParamText(spec(k), texts[k] ?? '');
      if (r?.ok) held[k] = r.value;
    }
    if (!clashesOf({ ...values, ...held, ...change }).length) {
      take({ ...held, ...change });
      setClashes({});
      return null;
    }
    const found = clashesOf({ ...values, ...change });
    if (found.length) return clashText(name, found);
    const next = { ...values, ...change };
    const still: Record<string, string> = {};
    for (const [k, v] of Object.entries(held)) {
      const f = clashesOf({ ...next, [k]: v });
      if (f.length) still[k] = clashText(k, f);
      else next[k] = v;
    }
    take(
      Object.fromEntries(
        Object.keys(next)
          .filter((k) => k in change || (k in held && !(k in still)))
          .map((k) => [k, next[k]]),
      ),
    );
    setClashes(still);
    return null;
  };
  /** A quantity field's new value, taken or held back with its reason shown next to the field; whether it was taken. */
  const proposeField = (name: string, value: AnyValue): boolean => {
    const reason = propose(name, { [name]: value });
    if (reason) setClashes((c) => ({ ...c, [name]: reason }));
    else unclash(name);
    return !reason;
  };
  const unclash = (name: string) => setClashes((c) => (name in c ? Object.fromEntries(Object.entries(c).filter(([k]) => k !== name)) : c));

  // Later messages on the figure's channel: set the values they carry (as if typed, shown formatted) and the context.
  useEffect(() => {
    const { channel } = setup;
    if (!channel) return;
    const receive = (message: FigureMessage<unknown>) => {
      const set = message.values ?? {};
      if (Object.keys(set).length) {
        mark();
        setValues((v) => ({ ...v, ...set }));
        setTexts((x) => Object.fromEntries(Object.entries(x).filter(([k]) => !(k in set))));
        setErrors((x) => Object.fromEntries(Object.entries(x).filter(([k]) => !(k in set))));
        setCitation(undefined);
      }
      if ('context' in message) setContext(message.context);
    };
    const off = channel.subscribe(receive);
    // A message published between activation and this effect.
    const latest = channel.latest();
    if (latest && latest !== setup.message) receive(latest);
    return off;
  }, []);

  const shareUrl = () => {
    const query = writeState(def.params, values as never, '', prefix).toString();
    const hash = prefix ? `#fig-${def.id}` : '';
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${hash}`;
  };

  /** The figure's own page and its embed page, absolute, with the current settings (never a chapter's other keys). */
  const figureUrls = () => {
    const query = writeState(def.params, values as never, '', '');
    const base = document.documentElement.dataset.base ?? '/';
    return {
      page: `${location.origin}${withQuery(figurePath(base, lang, def.id), query)}`,
      embed: `${location.origin}${withQuery(embedPath(base, lang, def.id), query)}`,
    };
  };

  const flash = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus((s) => (s === message ? undefined : s)), 4000);
  };

  const handlers: FigureHandlers = {
    slider(name, position) {
      const s = spec(name);
      if (s.kind !== 'quantity') return undefined;
      const v = fromSlider(s, position);
      setTexts((x) => ({ ...x, [name]: formatValue(s, v, lang) }));
      setErrors((x) => ({ ...x, [name]: undefined }));
      return proposeField(name, v) ? v : (values[name] as number);
    },
    sliderKey(name, key) {
      const s = spec(name);
      if (s.kind !== 'quantity') return;
      const current = values[name] as number;
      const v = stepValue(s, current, key);
      if (v === current) return;
      setTexts((x) => ({ ...x, [name]: formatValue(s, v, lang) }));
      setErrors((x) => ({ ...x, [name]: undefined }));
      proposeField(name, v);
    },
    text(name, text) {
      setTexts((x) => ({ ...x, [name]: text }));
      const r = parseParamText(spec(name), text);
      if (r.ok) {
        setErrors((x) => ({ ...x, [name]: undefined }));
        proposeField(name, r.value);
      } else {
        setErrors((x) => ({ ...x, [name]: r.error }));
        unclash(name);
      }
    },
    commitText(name) {
      // On leaving a valid field, show the value the way the site writes it (70亿 → 7B in English).
      const r = parseParamText(spec(name), texts[name] ?? '');
      if (r.ok) setTexts((x) => ({ ...x, [name]: formatValue(spec(name), r.value, lang) }));
    },
    choice(name, value) {
      const r = parseParamText(spec(name), value);
      if (!r.ok) return;
      // A preset (ChoiceSpec.fills) sets the fields it fills, replacing whatever the reader had typed there.
      const filled = filledBy(spec(name), r.value);
      const reason = propose(name, { ...filled, [name]: r.value });
      if (reason) {
        flash(reason);
        return;
      }
      const drop = (x: Record<string, unknown>) => Object.fromEntries(Object.entries(x).filter(([k]) => !(k in filled)));
      setTexts((x) => drop(x) as Record<string, string>);
      setErrors((x) => drop(x) as Record<string, ParamError | undefined>);
      setClashes((x) => drop(x) as Record<string, string>);
    },
    toggle(name, on) {
      const reason = propose(name, { [name]: on });
      if (reason) flash(reason);
    },
    reset() {
      mark();
      setValues({ ...baseValues });
      setTexts({});
      setErrors({});
      setClashes({});
      setCitation(undefined);
    },
    async copyLink() {
      const url = shareUrl();
      try {
        await navigator.clipboard.writeText(url);
        flash(frame.ui['figure.copied']);
      } catch {
        flash(`${frame.ui['figure.copyFailed']} ${url}`);
      }
    },
    async download(kind) {
      const { attributionLine, downloadBlob, loadCiteMessages, standaloneSvg, svgToPng, toCsv } = await loadActions();
      if (kind === 'csv') {
        // The table as the frame shows it (`described`: in the hydration pass there is no picture's output yet, and a
        // CSV asked for then once came out as a PNG).
        const data = described?.data;
        if (data) downloadBlob(new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }), `${def.id}.csv`);
        return;
      }
      const title = el.querySelector('.fig-title')?.textContent ?? def.id;
      const words = await loadCiteMessages(lang);
      const svg = standaloneSvg(plotHost, attributionLine(title, frame.ui['site.title'], shareUrl(), words));
      if (kind === 'svg') {
        downloadBlob(new Blob([svg.text], { type: 'image/svg+xml' }), `${def.id}.svg`);
        return;
      }
      try {
        downloadBlob(await svgToPng(svg.text, svg.width, svg.height, getComputedStyle(document.body).backgroundColor), `${def.id}.png`);
      } catch (e) {
        console.warn(`Figure ${def.id}: PNG: ${(e as Error).message}`);
        flash(words.pngFailed);
      }
    },
    async cite() {
      if (citation) {
        setCitation(undefined);
        return;
      }
      const { citationText, datasetCitation, loadCiteMessages, siteVersion, today } = await loadActions();
      // The actions' words in the page's language only; the shipped data a real-data figure plots (its definition's
      // `data`), so a citation credits it too.
      const words = await loadCiteMessages(lang);
      const data = datasetCitation(def.data, words, frame);
      setCitation(
        citationText({
          def,
          // The figure's title lives in the page, not in its code (captions are build-time only: src/i18n/captions/).
          title: el.querySelector('.fig-title')?.textContent ?? def.id,
          values,
          words,
          url: shareUrl(),
          version: siteVersion(),
          date: today(),
          siteTitle: frame.ui['site.title'],
          data,
        }),
      );
    },
    async embed() {
      const { attributionHtml, embedHeight, embedSnippet, loadCiteMessages } = await loadActions();
      const words = await loadCiteMessages(lang);
      const title = el.querySelector('.fig-title')?.textContent ?? def.id;
      const urls = figureUrls();
      const snippet = embedSnippet({
        src: urls.embed,
        title,
        // The figure's height here; the embed page resizes its frame when the host listens (README "Embedding a figure").
        height: embedHeight(el.getBoundingClientRect().height),
        attributionHtml: attributionHtml(title, frame.ui['site.title'], urls.page, words),
      });
      try {
        await navigator.clipboard.writeText(snippet);
        flash(frame.ui['figure.embedCopied']);
      } catch {
        flash(`${frame.ui['figure.embedCopyFailed']} ${snippet}`);
      }
    },
    async copyCitation() {
      if (!citation) return;
      try {
        await navigator.clipboard.writeText(citation);
        flash(frame.ui['figure.copied']);
      } catch {
        /* the text stays selectable in the box */
      }
    },
  };

  // The handlers close over this render's state; the controls get stable ones that call the latest, so a control whose
  // own props did not change is not rendered again (FigureUI's pure controls).
  const latest = useRef(handlers);
  latest.current = handlers;
  const stable = useMemo(
    () =>
      Object.fromEntries(
        Object.keys(handlers).map((k) => [k, (...args: never[]) => (latest.current[k as keyof FigureHandlers] as (...a: never[]) => unknown)(...args)]),
      ) as unknown as FigureHandlers,
    [],
  );

  const shown = described ?? { data: { columns: [], rows: [] }, readouts: [], warnings: [] };
  return (
    <FigureUI
      id={def.id}
      lang={lang}
      schema={def.params}
      words={words}
      values={values}
      texts={texts}
      frame={frame}
      errors={{ ...clashes, ...Object.fromEntries(Object.entries(errors).flatMap(([name, e]) => (e ? [[name, paramErrorText(e, def.params[name], lang, frame)]] : []))) }}
      notices={notices.map((n) => ({ param: n.param, value: n.value, text: noticeText(n, def.params[n.param], lang, frame) }))}
      status={failed ? frame.ui['figure.renderFailed'] : status}
      readouts={shown.readouts ?? []}
      warnings={shown.warnings ?? []}
      table={shown.data}
      citation={citation}
      elsewhere={
        // The embed's link to the figure's own page carries the settings the reader chose here.
        embed && elsewhere ? { ...elsewhere, href: withQuery(elsewhere.href.split('?')[0], writeState(def.params, values as never, '', '')) } : elsewhere
      }
      embed={embed}
      rowsInPage={el.dataset.scope !== 'chapter'}
      handlers={stable}
    />
  );
}

function readElsewhere(el: HTMLElement): { href: string; label: string } | undefined {
  const a = el.querySelector<HTMLAnchorElement>('.fig-elsewhere');
  return a ? { href: a.getAttribute('href')!, label: a.textContent ?? '' } : undefined;
}

/** Hydrates the frame of `setup.el` (its controls' container `host`) from the state picture.ts worked out. */
export function hydrateFigure(setup: Setup, host: HTMLElement): void {
  hydrate(<FigureApp setup={setup} />, host);
}
