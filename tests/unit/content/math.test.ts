// The math in the chapters is written at build time by rehype-katex and styled by the KaTeX stylesheet the layout
// imports (src/layouts/Base.astro). Both must be the same KaTeX: 0.19 renamed the classes of a formula's rows and
// struts (`base` → `katex-base`, `strut` → `katex-strut`), and rehype-katex 7 brings KaTeX 0.16 of its own unless
// package.json's `overrides` points it at ours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const rehypeKatexDir = dirname(require.resolve('rehype-katex'));
const fromRehype = createRequire(`${rehypeKatexDir}/`);

describe('KaTeX at build time and in the stylesheet', () => {
  it('rehype-katex renders with the KaTeX whose stylesheet the site ships (0.19.1)', () => {
    const ours = require('katex/package.json') as { version: string };
    const theirs = fromRehype('katex/package.json') as { version: string };
    expect(ours.version).toBe('0.19.1');
    expect(theirs.version).toBe(ours.version);
  });

  it('every class a formula’s rows and struts get is styled by the shipped stylesheet', () => {
    const katex = fromRehype('katex') as { renderToString: (tex: string, options?: object) => string };
    const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
    const html = katex.renderToString('\\hat{L}(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}', { displayMode: true });
    // The children of .katex-html: a formula's rows, each with a strut that sets its height.
    const row = /<span class="katex-html" aria-hidden="true"><span class="([\w-]+)"><span class="([\w-]+)" style="height:/.exec(html);
    expect(row, html.slice(0, 400)).not.toBeNull();
    for (const cls of [row![1]!, row![2]!]) expect(css, `.katex .${cls}`).toContain(`.katex .${cls}{`);
  });
});
