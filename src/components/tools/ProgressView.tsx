/** The fit's progress bar, with a rough time-left estimate; it listens to the worker hook's progress store on its own. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/numbers';
import type { Lang } from '../../i18n';
import type { ToolsMessages } from '../../i18n/tools/en';
import type { Progress, ProgressStore } from './useFitWorker';

export function ProgressView({ store, lang, t }: { store: ProgressStore; lang: Lang; t: ToolsMessages }) {
  const [p, setP] = useState<Progress | null>(store.get());
  // When the current phase started, for a rough time-left estimate.
  const phaseStart = useRef<{ phase: string; at: number } | null>(null);
  useEffect(() => store.subscribe(setP), [store]);
  const percent = p && p.total > 0 ? Math.round((1000 * p.done) / p.total) / 10 : 0;
  let left = '';
  if (p) {
    const now = typeof performance === 'undefined' ? 0 : performance.now();
    if (phaseStart.current?.phase !== p.phase) phaseStart.current = { phase: p.phase, at: now };
    const elapsed = (now - phaseStart.current.at) / 1000;
    if (p.done > 0 && p.done < p.total && elapsed > 2) left = ` ${t.panel.timeLeft(formatNumber(Math.max(1, (elapsed * (p.total - p.done)) / p.done), lang, 2))}`;
  }
  return (
    <div class="fit-progress" hidden={!p}>
      <label for="fit-progress-bar">{p ? `${(p.phase === 'fit' ? t.panel.progressFit : t.panel.progressBoot)(p.done, p.total)}${left}` : ''}</label>
      <progress id="fit-progress-bar" max={100} value={percent} data-fit-progress />
    </div>
  );
}
