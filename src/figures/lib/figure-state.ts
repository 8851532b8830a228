/**
 * What a page tells a live figure besides its URL: a typed channel per figure. A tool on the page (the fit panel)
 * publishes a message — parameter values to set, as a reader would, and a `context` the figure's `model` reads (data
 * that never goes into the URL, e.g. the runs being fitted) — and the figure's island (src/components/figure/island.tsx)
 * subscribes to its figure's channel: it applies the values and re-renders with model(params, context). A message
 * also asks the page's figure loader (src/scripts/figure-loader.ts) to wake that figure if it is still asleep; the
 * island reads the latest message when it wakes, so nothing published earlier is lost. No DOM events are involved.
 *
 * A figure declares its channel next to its code (`export const channel = figureChannel<MyContext>('my-id')`) and
 * names it in its definition (`context: channel`); the publisher imports the same channel.
 *
 * The channels live in one registry per page: this module's state (the island and the tools import one copy of it).
 */
import type { AnyValue } from './params';

/** One message to a figure: parameter values to set (validated by the publisher), and the context its model reads. */
export interface FigureMessage<C> {
  values?: Record<string, AnyValue>;
  context?: C;
}

export interface FigureChannel<C> {
  readonly id: string;
  /** Sends a message to the figure (and wakes it if it is asleep). */
  publish(message: FigureMessage<C>): void;
  /** The last message published, for an island that wakes after it. */
  latest(): FigureMessage<C> | undefined;
  /** Calls `listener` with every later message; returns the unsubscribe function. */
  subscribe(listener: (message: FigureMessage<C>) => void): () => void;
  /** Asks the page to wake the figure now (e.g. while the reader is still choosing data), without a message. */
  wake(): void;
}

interface Registry {
  latest: Map<string, FigureMessage<unknown>>;
  listeners: Map<string, Set<(message: FigureMessage<unknown>) => void>>;
  /** The figure loader's callback, and the figures asked for before it was registered. */
  waker: ((id: string) => void) | null;
  asked: Set<string>;
}

const REGISTRY: Registry = { latest: new Map(), listeners: new Map(), waker: null, asked: new Set() };

function registry(): Registry {
  return REGISTRY;
}

function wake(id: string): void {
  const r = registry();
  if (r.waker) r.waker(id);
  else r.asked.add(id);
}

/** The channel of figure `id`; every call with the same id, from any copy of this module, talks on the same channel. */
export function figureChannel<C>(id: string): FigureChannel<C> {
  return {
    id,
    publish(message) {
      const r = registry();
      r.latest.set(id, message);
      for (const listener of r.listeners.get(id) ?? []) listener(message);
      wake(id);
    },
    latest: () => registry().latest.get(id) as FigureMessage<C> | undefined,
    subscribe(listener) {
      const { listeners } = registry();
      const set = listeners.get(id) ?? new Set();
      listeners.set(id, set);
      const l = listener as (message: FigureMessage<unknown>) => void;
      set.add(l);
      return () => set.delete(l);
    },
    wake: () => wake(id),
  };
}

/** For the page's figure loader: `waker(id)` wakes figure `id`; figures asked for before this call are woken now. */
export function onWakeRequest(waker: (id: string) => void): void {
  const r = registry();
  r.waker = waker;
  const asked = [...r.asked];
  r.asked.clear();
  for (const id of asked) waker(id);
}
