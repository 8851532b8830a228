/**
 * Benchmark (not a test): Hoffmann et al. 2022 Approach 3 (App. D.2, eq 11) on the 240 runs of
 * Besiroglu et al. 2024 (src/data/chinchilla-runs.ts), full 4,500-start grid, one core.
 *
 *   npx vite-node bench/fit.ts                 # JS (3 timed runs) + scipy reference
 *   npx vite-node bench/fit.ts -- --repeat 5   # more JS runs
 *   npx vite-node bench/fit.ts -- --no-scipy   # JS only
 *   npx vite-node bench/fit.ts -- --grid coarse
 *
 * Prints the JS time, best objective and coefficients; if `python3 -c "import scipy"` works, runs
 * bench/fit_scipy.py (scipy.optimize.minimize(method='L-BFGS-B', jac=True), numpy objective and
 * gradient, same grid, the runs read from src/data/chinchilla-fig4-epoch.csv with the same
 * filtering, at the CSV's full precision where the module keeps 8 significant digits, so the two optima
 * differ by ~1e-8) with BLAS/OpenMP pinned to one thread, and prints its time, objective, the speed
 * ratio and whether the two optima agree to 1e-6 relative. Writes one JSON object to
 * bench/out/fit.json for a bench runner.
 *
 * Wall time on a shared machine is noisy; CPU time (process.cpuUsage / time.process_time) is
 * reported beside it, and the load average at the start is recorded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chinchillaRuns } from '../src/data/chinchilla-runs';
import { fitChinchilla, startingPoints, type ChinchillaFit, type StartGrid } from '../src/engine/fit-multistart';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const repeat = Math.max(1, Number(option('--repeat', '3')));
const gridName = option('--grid', 'hoffmann') as 'hoffmann' | 'coarse';
const grid: StartGrid = gridName;
const tolerance = 1e-6;

interface Timing {
  seconds: number;
  cpuSeconds: number;
}

function timeFit(): { fit: ChinchillaFit } & Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fit = fitChinchilla(chinchillaRuns, { grid });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { fit, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((p, q) => p - q);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const format = (law: ChinchillaFit['law']) => `E=${law.E.toFixed(4)} A=${law.A.toFixed(2)} B=${law.B.toFixed(2)} alpha=${law.alpha.toFixed(4)} beta=${law.beta.toFixed(4)}`;

const starts = startingPoints(grid).length;
const loadAtStart = loadavg();
console.log(`Approach-3 fit, ${chinchillaRuns.length} runs × ${starts} starts (${gridName} grid), Node ${process.version}`);
console.log(`CPU: ${cpus()[0]?.model ?? 'unknown'}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);

const runs: ({ fit: ChinchillaFit } & Timing)[] = [];
for (let i = 0; i < repeat; i++) {
  const run = timeFit();
  runs.push(run);
  console.log(`  JS run ${i + 1}/${repeat}: ${run.seconds.toFixed(3)} s wall, ${run.cpuSeconds.toFixed(3)} s CPU`);
}
const fit = runs[0].fit;
const js = {
  implementation: 'src/engine/fit.ts fitChinchilla (TypeScript L-BFGS, strong Wolfe)',
  node: process.version,
  runs: chinchillaRuns.length,
  starts,
  repeat,
  secondsFirst: runs[0].seconds,
  secondsMedian: median(runs.map((r) => r.seconds)),
  secondsMin: Math.min(...runs.map((r) => r.seconds)),
  cpuSecondsMedian: median(runs.map((r) => r.cpuSeconds)),
  cpuSecondsMin: Math.min(...runs.map((r) => r.cpuSeconds)),
  iterations: fit.iterations,
  evaluations: fit.evaluations,
  convergedStarts: fit.convergedStarts,
  objective: fit.objective,
  law: fit.law,
  allocationExponent: fit.allocationExponent,
  logSpace: fit.logSpace,
};
console.log(`JS: median ${js.secondsMedian.toFixed(3)} s wall (min ${js.secondsMin.toFixed(3)}), median ${js.cpuSecondsMedian.toFixed(3)} s CPU`);
console.log(`JS: objective ${fit.objective.toPrecision(12)}; ${format(fit.law)}; a=${fit.allocationExponent.toFixed(4)}`);
console.log(`JS: ${fit.iterations} iterations, ${fit.evaluations} evaluations, ${fit.convergedStarts}/${starts} starts converged`);

let scipy: Record<string, unknown> | null = null;
let comparison: Record<string, unknown> | null = null;
const pythonHasScipy = !flag('--no-scipy') && spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
if (pythonHasScipy) {
  console.log('Running bench/fit_scipy.py (one thread) …');
  const output = execFileSync('python3', [join(root, 'bench/fit_scipy.py'), '--csv', join(root, 'src/data/chinchilla-fig4-epoch.csv'), '--grid', gridName], {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    maxBuffer: 1 << 20,
  });
  scipy = JSON.parse(output.trim().split('\n').pop() as string) as Record<string, unknown>;
  const scipySeconds = scipy.seconds as number;
  const scipyCpu = scipy.cpuSeconds as number;
  const scipyObjective = scipy.objective as number;
  const relativeDifference = Math.abs(fit.objective - scipyObjective) / Math.abs(scipyObjective);
  comparison = {
    speedupWall: scipySeconds / js.secondsMedian,
    speedupCpu: scipyCpu / js.cpuSecondsMedian,
    objectiveRelativeDifference: relativeDifference,
    objectivesAgree: relativeDifference <= tolerance,
    tolerance,
    jsObjectiveLower: fit.objective < scipyObjective,
  };
  console.log(`scipy ${scipy.scipy}: ${scipySeconds.toFixed(3)} s wall, ${scipyCpu.toFixed(3)} s CPU`);
  console.log(`scipy: objective ${scipyObjective.toPrecision(12)}; ${format(scipy.law as ChinchillaFit['law'])}`);
  console.log(`scipy: ${scipy.iterations} iterations, ${scipy.evaluations} evaluations`);
  console.log(`Speed-up (scipy / JS median): ${(comparison.speedupWall as number).toFixed(1)}× wall, ${(comparison.speedupCpu as number).toFixed(1)}× CPU`);
  console.log(`Optima agree to ${tolerance} relative: ${comparison.objectivesAgree ? 'yes' : 'NO'} (difference ${relativeDifference.toExponential(2)})`);
} else {
  console.log('scipy reference skipped (--no-scipy, or python3 cannot import scipy).');
}

const record = {
  benchmark: 'fit',
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? null,
  loadAverageAtStart: loadAtStart,
  grid: gridName,
  js,
  scipy,
  comparison,
};
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/fit.json'), `${JSON.stringify(record)}\n`);
console.log(JSON.stringify(record));
