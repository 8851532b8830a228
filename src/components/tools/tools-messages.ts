/**
 * The tools catalogue in the reader's language, for the browser: a plain dynamic import() of that language only, which
 * Vite splits into its own chunk (build-time pages import src/i18n/tools/<lang>.ts directly).
 */
import type { Lang } from '../../i18n';
import type { ToolsMessages } from '../../i18n/tools/en';

const LOADERS: Record<Lang, () => Promise<{ default: ToolsMessages }>> = {
  en: () => import('../../i18n/tools/en'),
  zh: () => import('../../i18n/tools/zh'),
};

export async function loadToolsMessages(lang: Lang): Promise<ToolsMessages> {
  return (await LOADERS[lang]()).default;
}
