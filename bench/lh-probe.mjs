// Prints the Lighthouse (mobile) metrics and the heaviest opportunities for one page of a served build.
// Usage: node bench/lh-probe.mjs http://localhost:4599/en/kaplan/ [--runs 5] [--requests] [--tasks [file.json]]
// One Lighthouse run on this 2-core machine scatters by ±10 points (2026-12-04: 72–91 for the same build of zh/kaplan,
// total blocking time 70–1,420 ms), so `--runs N` repeats it in a fresh browser each time and prints every score and the
// median, the number to compare with a budget (Lighthouse's own advice for variable runs).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const url = process.argv[2];
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
if (runs > 1) {
  const scores = [];
  const tbt = [];
  const lcp = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      scores.push(Math.round(lhr.categories.performance.score * 100));
      tbt.push(Math.round(lhr.audits['total-blocking-time'].numericValue));
      lcp.push(Math.round(lhr.audits['largest-contentful-paint'].numericValue));
      console.log(`run ${i + 1}: performance ${scores.at(-1)}, total blocking time ${tbt.at(-1)} ms, LCP ${lcp.at(-1)} ms`);
    } finally {
      await chrome.kill();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median of ${runs}: performance ${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)}), total blocking time ${median(tbt)} ms, LCP ${median(lcp)} ms`);
  process.exit(0);
}
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  console.log('performance', Math.round(lhr.categories.performance.score * 100));
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    const a = lhr.audits[id];
    console.log(`  ${id}: ${a.displayValue} (score ${a.score})`);
  }
  const lcp = lhr.audits['largest-contentful-paint-element'];
  console.log('  LCP element:', JSON.stringify(lcp?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? lcp?.details?.items?.[0]?.node?.snippet));
  for (const id of ['dom-size', 'mainthread-work-breakdown', 'bootup-time', 'render-blocking-resources', 'font-display', 'total-byte-weight']) {
    const a = lhr.audits[id];
    if (a) console.log(`  ${id}: ${a.displayValue ?? ''} score ${a.score}`);
  }
  if (process.argv.includes('--requests')) {
    for (const r of lhr.audits['network-requests'].details.items)
      console.log(
        `    ${Math.round(r.networkRequestTime ?? r.startTime)}→${Math.round(r.networkEndTime ?? r.endTime)} ms ${r.resourceType} ${Math.round((r.transferSize ?? 0) / 1024)} KB ${r.url.replace(/^https?:\/\/[^/]+/, '')}`,
      );
  }
  if (process.argv.includes('--tasks')) {
    for (const t of lhr.audits['long-tasks']?.details?.items ?? []) console.log(`    long task at ${Math.round(t.startTime)} ms: ${Math.round(t.duration)} ms ${t.url}`);
    const saveTo = process.argv[process.argv.indexOf('--tasks') + 1];
    if (saveTo && !saveTo.startsWith('--')) (await import('node:fs')).writeFileSync(saveTo, JSON.stringify(lhr));
  }
  const mt = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  console.log('  main thread:', mt.map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}ms`).join(', '));
} finally {
  await chrome.kill();
}
