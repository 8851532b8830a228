/**
 * What the figure frame's download and cite buttons run. Loaded on the first click (see island.tsx), so a
 * figure's code stays small until a reader asks for a file or a citation. It carries no words: they come from the actions'
 * catalogue in the page's language only (src/i18n/cite/<lang>.ts, loadCiteMessages).
 */
export { citationText, datasetCitation, loadCiteMessages, toCsv } from '../../figures/lib/citation';
export { attributionHtml, attributionLine, embedHeight, embedSnippet } from '../../lib/attribution';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function siteVersion(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="site-version"]')?.content ?? 'unknown';
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Height (px) of the attribution line that exported images carry below the figure. */
export const ATTRIBUTION_HEIGHT = 22;

/** The figure's charts: Plot's SVGs, without its swatch legends or the SVGs nested in a chart. */
function chartsOf(host: HTMLElement): SVGSVGElement[] {
  const all = [...host.querySelectorAll<SVGSVGElement>('svg[class^="plot-"]:not([class*="swatch"])')].filter((s) => !s.parentElement?.closest('svg'));
  if (all.length) return all;
  const first = host.querySelector('svg');
  return first ? [first] : [];
}

/**
 * The figure as one standalone SVG file: namespaced, with the page's colour and font written in, and the attribution line
 * its license (CC BY 4.0) asks for drawn under the figure. A figure of several charts (panels side by side, in rows: see
 * `panels` in src/figures/lib/plot.ts) keeps them all, laid out in their rows at their own size as on a wide screen.
 * Returns the file's text and its size in px.
 */
export function standaloneSvg(host: HTMLElement, attribution: string): { text: string; width: number; height: number } {
  const charts = chartsOf(host);
  if (!charts.length) return { text: '', width: 0, height: 0 };
  const ns = 'http://www.w3.org/2000/svg';
  const sizeOf = (svg: SVGSVGElement) => ({
    width: Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width,
    height: Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height,
  });
  // Rows: the charts of one `.fig-panels` group side by side; a chart outside any group is a row of its own.
  const rows: SVGSVGElement[][] = [];
  let group: Element | null = null;
  for (const chart of charts) {
    const own = chart.closest('.fig-panels');
    if (own && own === group) rows[rows.length - 1].push(chart);
    else rows.push([chart]);
    group = own;
  }
  let out: SVGSVGElement;
  let width: number;
  let plotHeight: number;
  if (charts.length === 1) {
    out = charts[0].cloneNode(true) as SVGSVGElement;
    ({ width, height: plotHeight } = sizeOf(charts[0]));
  } else {
    out = document.createElementNS(ns, 'svg');
    width = 0;
    plotHeight = 0;
    for (const row of rows) {
      let x = 0;
      let rowHeight = 0;
      for (const chart of row) {
        const size = sizeOf(chart);
        const clone = chart.cloneNode(true) as SVGSVGElement;
        clone.setAttribute('x', String(x));
        clone.setAttribute('y', String(plotHeight));
        clone.setAttribute('width', String(size.width));
        clone.setAttribute('height', String(size.height));
        out.append(clone);
        x += size.width;
        rowHeight = Math.max(rowHeight, size.height);
      }
      width = Math.max(width, x);
      plotHeight += rowHeight;
    }
  }
  out.setAttribute('xmlns', ns);
  const cs = getComputedStyle(host);
  out.setAttribute('style', `color:${cs.color};background:${getComputedStyle(document.body).backgroundColor};font-family:${cs.fontFamily}`);
  const height = plotHeight + ATTRIBUTION_HEIGHT;
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const title = document.createElementNS(ns, 'title');
  title.textContent = attribution;
  out.prepend(title);
  const line = document.createElementNS(ns, 'text');
  line.setAttribute('x', '4');
  line.setAttribute('y', String(height - 7));
  line.setAttribute('font-size', '10');
  line.setAttribute('fill', 'currentColor');
  line.setAttribute('fill-opacity', '0.75');
  line.setAttribute('class', 'attribution');
  line.textContent = attribution;
  out.append(line);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`, width, height };
}

export async function svgToPng(svgText: string, width: number, height: number, background: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('SVG could not be loaded as an image'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const g = canvas.getContext('2d')!;
    g.fillStyle = background;
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
