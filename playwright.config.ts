import { defineConfig } from '@playwright/test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// The e2e tests run against the BUILT site (scripts/test.mjs builds dist/ and dist-sub/ first),
// served by scripts/serve.mjs with the strict Content-Security-Policy the site must work under.
// E2E_PORT, E2E_DIST and E2E_DIST_SUB let several checkouts (or helpers) run the suite side by side.
export const PORT = Number(process.env.E2E_PORT || 4400);
export const SUB_PORT = PORT + 1;
const DIST = process.env.E2E_DIST || 'dist';
const DIST_SUB = process.env.E2E_DIST_SUB || 'dist-sub';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry absorbs a timeout on a loaded 2-core machine; a test that needed it is still listed as "flaky" in the
  // report (and counted at the end), so it gets looked at rather than hidden. A test that fails twice fails the run.
  retries: 1,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: { executablePath: findChromium(() => chromium.executablePath()), args: CHROMIUM_ARGS },
    trace: 'off',
    // The service worker saves every page read and precaches the site's runtime (~1 MB) in each new context: that is
    // offline.spec.ts's subject, which makes its own contexts (where workers are allowed). Elsewhere it only adds load.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${DIST} --port ${PORT} --csp`,
      url: `http://localhost:${PORT}/en/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve.mjs --dir ${DIST_SUB} --base /scaling/ --port ${SUB_PORT} --csp`,
      url: `http://localhost:${SUB_PORT}/scaling/en/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
