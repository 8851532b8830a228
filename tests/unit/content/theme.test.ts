// The dark theme is written twice in src/styles/global.css: for `[data-theme="dark"]` (the reader's choice, or the
// system's, applied by theme-init.js before the first paint) and, inside `@media (prefers-color-scheme: dark)`, for a
// page without data-theme (JavaScript off). The two must say the same thing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`, as [property, value] pairs in order. */
function declarations(selector: string): [string, string][] {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) return [];
  const body = css.slice(at + selector.length + 2, css.indexOf('}', at));
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
    });
}

describe('the dark theme without JavaScript', () => {
  const chosen = declarations(':root[data-theme="dark"]');
  const system = declarations(':root:not([data-theme])');

  it('the dark theme sets every colour the light one does, and the browser’s colour scheme', () => {
    const light = declarations(':root')
      .map(([p]) => p)
      .filter((p) => !p.startsWith('--font') && p !== '--measure');
    expect(chosen.map(([p]) => p).sort()).toEqual(light.sort());
    expect(chosen).toContainEqual(['color-scheme', 'dark']);
  });

  it('a page without data-theme follows a dark system setting with the same colours', () => {
    const media = css.indexOf('@media (prefers-color-scheme: dark) {');
    expect(media).toBeGreaterThan(-1);
    expect(css.indexOf(':root:not([data-theme]) {', media)).toBe(css.indexOf(':root:not([data-theme]) {'));
    expect(system).toEqual(chosen);
  });
});
