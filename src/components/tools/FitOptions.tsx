/** How to fit: the grid of starting points, the bootstrap's resamples, and the Fit and Cancel buttons. */
import type { ToolsMessages } from '../../i18n/tools/en';
import type { FitGrid } from './fit-protocol';

export interface FitOptionsProps {
  t: ToolsMessages;
  grid: FitGrid;
  resamples: string;
  canFit: boolean;
  canCancel: boolean;
  /** No table yet: say that the results below are the example's. */
  noData: boolean;
  onGrid(grid: FitGrid): void;
  onResamples(value: string): void;
  onFit(): void;
  onCancel(): void;
}

export function FitOptions({ t, grid, resamples, canFit, canCancel, noData, onGrid, onResamples, onFit, onCancel }: FitOptionsProps) {
  return (
    <div class="fit-options">
      <label>
        <span>{t.panel.grid}</span>
        <select value={grid} data-fit-grid onChange={(e) => onGrid((e.currentTarget as HTMLSelectElement).value as FitGrid)}>
          <option value="coarse">{t.panel.gridCoarse}</option>
          <option value="hoffmann">{t.panel.gridHoffmann}</option>
        </select>
      </label>
      <label>
        <span>{t.panel.resamples}</span>
        <input type="number" min={0} max={2000} step={1} value={resamples} data-fit-resamples onInput={(e) => onResamples((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="fit-buttons">
        <button type="button" class="btn primary" data-fit-run disabled={!canFit} onClick={onFit}>
          {t.panel.fit}
        </button>
        <button type="button" class="btn" data-fit-cancel disabled={!canCancel} onClick={onCancel}>
          {t.panel.cancel}
        </button>
      </div>
      <p class="fit-help">
        {t.panel.resamplesHelp}
        {noData && ` ${t.panel.needData}`}
      </p>
    </div>
  );
}
