/** sitemap.xml: every page, with its twin in the other language as an hreflang alternate. */
import type { APIRoute } from 'astro';
import { HTML_LANG, LANGS } from '../i18n';
import { FIGURES } from '../figures/lib/registry';
import { chaptersOf } from '../lib/content';
import { absoluteUrl, href } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const paths = ['', 'figures/', 'changelog/', 'data/'];
  if (Object.keys(import.meta.glob('./[[]lang]/tools/index.astro')).length) paths.push('tools/');
  for (const c of await chaptersOf('en')) paths.push(`${c.slug}/`);
  for (const id of FIGURES.keys()) paths.push(`figures/${id}/`);
  const url = (lang: string, p: string) => absoluteUrl(site, href(`${lang}/${p}`));
  const entries = paths.flatMap((p) =>
    LANGS.map(
      (lang) => `  <url>
    <loc>${url(lang, p)}</loc>
${LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${HTML_LANG[l]}" href="${url(l, p)}"/>`).join('\n')}
    <xhtml:link rel="alternate" hreflang="x-default" href="${url('en', p)}"/>
  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
