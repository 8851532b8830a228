#!/usr/bin/env node
// Chromium screenshots of pages, zh and en, light and dark, 1280 and 390 px wide, into bench/screenshots/.
// Usage: npm run screenshots -- [path ...]     (paths without language, e.g. "" "kaplan/" "figures/isoflop/")
// Builds nothing: run `npm run build` first. Serves dist/ itself on port 4455.
// SHOT_DIST, SHOT_PORT and SHOT_OUT choose another build folder, port and output folder.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'kaplan/'];
const port = Number(process.env.SHOT_PORT || 4455);
const out = process.env.SHOT_OUT || 'bench/screenshots';
const dist = process.env.SHOT_DIST || 'dist';
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port), '--csp'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const lang of ['zh', 'en']) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const p of paths) {
          await page.goto(`http://localhost:${port}/${lang}/${p}`, { waitUntil: 'networkidle' });
          const name = `${out}/${lang}-${(p || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${scheme}-${width}.png`;
          await page.screenshot({ path: name, fullPage: true });
          console.log(name);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
