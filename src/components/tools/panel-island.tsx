/**
 * Takes over the server-rendered fit panel (FitRunsPanel) on first interaction: hydrates it in place, keeping
 * what the reader already typed or dropped. Loaded by the script in FitPanel.astro with a dynamic import.
 */
import { hydrate } from 'preact';
import type { Lang } from '../../i18n';
import { FitRunsPanel, type EarlyState } from './FitRunsPanel';

export function mount(host: HTMLElement, early: EarlyState): void {
  const lang: Lang = host.dataset.lang === 'zh' ? 'zh' : 'en';
  const typed = host.querySelector<HTMLTextAreaElement>('[data-fit-text]')?.value ?? '';
  const ui = host.querySelector<HTMLElement>('[data-fit-ui]')!;
  hydrate(<FitRunsPanel lang={lang} early={{ ...early, text: early.text ?? (typed || undefined) }} />, ui);
  host.dataset.hydrated = 'true';
  host.classList.remove('fit-loading');
  // Wake the figure the fit will draw into now, while the reader is still choosing data, so that after a fit
  // only its re-render remains (not its first load and hydration) on the main thread.
  document.getElementById('fig-fit-your-runs')?.dispatchEvent(new FocusEvent('focusin'));
}
