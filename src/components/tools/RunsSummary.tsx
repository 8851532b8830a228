/**
 * What the worker read: the status line (reading…, messages, warnings, how many runs), the skipped rows, and the column
 * mapping with a preview of the first rows.
 */
import { RUNS_MIN_FOR_FIT, type RunsMapping, type RunsRole } from '../../lib/runs-csv';
import { formatNumber } from '../../lib/numbers';
import type { Lang } from '../../i18n';
import type { ToolsMessages } from '../../i18n/tools/en';
import { describeRunsMessage } from './describe-runs';
import type { ParseSummary } from './fit-protocol';

/** A file this large gets a "reading…" line while the worker reads it (smaller ones are read before it would show). */
const READING_NOTICE_BYTES = 256 * 1024;
const ROLES: RunsRole[] = ['params', 'tokens', 'flops', 'loss'];

/** Where a table came from: a file (name and size) or a named built-in table; null for pasted text. */
export interface Source {
  name?: string;
  bytes?: number;
}

export interface Message {
  tone: 'info' | 'warn';
  text: string;
}

export function RunsStatus(props: { lang: Lang; t: ToolsMessages; reading: Source | null; message: Message | null; summary: ParseSummary | null; source: Source | null }) {
  const { lang, t, reading, message, summary, source } = props;
  const tooFew = summary?.runs && summary.runs.params.length < RUNS_MIN_FOR_FIT;
  return (
    <div class="fit-status" role="status" aria-live="polite" data-fit-status>
      {reading?.bytes !== undefined && reading.bytes >= READING_NOTICE_BYTES && (
        <p class="fit-message info" data-fit-reading>
          {t.panel.reading(reading.name ?? '', formatNumber(reading.bytes / 2 ** 20, lang, 2))}
        </p>
      )}
      {message && <p class={`fit-message ${message.tone}`}>{message.text}</p>}
      {summary?.warnings.map((w) => (
        <p class="fit-message warn" data-fit-warning={w.code}>
          {describeRunsMessage(w, t)}
        </p>
      ))}
      {summary?.runs && (
        <p data-fit-read data-parse-ms={Math.round(summary.parseMs)}>
          {source?.name ? t.panel.from(source.name) : ''}
          {t.panel.read(summary.runs.params.length, summary.rows)}
          {summary.tokensFrom === 'flops' && ` ${t.panel.fromFlops}`}
          {summary.encoding === 'gb18030' && ` ${t.panel.gb18030}`}
        </p>
      )}
      {tooFew && <p class="fit-message warn">{t.panel.tooFew(RUNS_MIN_FOR_FIT)}</p>}
    </div>
  );
}

export function SkippedRows({ t, summary }: { t: ToolsMessages; summary: ParseSummary }) {
  if (summary.badCount === 0) return null;
  return (
    <details class="fit-bad" open data-fit-bad>
      <summary>{t.panel.skipped(summary.badCount)}</summary>
      <ul>
        {summary.bad.map((b) => (
          <li>{describeRunsMessage(b, t)}</li>
        ))}
      </ul>
      {summary.badCount > summary.bad.length && <p>{t.panel.more(summary.badCount - summary.bad.length)}</p>}
    </details>
  );
}

export function ColumnMapping(props: { t: ToolsMessages; summary: ParseSummary; mapping: RunsMapping | null; onMapping(role: RunsRole, column: string): void }) {
  const { t, summary, mapping, onMapping } = props;
  const columnName = (i: number) => summary.header?.[i] || t.panel.column(i + 1);
  const columns = Array.from({ length: summary.columns }, (_, i) => i);
  return (
    <details class="fit-mapping" open={!summary.guessSure || !!summary.problem} data-fit-mapping>
      <summary>{t.panel.columns}</summary>
      {!summary.guessSure && <p class="fit-message warn">{t.panel.unsure}</p>}
      <div class="fit-columns">
        {ROLES.map((role) => (
          <label>
            <span>{t.panel.role[role]}</span>
            <select
              value={mapping?.[role] === null || mapping?.[role] === undefined ? '' : String(mapping[role])}
              data-role={role}
              onChange={(e) => onMapping(role, (e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.panel.none}</option>
              {columns.map((i) => (
                <option value={String(i)}>{columnName(i)}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {summary.preview.length > 0 && (
        <div class="fit-preview">
          <table>
            <thead>
              <tr>
                {columns.map((i) => (
                  <th scope="col">{columnName(i)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.preview.map((row) => (
                <tr>
                  {columns.map((i) => (
                    <td>{row[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
