/**
 * What the figure frame's download and cite buttons run. Loaded on the first click (see island.tsx), so a
 * figure's code stays small until a reader asks for a file or a citation.
 */
export { citationText, datasetCitation, toCsv } from '../../figures/lib/citation';
export { attributionHtml, attributionLine } from '../../lib/license';
export { embedHeight, embedSnippet } from '../../lib/embed';

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

/**
 * The figure's main SVG as a standalone file: namespaced, with the page's colour and font written in, and the attribution
 * line its license (CC BY 4.0) asks for drawn under the figure. Returns the file's text and its size in px.
 */
export function standaloneSvg(host: HTMLElement, attribution: string): { text: string; width: number; height: number } {
  const svg = host.querySelector('svg.plot-d6a7b5, svg[class^="plot-"]:not([class*="swatch"])') ?? host.querySelector('svg');
  if (!svg) return { text: '', width: 0, height: 0 };
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const cs = getComputedStyle(host);
  clone.setAttribute('style', `color:${cs.color};background:${getComputedStyle(document.body).backgroundColor};font-family:${cs.fontFamily}`);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const plotHeight = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const height = plotHeight + ATTRIBUTION_HEIGHT;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const ns = 'http://www.w3.org/2000/svg';
  const title = document.createElementNS(ns, 'title');
  title.textContent = attribution;
  clone.prepend(title);
  const line = document.createElementNS(ns, 'text');
  line.setAttribute('x', '4');
  line.setAttribute('y', String(height - 7));
  line.setAttribute('font-size', '10');
  line.setAttribute('fill', 'currentColor');
  line.setAttribute('fill-opacity', '0.75');
  line.setAttribute('class', 'attribution');
  line.textContent = attribution;
  clone.append(line);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`, width, height };
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
