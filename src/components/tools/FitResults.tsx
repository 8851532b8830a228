/**
 * A fit's results: the coefficients with their bootstrap intervals, the comparison with the published laws (exponents,
 * allocation exponent, optimal size at the Gopher budget), the fit's statistics and the download and link buttons.
 */
import { GOPHER_BUDGET } from '../../engine/budgets';
import { allocationExponents, type ChinchillaParams, computeOptimal, LAWS } from '../../engine/chinchilla';
import { formatNumber, formatQuantity, formatScientific } from '../../lib/numbers';
import type { Lang } from '../../i18n';
import type { ToolsMessages } from '../../i18n/tools/en';
import { COEFFICIENTS, SYMBOL } from '../../figures/lib/fit-runs';
import type { FitOutcome } from './fit-protocol';

export interface FitResultsProps {
  lang: Lang;
  t: ToolsMessages;
  /** The precomputed example's fit, or a fit the worker returned. */
  kind: 'example' | 'yours';
  outcome: FitOutcome;
  onJson(): void;
  onCsv(): void;
  onCopyLink(): void;
}

export function FitResults({ lang, t, kind, outcome, onJson, onCsv, onCopyLink }: FitResultsProps) {
  const n4 = (x: number) => formatNumber(x, lang, 4);
  const gopherOf = (law: ChinchillaParams) => {
    try {
      return formatQuantity(computeOptimal(law, GOPHER_BUDGET).params, lang, { digits: 3 });
    } catch {
      return '—';
    }
  };
  const compareLaws: Array<{ name: string; law: ChinchillaParams }> = [
    { name: t.panel.yourFit, law: outcome.law },
    ...(['hoffmann2022', 'hoffmann2022Rounded', 'besiroglu2024'] as const).map((key) => ({ name: t.laws.law[key].shortName, law: LAWS[key] })),
  ];
  const objective = formatScientific(outcome.objective, { digits: 4 });
  return (
    <section class="fit-results" aria-labelledby="fit-results-title" data-fit-results={kind}>
      <h3 id="fit-results-title">{kind === 'example' ? t.panel.resultsExample : t.panel.resultsYours(outcome.runs)}</h3>
      <div class="fit-tables">
        <table class="fit-coefficients">
          <thead>
            <tr>
              <th scope="col">{t.panel.coefficient}</th>
              <th scope="col">{t.panel.estimate}</th>
              <th scope="col">{outcome.intervals ? t.panel.interval(outcome.resamples) : t.panel.noInterval}</th>
            </tr>
          </thead>
          <tbody>
            {[...COEFFICIENTS, 'allocationExponent' as const].map((name) => {
              const value = name === 'allocationExponent' ? outcome.allocationExponent : outcome.law[name];
              const iv = outcome.intervals?.[name];
              return (
                <tr data-coefficient={name}>
                  <th scope="row">{name === 'allocationExponent' ? t.panel.allocation : SYMBOL[name]}</th>
                  <td class="num">{n4(value)}</td>
                  <td class="num">{iv ? `${n4(iv.lower)} – ${n4(iv.upper)}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table class="fit-compare">
          <caption>{t.panel.compare}</caption>
          <thead>
            <tr>
              <th scope="col">{t.panel.law}</th>
              <th scope="col">E</th>
              <th scope="col">α</th>
              <th scope="col">β</th>
              <th scope="col">a</th>
              <th scope="col">{t.panel.gopher}</th>
            </tr>
          </thead>
          <tbody>
            {compareLaws.map((row) => (
              <tr>
                <th scope="row">{row.name}</th>
                <td class="num">{n4(row.law.E)}</td>
                <td class="num">{n4(row.law.alpha)}</td>
                <td class="num">{n4(row.law.beta)}</td>
                <td class="num">{formatNumber(allocationExponents(row.law).a, lang, 3)}</td>
                <td class="num">{gopherOf(row.law)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="fit-help" data-fit-stats>
        {kind === 'example'
          ? t.panel.statsExample(objective, outcome.starts, outcome.convergedStarts)
          : t.panel.stats(objective, outcome.starts, outcome.convergedStarts, formatNumber(outcome.fitMs / 1000, lang, 3), formatNumber(outcome.bootstrapMs / 1000, lang, 3))}
      </p>
      <div class="fit-row">
        <button type="button" class="btn" data-fit-json onClick={onJson}>
          {t.panel.json}
        </button>
        <button type="button" class="btn" data-fit-csv onClick={onCsv}>
          {t.panel.csv}
        </button>
        <button type="button" class="btn" data-fit-link onClick={onCopyLink}>
          {t.panel.copyLink}
        </button>
      </div>
    </section>
  );
}
