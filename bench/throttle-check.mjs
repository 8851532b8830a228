#!/usr/bin/env node
// Checks DevTools' network throttling (CDP, the "Slow 4G" profile of the first-touch budget) against its own profile.
// Usage: node bench/throttle-check.mjs [--dir dist] [--runs 24] [--port 4490]
// Serves a built site twice over HTTPS + HTTP/2 (scripts/serve.mjs --tls): as a static host sends a file (headers and
// body in one go), and with --headers-first 5 (the body 5 ms after the headers), and fetches the site's largest
// script (Observable Plot's chunk) and a 10–20 KB one, each alone, and the 12 largest scripts together (as a page fetches
// a figure's code), `--runs` times each way, under Slow 4G, in one browser page.
// Slow 4G promises one 562.5 ms round trip, then 180 kB/s: files of g gzip bytes should take 562.5 + g / 180 ms.
// Chromium's throttle (services/network/throttling/throttling_network_transaction.cc) charges a response's first read
// with GetTotalReceivedBytes(), every byte the connection has received for it so far, and then each read of the body
// again: when the body arrives in the same socket read as the headers (a race on one machine) part of it is charged
// twice. This prints every run's time, and how many runs took more than 40 ms longer than the fastest run of the same
// files either way; bench/run.mjs serves its throttled runs with --headers-first because of what it shows.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { SLOW_4G } from './slow-4g.mjs';

const args = process.argv.slice(2);
const opt = (f, d) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
const DIR = opt('--dir', 'dist');
const RUNS = Number(opt('--runs', 24));
const PORT = Number(opt('--port', 4490));
const SLACK_MS = 40;

const astro = join(DIR, '_astro');
const scripts = readdirSync(astro)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(astro, f)), { level: 9 }).length, raw: statSync(join(astro, f)).size }))
  .sort((a, b) => b.gzip - a.gzip);
const small = scripts.find((s) => s.gzip >= 10_000 && s.gzip <= 20_000);
const sets = [[scripts[0]], [small], scripts.slice(0, 12)].filter((set) => set.every(Boolean));

const servers = [
  { how: 'headers and body together', port: PORT, extra: [] },
  { how: 'body 5 ms after the headers (--headers-first 5)', port: PORT + 1, extra: ['--headers-first', '5'] },
].map((s) => ({ ...s, proc: spawn(process.execPath, ['scripts/serve.mjs', '--dir', DIR, '--port', String(s.port), '--tls', ...s.extra], { stdio: 'ignore' }) }));
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: findChromium(() => chromium.executablePath()), args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'] });
try {
  for (const set of sets) {
    const gzip = set.reduce((n, f) => n + f.gzip, 0);
    const expected = SLOW_4G.latency + (gzip / SLOW_4G.downloadThroughput) * 1000;
    const name = set.length === 1 ? set[0].file : `the ${set.length} largest scripts together`;
    console.log(`${name}: ${(gzip / 1024).toFixed(1)} KB gzip; Slow 4G's round trip and rate give ${expected.toFixed(0)} ms`);
    const results = [];
    for (const s of servers) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await page.goto(`https://localhost:${s.port}/favicon.svg`);
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        times.push(
          await page.evaluate(
            async (urls) => {
              const t = performance.now();
              await Promise.all(urls.map(async (url) => (await fetch(url, { cache: 'no-store' })).arrayBuffer()));
              return Math.round(performance.now() - t);
            },
            set.map((f) => `/_astro/${f.file}?run=${i}`),
          ),
        );
        await page.waitForTimeout(100);
      }
      await context.close();
      results.push({ how: s.how, times });
    }
    const fastest = Math.min(...results.flatMap((r) => r.times));
    for (const { how, times } of results) {
      const slow = times.filter((t) => t > fastest + SLACK_MS);
      const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
      console.log(
        `  ${how}: median ${median} ms; ${slow.length} of ${RUNS} runs over ${fastest + SLACK_MS} ms` +
          `${slow.length ? ` (${Math.min(...slow) - fastest}–${Math.max(...slow) - fastest} ms over the fastest)` : ''}; runs: ${times.join(' ')}`,
      );
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.proc.kill();
}
