/**
 * /data/<name>.csv: each third-party CSV the site ships (src/data/), served byte for byte as it is in the repository,
 * for the download links of the data page (/<lang>/data/). Built as static files, so they work under any SITE_BASE.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES } from '../../data/datasets';

export const getStaticPaths: GetStaticPaths = () => DATA_FILES.map((f) => ({ params: { name: f.name }, props: { text: f.text } }));

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
