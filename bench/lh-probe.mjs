// Prints the Lighthouse (mobile) metrics and the heaviest opportunities for one page of a served build.
// Usage: node bench/lh-probe.mjs http://localhost:4599/en/kaplan/
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const url = process.argv[2];
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
