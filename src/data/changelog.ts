/**
 * Changes to formulas, constants and coefficient sets, newest first. A cited figure names the site version
 * (package version + commit); this list says what changed between versions, so the citation can be traced.
 * Each change is named here; its words, in each language, are in src/i18n/changelog/<lang>.ts under its version and name.
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** The version's changes, in the order the page lists them. */
  changes: readonly string[];
}

export const CHANGELOG = [
  {
    version: '0.1.0',
    date: '2026-11-28',
    changes: ['engine', 'chinchilla', 'hyperparameters'],
  },
] as const satisfies readonly ChangelogEntry[];

/** What a language's changelog catalogue must hold: one sentence for each change of each version above. */
export type ChangelogWords = { [E in (typeof CHANGELOG)[number] as E['version']]: Record<E['changes'][number], string> };
