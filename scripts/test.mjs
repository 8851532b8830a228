#!/usr/bin/env node
// `npm test`: the one gate in front of CI. Runs, in order, stopping at the first failure:
//   0. biome ci           — lint and format check (biome.jsonc); `npm run lint:fix` repairs what it can
//   1. astro check        — TypeScript (strict) over .ts, .tsx and .astro files
//   2. vitest             — unit tests (engine, figures, parsing)
//   3. astro build        — the site at base / into dist/, and under SITE_BASE=/scaling/ into dist-sub/
//   4. playwright         — e2e in system Chromium against both builds, plus checks over the built output
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint and format (biome ci)', 'npx', ['biome', 'ci', '.'], {}],
  ['type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning'], {}],
  ['unit tests (vitest)', 'npx', ['vitest', 'run'], {}],
  ['build at /', 'npx', ['astro', 'build', '--silent'], { SITE_BASE: '/', SITE_OUT_DIR: process.env.E2E_DIST || 'dist' }],
  ['build under /scaling/', 'npx', ['astro', 'build', '--silent'], { SITE_BASE: '/scaling/', SITE_OUT_DIR: process.env.E2E_DIST_SUB || 'dist-sub' }],
  ['e2e (playwright, Chromium)', 'npx', ['playwright', 'test'], {}],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, cmd, args, env] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed after ${secs}s (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
