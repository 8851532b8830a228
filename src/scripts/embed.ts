/**
 * An embed page's script (loaded by site.ts on <html data-embed>): tells the parent frame the page's height, on load
 * and whenever it changes, with the message of src/lib/embed.ts (README "Embedding a figure"), so a host that listens
 * can size the <iframe> to fit; and follows the reader's light/dark setting live unless `?theme=` fixed it.
 */
import { EMBED_MESSAGE_TYPE, splitEmbedQuery, type EmbedResizeMessage } from '../lib/embed';

export function startEmbed(): void {
  const root = document.documentElement;
  const id = document.querySelector<HTMLElement>('[data-figure]')?.dataset.figure ?? '';
  let last = -1;
  const post = (always: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    const message: EmbedResizeMessage = { type: EMBED_MESSAGE_TYPE, id, height };
    // '*': the message holds nothing secret, and the page cannot know which site frames it.
    if (window.parent !== window) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  if (document.readyState === 'complete') post(true);
  else addEventListener('load', () => post(true), { once: true });

  if (!splitEmbedQuery(location.search).theme) {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => root.setAttribute('data-theme', e.matches ? 'dark' : 'light'));
  }
}
