/** The chapter slugs, identical in both languages (DESIGN.md "Pages and URLs"). A published slug never changes. */
export const CHAPTER_SLUGS = ['what-is-a-scaling-law', 'kaplan', 'chinchilla', 'emergence', 'beyond-chinchilla', 'summary'] as const;
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

export function isChapterSlug(s: string): s is ChapterSlug {
  return (CHAPTER_SLUGS as readonly string[]).includes(s);
}

/** Splits a content-collection id like `zh/kaplan` into its language and slug. */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const [lang, ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings shown in a chapter's table of contents: h2 and h3 only. */
export function tocHeadings(headings: Heading[]): Heading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
