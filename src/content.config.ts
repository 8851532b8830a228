import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * The chapters: content/zh/<slug>.mdx and content/en/<slug>.mdx, the same slugs in both languages.
 * Entry ids are `zh/<slug>` and `en/<slug>`.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int().positive(),
    /** Short label for navigation (defaults to the title). */
    short: z.string().optional(),
  }),
});

export const collections = { chapters };
