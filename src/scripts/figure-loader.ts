/** Placeholder loader, replaced by the figure system: it will hydrate figures on first interaction. */
export function watchFigures(): void {}
