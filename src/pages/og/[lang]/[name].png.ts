/** Build-time link-preview images: /og/<lang>/<figure-id>.png, /og/<lang>/chapter-<slug>.png, /og/<lang>/home.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, t, type Lang } from '../../../i18n';
import { FIGURES } from '../../../figures/lib/registry';
import { captionsOf } from '../../../figures/lib/catalogue';
import { defaultsOf, type AnyValue } from '../../../figures/lib/params';
import { renderToString } from '../../../figures/lib/ssr';
import { chaptersOf } from '../../../lib/content';
import { figureCardSvg, renderPng, textCardSvg } from '../../../lib/og';

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const lang of LANGS) {
    paths.push({ params: { lang, name: 'home' }, props: { kind: 'home' } });
    for (const c of await chaptersOf(lang)) {
      paths.push({ params: { lang, name: `chapter-${c.slug}` }, props: { kind: 'chapter', title: c.data.title, description: c.data.description } });
    }
    for (const id of FIGURES.keys()) paths.push({ params: { lang, name: id }, props: { kind: 'figure', id } });
  }
  // `npm test` builds the site twice side by side (scripts/test.mjs) and the images are the same in both: on a clean
  // checkout, with the shared image cache (src/lib/og.ts) empty, one build renders them last to first, so each renders
  // about half and reads the other half from the cache instead of both rendering every image.
  return process.env.OG_ORDER === 'reverse' ? paths.reverse() : paths;
};

export const GET: APIRoute = ({ params, props }) => {
  const lang = params.lang as Lang;
  const site = t(lang, 'site.title');
  let svg: string;
  if (props.kind === 'figure') {
    const def = FIGURES.get(props.id as string)!;
    const { html } = renderToString(def, defaultsOf(def.params) as Record<string, AnyValue>, lang);
    svg = figureCardSvg(captionsOf(def, lang).title, site, html);
  } else if (props.kind === 'chapter') {
    svg = textCardSvg(props.title as string, props.description as string, site);
  } else {
    svg = textCardSvg(site, t(lang, 'site.tagline'), site);
  }
  return new Response(Buffer.from(renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
