import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxHeadings, twinIds } from '../../../src/lib/rehype-twin-heading-ids.mjs';

describe('twin heading ids', () => {
  it('slugs English headings as Astro does, skipping code fences, with unique ids', () => {
    const src = '# Title\n\n## The critical batch size\n\ntext\n\n```\n## not a heading\n```\n\n### Why $L(N, D)$ matters\n\n## The critical batch size\n';
    expect(mdxHeadings(src).map((h: { text: string }) => h.text)).toEqual(['The critical batch size', 'Why $L(N, D)$ matters', 'The critical batch size']);
    expect(twinIds(src).map((h: { id: string }) => h.id)).toEqual(['the-critical-batch-size', 'why-ln-d-matters', 'the-critical-batch-size-1']);
  });

  it('every chapter has the same sequence of h2/h3 levels in both languages', () => {
    for (const file of readdirSync('content/en').filter((f) => f.endsWith('.mdx'))) {
      const en = mdxHeadings(readFileSync(`content/en/${file}`, 'utf8')).map((h: { depth: number }) => h.depth);
      const zh = mdxHeadings(readFileSync(`content/zh/${file}`, 'utf8')).map((h: { depth: number }) => h.depth);
      expect(zh, file).toEqual(en);
    }
  });
});
