/**
 * Takes over the server-rendered fit panel (FitRunsPanel) on first interaction: loads the tools catalogue in the page's
 * language (one dynamic import), hydrates the panel in place, keeping what the reader already typed or dropped.
 * Loaded by the script in FitPanel.astro with a dynamic import.
 */
import { hydrate } from 'preact';
import { fitRunsChannel } from '../../figures/lib/fit-runs';
import type { Lang } from '../../i18n';
import { type EarlyState, FitRunsPanel } from './FitRunsPanel';
import { loadToolsMessages } from './tools-messages';

export async function mount(host: HTMLElement, early: EarlyState): Promise<void> {
  const lang: Lang = host.dataset.lang === 'zh' ? 'zh' : 'en';
  // Wake the figure the fit will draw into now, while the reader is still choosing data, so that after a fit only its
  // re-render remains (not its first load and hydration) on the main thread.
  fitRunsChannel.wake();
  const t = await loadToolsMessages(lang);
  const typed = host.querySelector<HTMLTextAreaElement>('[data-fit-text]')?.value ?? '';
  const ui = host.querySelector<HTMLElement>('[data-fit-ui]')!;
  hydrate(<FitRunsPanel lang={lang} t={t} early={{ ...early, text: early.text ?? (typed || undefined) }} />, ui);
  host.dataset.hydrated = 'true';
  host.classList.remove('fit-loading');
}
