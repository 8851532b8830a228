/**
 * The figure frame's words in English (src/components/figure): buttons, labels, status lines, and the messages a
 * field shows for what a reader typed. The browser loads this module (or ./zh.ts, typed by this one) on a figure's
 * first touch, by a plain dynamic import(); the page chrome (src/i18n/en.ts) includes `ui`.
 */
const ui = {
  'site.title': 'Scaling Laws Explorer',
  'figure.controls': 'Settings',
  'figure.reset': 'Reset',
  'figure.copyLink': 'Copy link',
  'figure.copied': 'Link copied',
  'figure.copyFailed': 'Copy this link:',
  'figure.downloadLabel': 'Download',
  'figure.cite': 'Cite',
  'figure.citeTitle': 'Cite this figure',
  'figure.citeCopy': 'Copy citation',
  'figure.dataTable': 'Data table',
  'figure.ignored': 'Ignored',
  'figure.renderFailed': 'This setting could not be drawn; the last good figure stays on screen.',
  'figure.parameters': 'Parameters',
  'figure.rows': 'rows',
  'figure.embed': 'Embed',
  'figure.embedCopied': 'Embed code copied: paste it into your page',
  'figure.embedCopyFailed': 'Copy this code into your page:',
  'figure.newTab': '(opens in a new tab)',
  'figure.data': 'Data',
  'figure.pngFailed': 'This browser could not make the PNG; download the SVG instead.',
};

/** Quotes what the reader typed, shortened past 40 characters. */
const quote = (text: string) => `“${text}”`;

/** What "cite this figure" names (src/figures/lib/citation.ts, citationText). */
export interface CiteWords {
  /** The figure's title as the page shows it. */
  title: string;
  siteTitle: string;
  /** The figure's id. */
  id: string;
  /** Its parameters as `name=value`, as in its link. */
  params: readonly string[];
  url: string;
  /** The day the reader cites it, YYYY-MM-DD. */
  date: string;
  /** The site's version (its `site-version` meta). */
  version: string;
  /** The figure's license (src/lib/license.ts). */
  license: { name: string; url: string };
  /** "Data: …", the data sets the figure is built on (citation.ts, datasetCitation); absent for a figure drawn from papers' formulas. */
  data?: string;
}

/**
 * What the attribution line CC BY 4.0 asks for names (src/lib/attribution.ts). The same template writes the exported
 * files' line and the embed snippet's HTML, so each piece is text or, for the snippet, already-escaped HTML: it only
 * places them.
 */
export interface AttributionWords {
  title: string;
  siteTitle: string;
  url: string;
  /** The license's name. */
  license: string;
}

const en = {
  ui,
  /** Between a label and its value. */
  colon: ': ',
  /** "Cite this figure": title, site, figure, parameters, link, date, site version, license, then the data, if any. */
  cite: (p: CiteWords) =>
    `“${p.title}.” ${p.siteTitle}, figure ${p.id} (parameters: ${p.params.join(', ')}). ${p.url}. Accessed ${p.date}. Site version ${p.version}. ` +
    `Licensed under ${p.license.name} (${p.license.url}).${p.data ? ` ${p.data}.` : ''}`,
  /** The attribution line CC BY 4.0 asks for, under an exported figure and an embedded one. */
  attribution: (p: AttributionWords) => `“${p.title}”, ${p.siteTitle} (${p.url}), ${p.license}.`,
  /** Why a typed value or a value from the URL is not used (src/figures/lib/param-messages.ts picks one). */
  param: {
    tooLong: 'This is too long to be a value.',
    range: (min: string, max: string) => `It must lie between ${min} and ${max}.`,
    integer: 'This must be a whole number.',
    choice: (allowed: string) => `The allowed values are: ${allowed}.`,
    boolean: 'It must be 1 or 0.',
    count: (min: number, max: number) =>
      min !== max ? `Give ${min} to ${max} numbers, separated by commas.` : min === 1 ? 'Give exactly 1 number.' : `Give exactly ${min} numbers, separated by commas.`,
    item: (part: string, message: string) => `${quote(part)}: ${message}`,
    unknown: 'this figure has no such parameter, so it was ignored.',
    duplicate: 'this parameter appears more than once; only the first value is used.',
    fallback: (message: string, value: string) => `${message} The default, ${value}, is used instead.`,
    /** As `fallback`, when the value used is the chosen preset's or the one this page sets, not the default. */
    fallbackSet: (message: string, value: string) => `${message} ${value} is used instead, as the chosen preset or this page sets it.`,
  },
  /** The engine's QuantityError codes (src/lib/numbers.ts), worded; `q` is the quoted input. */
  quantity: {
    empty: 'Please enter a number, for example 7B, 1.4T, 6e23 or 70亿.',
    syntax: (q: string) => `${q} is not a number. Try 7B, 1.4T, 6e23 or 70亿.`,
    overflow: (q: string) => `${q} is too large to compute with (the limit is about 1.8×10³⁰⁸).`,
    underflow: (q: string) => `${q} is too small to compute with (the limit is about 5×10⁻³²⁴).`,
    zero: (q: string) => `${q} is zero; a number greater than 0 is needed here.`,
    negative: (q: string) => `${q} is negative; a number greater than 0 is needed here.`,
    between: (q: string, lo: string, hi: string) => `${q} is out of range: enter a value between ${lo} and ${hi}.`,
    atLeast: (q: string, lo: string) => `${q} is out of range: enter a value of at least ${lo}.`,
    atMost: (q: string, hi: string) => `${q} is out of range: enter a value of at most ${hi}.`,
  },
};
export default en;
export type FrameMessages = typeof en;
