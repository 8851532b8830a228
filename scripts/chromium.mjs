// Where the tests, screenshots and benchmarks find Chromium, and the flags it needs on a closed network.
import { existsSync } from 'node:fs';

/** Flags for a closed network (no background requests to Google's hosts) and for running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
];

/**
 * Finds Chromium: $CHROMIUM_PATH, then /usr/bin/chromium (Debian's package `chromium`), then Playwright's own download.
 * Throws one clear sentence when none exists.
 * @param {() => string} [playwrightOwn] returns the path of Playwright's own browser, if any
 * @returns {string}
 */
export function findChromium(playwrightOwn) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = playwrightOwn?.();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own */
  }
  throw new Error('No Chromium found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
}
