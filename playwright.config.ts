import { defineConfig } from '@playwright/test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// The e2e tests run against the BUILT site (scripts/test.mjs builds dist/ and dist-sub/ first),
// served by scripts/serve.mjs with the strict Content-Security-Policy the site must work under.
export const PORT = 4400;
export const SUB_PORT = 4401;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: { executablePath: findChromium(() => chromium.executablePath()), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${PORT} --csp`,
      url: `http://localhost:${PORT}/en/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve.mjs --dir dist-sub --base /scaling/ --port ${SUB_PORT} --csp`,
      url: `http://localhost:${SUB_PORT}/scaling/en/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
