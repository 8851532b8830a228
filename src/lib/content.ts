import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n';
import { splitEntryId } from './chapters';

export type Chapter = CollectionEntry<'chapters'> & { lang: Lang; slug: string };

/** All chapters of one language, ordered by their frontmatter `order`. */
export async function chaptersOf(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all
    .map((e) => ({ ...e, ...splitEntryId(e.id) }) as Chapter)
    .filter((e) => e.lang === lang)
    .sort((a, b) => a.data.order - b.data.order);
}
