/**
 * Site search with Pagefind, loaded only when the reader opens it (focus on the box, or the `/` key).
 * Pagefind picks the index of the page's language (<html lang>), so Chinese pages search the Chinese index.
 */
import type { SearchMessages } from '../i18n/search/en';

interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string };
    sub_results?: { url: string; title: string; excerpt: string }[];
  }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const root = document.documentElement;
const base = root.dataset.base ?? '/';
/**
 * The status words in the page's language (src/i18n/search/<lang>.ts), requested as this module runs, beside Pagefind.
 * One import function per language, so only the page's own catalogue is downloaded (see figure-loader.ts).
 */
const WORDS = { zh: () => import('../i18n/search/zh'), en: () => import('../i18n/search/en') };
const words: Promise<SearchMessages | null> = WORDS[root.dataset.lang === 'zh' ? 'zh' : 'en']().then(
  (m) => m.default,
  () => null,
);

let pagefind: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (m: Pagefind) => {
    await m.options({ baseUrl: base, excerptLength: 24 });
    return m;
  });
  return pagefind;
}

/** Pagefind excerpts mark hits with <mark>; everything else in them is page text. Rebuild them as DOM, never as HTML. */
function excerptNode(excerpt: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1] : part)
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      frag.append(mark);
    } else frag.append(text);
  }
  return frag;
}

export function setupSearch(form: HTMLFormElement, focus = false): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  form.addEventListener('submit', (e) => e.preventDefault());

  const run = async () => {
    const q = input.value.trim();
    if (!q) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    const TEXT = await words;
    if (!TEXT) return; // the search's own words could not be fetched, so there is nothing to show
    status.textContent = TEXT.loading;
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = TEXT.failed;
      return;
    }
    const search = await pf.debouncedSearch(q, {}, 150);
    if (!search || input.value.trim() !== q) return; // a newer search superseded this one
    const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const best = d.sub_results?.[0];
        const a = document.createElement('a');
        a.href = best?.url ?? d.url;
        const title = document.createElement('span');
        title.className = 'search-title';
        title.textContent = best && best.title !== d.meta.title ? `${d.meta.title ?? ''} › ${best.title}` : (d.meta.title ?? d.url);
        const ex = document.createElement('span');
        ex.className = 'search-excerpt';
        ex.append(excerptNode(best?.excerpt ?? d.excerpt));
        a.append(title, ex);
        li.append(a);
        return li;
      }),
    );
    status.textContent = data.length ? TEXT.results(search.results.length) : TEXT.none;
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      input.value = '';
      panel.hidden = true;
      input.blur();
    } else if (e.key === 'ArrowDown') {
      list.querySelector('a')?.focus();
      e.preventDefault();
    }
  });
  list.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) links[i + 1].focus();
    else if (e.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
    else if (e.key === 'Escape') input.focus();
    else return;
    e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) panel.hidden = true;
  });
  void load();
  if (focus) input.focus();
  // Text typed while this module was loading fired its input events before the listener above existed.
  if (input.value.trim()) void run();
}
