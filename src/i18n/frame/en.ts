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
};

/** Quotes what the reader typed, shortened past 40 characters. */
const quote = (text: string) => `“${text}”`;

const en = {
  ui,
  /** Between a label and its value. */
  colon: ': ',
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
