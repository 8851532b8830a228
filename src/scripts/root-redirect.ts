/** On `/`: go to the remembered language, else the browser's preferred one. Without JavaScript the page offers both. */
import { preferredLang } from '../lib/preferred-lang';

let stored: string | null = null;
try {
  stored = localStorage.getItem('lang');
} catch {
  /* storage disabled */
}
const lang = preferredLang(stored, navigator.languages ?? [navigator.language]);
const link = document.querySelector<HTMLAnchorElement>(`[data-root-lang="${lang}"]`);
if (link) location.replace(link.href + location.search + location.hash);
