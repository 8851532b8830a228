#!/usr/bin/env node
// `npm test`: the one gate in front of CI. Runs, stopping at the first failure:
//   0. biome ci           — lint and format check (biome.jsonc); `npm run lint:fix` repairs what it can
//   1. astro check        — TypeScript (strict) over .ts, .tsx and .astro files
//   2. vitest             — unit tests (engine, figures, parsing), while the two builds run beside it:
//   3. astro build        — the site at base / into dist/, then under SITE_BASE=/scaling/ into dist-sub/
//   4. playwright         — e2e in system Chromium against both builds, plus checks over the built output
// The unit tests read only the sources and the builds write only their output folders, so they share the two cores
// (about 40 s less than one after the other); the unit tests' output is printed when they finish.
// `node scripts/test.mjs <part of a step name> …` runs only those steps (one after the other).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const step = (name, cmd, args, env = {}) => ({ name, cmd, args, env });
// Vitest's own script, not `npx vitest`: a stopped run must stop vitest itself, not only npx.
const UNIT = step('unit tests (vitest)', process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
const BUILDS = [
  step('build at /', 'npx', ['astro', 'build', '--silent'], { SITE_BASE: '/', SITE_OUT_DIR: process.env.E2E_DIST || 'dist' }),
  step('build under /scaling/', 'npx', ['astro', 'build', '--silent'], { SITE_BASE: '/scaling/', SITE_OUT_DIR: process.env.E2E_DIST_SUB || 'dist-sub' }),
];
const BEFORE = [step('lint and format (biome ci)', 'npx', ['biome', 'ci', '.']), step('type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning'])];
const AFTER = [step('e2e (playwright, Chromium)', 'npx', ['playwright', 'test'])];

const started = Date.now();
const seconds = (t0) => ((Date.now() - t0) / 1000).toFixed(1);
/** The step running in the background, stopped if a foreground one fails. */
let beside = null;
const fail = (name, t0, status) => {
  beside?.kill();
  console.error(`\n✗ ${name} failed after ${seconds(t0)}s (exit ${status}).`);
  process.exit(typeof status === 'number' && status !== 0 ? status : 1);
};

/** Runs one step in the foreground, its output on the terminal. */
function runNow({ name, cmd, args, env }) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) fail(name, t0, r.status ?? r.signal);
  console.log(`✓ ${name} (${seconds(t0)}s)`);
}

/** Starts one step in the background, its output in a file; resolves with its exit status, output and time. */
function runBeside({ name, cmd, args, env }) {
  const t0 = Date.now();
  const file = join(mkdtempSync(join(tmpdir(), 'npm-test-')), 'output.txt');
  const fd = openSync(file, 'w');
  console.log(`\n▶ ${name} (beside the builds; output when it ends)`);
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
  beside = child;
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      beside = null;
      resolve({ status: code ?? signal, output: () => readFileSync(file, 'utf8'), t0 });
    }),
  );
}

const only = process.argv.slice(2);
if (only.length) {
  for (const s of [...BEFORE, UNIT, ...BUILDS, ...AFTER]) if (only.some((o) => s.name.includes(o))) runNow(s);
} else {
  for (const s of BEFORE) runNow(s);
  const unit = runBeside(UNIT);
  // The builds run in the foreground (spawnSync); the unit tests' exit is read once they are done.
  for (const s of BUILDS) runNow(s);
  const u = await unit;
  console.log(`\n▶ ${UNIT.name}\n${u.output()}`);
  if (u.status !== 0) fail(UNIT.name, u.t0, u.status);
  console.log(`✓ ${UNIT.name} (${seconds(u.t0)}s, beside the builds)`);
  for (const s of AFTER) runNow(s);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
