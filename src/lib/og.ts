/**
 * Link-preview images (1200×630 PNG) rendered at build time with resvg from a figure's default SVG and its title,
 * in the page's language. The font ships in an npm package (@expo-google-fonts/noto-sans-sc, SIL Open Font
 * License): nothing is fetched during the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const COLORS = { bg: '#fbfaf7', fg: '#1d2127', soft: '#4a5260', accent: '#1f5f8b', rule: '#dcd8cf' };

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough text width in ems: CJK characters are one em, Latin letters about half. */
function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.62 : 0.52;
  return w;
}

/** Breaks text into lines of at most `maxEm` ems: at spaces for Latin text, anywhere between CJK characters. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (/^\s+$/.test(tok)) {
      if (line) line += ' ';
      continue;
    }
    if (emWidth(line + tok) > maxEm && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
    line += tok;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,，、。.]*$/, '')}…`;
    return kept;
  }
  return lines;
}

/** The chart SVGs inside a figure's build-time markup (a bare <svg>, a Plot <figure> with a legend, or panels). */
function chartSvgs(figureHtml: string): { inner: string; width: number; height: number }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${figureHtml}</body></html>`);
  const svgs = [...document.querySelectorAll('svg')].filter((s) => /\bplot-/.test(s.getAttribute('class') ?? ''));
  return svgs.map((svg) => {
    const width = Number(svg.getAttribute('width') ?? 640);
    const height = Number(svg.getAttribute('height') ?? 400);
    svg.querySelectorAll('style').forEach((st) => st.remove());
    return { inner: svg.innerHTML, width, height };
  });
}

function card(title: string, subtitle: string, site: string, body: string): string {
  const titleLines = wrapText(title, 19, 2);
  const subLines = subtitle ? wrapText(subtitle, 38, 2) : [];
  const titleSvg = titleLines.map((l, i) => `<text x="64" y="${104 + i * 66}" font-size="54" font-weight="700" fill="${COLORS.fg}">${escapeXml(l)}</text>`).join('');
  const subY = 104 + titleLines.length * 66;
  const subSvg = subLines.map((l, i) => `<text x="64" y="${subY + i * 38}" font-size="28" fill="${COLORS.soft}">${escapeXml(l)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="Noto Sans SC">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLORS.bg}"/>
<rect x="0" y="0" width="${OG_WIDTH}" height="10" fill="${COLORS.accent}"/>
${titleSvg}${subSvg}
${body}
<path d="M64 598 L84 576 L98 584 L116 560" fill="none" stroke="${COLORS.accent}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
<text x="132" y="594" font-size="26" font-weight="700" fill="${COLORS.fg}">${escapeXml(site)}</text>
</svg>`;
}

/** A preview card with a figure: title on top, the figure's charts scaled into the space below. */
export function figureCardSvg(title: string, site: string, figureHtml: string): string {
  const charts = chartSvgs(figureHtml);
  const top = 104 + wrapText(title, 19, 2).length * 66 - 30;
  const box = { x: 64, y: top, w: OG_WIDTH - 128, h: 548 - top };
  const totalW = charts.reduce((s, c) => s + c.width, 0) || 1;
  const maxH = Math.max(1, ...charts.map((c) => c.height));
  const scale = Math.min(box.w / totalW, box.h / maxH);
  let x = box.x + (box.w - totalW * scale) / 2;
  const body = charts
    .map((c) => {
      const g = `<svg x="${x}" y="${box.y}" width="${c.width * scale}" height="${c.height * scale}" viewBox="0 0 ${c.width} ${c.height}" color="${COLORS.fg}" fill="currentColor" font-family="Noto Sans SC">${c.inner}</svg>`;
      x += c.width * scale;
      return g;
    })
    .join('');
  return card(title, '', site, body);
}

/** A preview card for a page without a figure: title and description. */
export function textCardSvg(title: string, description: string, site: string): string {
  // A decorative power law L = (C_c/C)^α drawn on log axes: a straight falling line, faint, bottom right.
  const deco = `<g opacity="0.9"><path d="M700 300 L700 540 L1136 540" fill="none" stroke="${COLORS.rule}" stroke-width="3"/>
<path d="M720 318 C 820 390, 930 455, 1120 500" fill="none" stroke="${COLORS.accent}" stroke-width="7" stroke-linecap="round" opacity="0.55"/>
<circle cx="900" cy="433" r="10" fill="${COLORS.accent}"/></g>`;
  return card(title, description, site, deco);
}

const RESVG_OPTIONS = {
  fitTo: { mode: 'width' as const, value: OG_WIDTH },
  font: { fontFiles: [FONT_REGULAR, FONT_BOLD], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
};

/**
 * Rendered images by content: `npm test` builds the site twice (at / and under /scaling/) and the images are the same in
 * both (~14 s of the 50 s build on 2 cores), as in every rebuild of unchanged figures. The key covers everything the
 * picture depends on: the SVG, the fonts' bytes, the renderer's version and its options. A file written whole or not at
 * all (rename), so two builds side by side never read half an image.
 */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'scaling-og');
let inputsHash: string | undefined;
function cacheKey(svg: string): string {
  inputsHash ??= createHash('sha256')
    .update(JSON.stringify({ resvg: require('@resvg/resvg-js/package.json').version, options: RESVG_OPTIONS }))
    .update(readFileSync(FONT_REGULAR))
    .update(readFileSync(FONT_BOLD))
    .digest('hex');
  return createHash('sha256').update(inputsHash).update(svg).digest('hex');
}

export function renderPng(svg: string): Uint8Array {
  const file = join(CACHE_DIR, `${cacheKey(svg)}.png`);
  try {
    return readFileSync(file);
  } catch {
    /* not rendered yet */
  }
  const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    /* a read-only tree: render each time */
  }
  return png;
}
