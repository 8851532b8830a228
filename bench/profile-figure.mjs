// Where an update's time goes: CPU profile of 40 slider changes on one figure's standalone page, self time by function.
// Usage: node bench/profile-figure.mjs http://localhost:4599 training-envelope
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const [origin, id] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`${origin}/en/figures/${id}/`, { waitUntil: 'networkidle' });
await page.locator(`#fig-${id} .fig-controls [data-param]`).first().focus();
await page.waitForSelector(`#fig-${id}[data-hydrated="true"]`);
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async (id) => {
  const range = document.querySelector(`#fig-${id} .fig-controls input[type="range"]`);
  for (let i = 0; i < 40; i++) {
    // Across 20–80 % of the slider's own range, as bench/run.mjs moves it.
    range.value = String(Number(range.min) + ((Number(range.max) - Number(range.min)) * (200 + ((i * 137) % 600))) / 1000);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
}, id);
const { profile } = await cdp.send('Profiler.stop');
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1]?.toFixed(1);
const parts = await page.evaluate(
  (id) => Object.fromEntries(['update', 'render', 'check'].map((k) => [k, performance.getEntriesByName(`fig:${k}:${id}`).map((e) => e.duration)])),
  id,
);
const durations = parts.update;
console.log(`median render ${med(parts.render)} ms, check ${med(parts.check)} ms`);
const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((s, i) => {
  const n = byId.get(s);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${id}: ${durations.length} updates, median ${durations.sort((a, b) => a - b)[durations.length >> 1]?.toFixed(1)} ms; profile ${total.toFixed(0)} ms`);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
await browser.close();
