#!/usr/bin/env node
// `npm test`: the one gate in front of CI. Runs, stopping at the first failure:
//   0. biome ci           — lint and format check (biome.jsonc); `npm run lint:fix` repairs what it can
//   1. astro check        — TypeScript (strict) over .ts, .tsx and .astro files   } side by side
//      vitest             — unit tests (engine, figures, parsing)                 }
//   2. astro build        — the site at base / into dist/                         } side by side
//      astro build        — the site under SITE_BASE=/scaling/ into dist-sub/     }
//   3. playwright         — e2e in system Chromium against both builds, plus checks over the built output
// Steps in one stage run at the same time: on 2 cores neither a type check (one thread) nor a build (~1.4 cores on
// average: it waits on its own steps) keeps both cores busy, so side by side they take ~45 s less than one after the
// other (2026-12-06: two builds 60 s instead of 85 s; the same files out). Their output is printed when each ends,
// whole, in the order above; a step that fails stops the others of its stage.
// The two builds write their content store each in a cache directory of its own (ASTRO_CACHE_DIR, astro.config.mjs):
// Astro writes it through one temporary file name, which two builds in one directory would share. The type check,
// before them, writes the project's .astro/ types, so the builds find them up to date and do not write them again.
// The second build renders the link-preview images in reverse order (OG_ORDER, src/pages/og/): on a clean checkout the
// two builds share the rendering through the image cache instead of both rendering every image.
// Every step's Node runs with a larger young generation (--max-semi-space-size=64, in MB; V8's default is 16 on 64-bit):
// a CPU profile of one build put a fifth of its main thread's time in the garbage collector (Rollup and terser allocate
// many short-lived objects). Measured 2026-12-08 on 2 cores, alternating: one build 43.2 → 38.8 s (two pairs), the three
// heaviest unit-test files 46.1 → 43.0 s; the memory it adds is a few hundred MB at most, on machines with gigabytes.
import { spawn } from 'node:child_process';

const cache = process.env.ASTRO_CACHE_DIR || 'node_modules/.astro';
const stages = [
  [['lint and format (biome ci)', 'npx', ['biome', 'ci', '.'], {}]],
  [
    ['type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning'], {}],
    ['unit tests (vitest)', 'npx', ['vitest', 'run'], {}],
  ],
  [
    ['build at /', 'npx', ['astro', 'build', '--silent'], { SITE_BASE: '/', SITE_OUT_DIR: process.env.E2E_DIST || 'dist', ASTRO_CACHE_DIR: `${cache}-root` }],
    [
      'build under /scaling/',
      'npx',
      ['astro', 'build', '--silent'],
      { SITE_BASE: '/scaling/', SITE_OUT_DIR: process.env.E2E_DIST_SUB || 'dist-sub', ASTRO_CACHE_DIR: `${cache}-sub`, OG_ORDER: 'reverse' },
    ],
  ],
  [['e2e (playwright, Chromium)', 'npx', ['playwright', 'test'], {}]],
];

/** The V8 flag added to every step's NODE_OPTIONS (see the top of this file). */
const YOUNG_GENERATION = '--max-semi-space-size=64';

const only = process.argv.slice(2);
const started = Date.now();

/** Runs one step; its output goes straight through when it runs alone, else is kept and printed when it ends. */
function run([name, cmd, args, env], alone, running) {
  const t0 = Date.now();
  if (alone) console.log(`\n▶ ${name}`);
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} ${YOUNG_GENERATION}`.trim();
  const child = spawn(cmd, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: nodeOptions, ...env } });
  running.add(child);
  const out = [];
  child.stdout?.on('data', (d) => out.push(d));
  child.stderr?.on('data', (d) => out.push(d));
  return new Promise((resolve) => {
    // A command that cannot start (not installed) fails its step with the reason, not the runner with a stack trace.
    child.on('error', (e) => out.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => {
      running.delete(child);
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (!alone) {
        console.log(`\n▶ ${name}`);
        process.stdout.write(Buffer.concat(out));
      }
      resolve({ name, secs, ok: code === 0, status: code ?? signal });
    });
  });
}

for (const stage of stages) {
  const steps = stage.filter(([name]) => !only.length || only.some((o) => name.includes(o)));
  if (!steps.length) continue;
  const running = new Set();
  let failed;
  const results = await Promise.all(
    steps.map((s) =>
      run(s, steps.length === 1, running).then((r) => {
        // The first failure is the one reported; the rest of the stage is told to stop (a child may still run to its end).
        if (!r.ok && !failed) {
          failed = r;
          for (const c of running) c.kill('SIGTERM');
        }
        return r;
      }),
    ),
  );
  for (const r of results) if (r.ok) console.log(`✓ ${r.name} (${r.secs}s)`);
  if (failed) {
    console.error(`\n✗ ${failed.name} failed after ${failed.secs}s (exit ${failed.status}).`);
    process.exit(typeof failed.status === 'number' && failed.status ? failed.status : 1);
  }
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
