/**
 * The interactive part of a figure frame: notices, warnings, readouts, controls, actions and the data table.
 * Astro renders it to static HTML at build time (no client directive, so no Astro island script); the browser
 * renders the same tree over that HTML when the reader first touches the figure (see island.tsx), so nodes,
 * focus and anything already typed survive.
 */
import { Component, type ComponentType, type JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { FrameMessages } from '../../i18n/frame/en';
import { CONTENT_LICENSE } from '../../lib/license';
import { formatCell } from '../../figures/lib/format';
import { formatValue, isUsed, SLIDER_KEYS, sliderRange, toSlider, type AnyValue, type ParamSpec, type SliderKey } from '../../figures/lib/params';
import type { DataTable, ParamWords, Readout } from '../../figures/lib/types';

export interface FigureHandlers {
  /** A slider moved to `position`; returns the value the figure shows for it after the move (kept when refused). */
  slider(name: string, position: number): number | undefined;
  /** A slider key (arrows, PageUp/PageDown, Home/End): moves to the next distinct value, see stepValue. */
  sliderKey(name: string, key: SliderKey): void;
  text(name: string, text: string): void;
  commitText(name: string): void;
  choice(name: string, value: string): void;
  toggle(name: string, on: boolean): void;
  reset(): void;
  copyLink(): void;
  download(kind: 'svg' | 'png' | 'csv'): void;
  cite(): void;
  copyCitation(): void;
  /** Copies the <iframe> snippet that embeds the figure with its current settings. */
  embed(): void;
}

export interface FigureUIProps {
  id: string;
  lang: Lang;
  schema: Record<string, ParamSpec>;
  /** The words of each control in the page's language (src/figures/lib/words.ts). */
  words: Record<string, ParamWords>;
  values: Record<string, AnyValue>;
  /** Text-field contents while the reader types; defaults to the formatted values. */
  texts?: Record<string, string>;
  /** The frame's words in the page's language (src/i18n/frame/<lang>.ts). */
  frame: FrameMessages;
  /** Per-field error messages for what the reader typed, in words. */
  errors?: Record<string, string | undefined>;
  /** Values from the URL that were ignored, and why in words. */
  notices: { param: string; value: string; text: string }[];
  /** A transient status line ("Link copied", "could not draw"). */
  status?: string;
  readouts: Readout[];
  warnings: string[];
  table: DataTable;
  /** The citation text, shown once the reader asks for it. */
  citation?: string;
  /** Link to the figure's own page, or to its chapter on the standalone page. */
  elsewhere?: { href: string; label: string };
  /** On an embed page: no actions, only a link to the figure's own page (in a new tab) and the license. */
  embed?: boolean;
  /**
   * Whether the page's HTML carries the data table's rows (a figure's own page and its embed page, where they are what
   * a reader without JavaScript reads). A chapter's figures leave them out: the browser fills a table when it is opened
   * (DataDetails).
   */
  rowsInPage?: boolean;
  handlers?: FigureHandlers;
}

/**
 * `render` as a component that renders again only when a prop changed (compared with ===), as preact/compat's `memo`
 * does without loading compat. An update changes one control of a figure's few: the others are left as they are
 * (the frame's handlers keep their identity, island.tsx).
 */
function pure<P extends object>(render: (props: P) => JSX.Element): ComponentType<P> {
  return class Pure extends Component<P> {
    shouldComponentUpdate(next: P): boolean {
      const before = this.props as Record<string, unknown>;
      const after = next as Record<string, unknown>;
      for (const k in after) if (after[k] !== before[k]) return true;
      for (const k in before) if (!(k in after)) return true;
      return false;
    }
    render(props: P) {
      return render(props);
    }
  };
}

function QuantityControl(props: {
  id: string;
  name: string;
  spec: Extract<ParamSpec, { kind: 'quantity' | 'list' }>;
  words: ParamWords;
  lang: Lang;
  value: AnyValue;
  text: string;
  error?: string;
  handlers?: FigureHandlers;
  used?: boolean;
}) {
  const { id, name, spec, words, lang, value, text, error, handlers, used = true } = props;
  const fieldId = `${id}-${name}`;
  const errorId = `${fieldId}-error`;
  const helpId = `${fieldId}-help`;
  const unit = words.unit;
  const describedBy = [error ? errorId : '', words.help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div
      class={`ctl ctl-${spec.kind}${error ? ' invalid' : ''}${used ? '' : ' ctl-unused'}`}
      data-used-when={spec.usedWhen ? `${spec.usedWhen.param}=${spec.usedWhen.values.join('|')}` : undefined}
    >
      <label for={fieldId}>
        {words.label}
        {unit && <span class="unit">{` (${unit})`}</span>}
      </label>
      <div class="ctl-row">
        {spec.kind === 'quantity' && spec.slider !== false && (
          <input
            type="range"
            min={sliderRange(spec).min}
            max={sliderRange(spec).max}
            value={toSlider(spec, value as number)}
            aria-label={`${words.label}${unit ? ` (${unit})` : ''}`}
            aria-valuetext={formatValue(spec, value, lang) + (unit ? ` ${unit}` : '')}
            data-param={name}
            onInput={(e) => {
              const el = e.currentTarget as HTMLInputElement;
              const shown = handlers?.slider(name, Number(el.value));
              // The thumb goes to the position of the value the figure now shows (the one it picked, or the one it kept
              // when the move was refused): this control is not rendered again when its props stay the same.
              if (shown !== undefined) el.value = String(toSlider(spec, shown));
            }}
            onKeyDown={(e) => {
              // Before the island is there, the browser moves the thumb itself and the loader reads the move.
              if (!handlers || e.altKey || e.ctrlKey || e.metaKey || !(SLIDER_KEYS as readonly string[]).includes(e.key)) return;
              e.preventDefault();
              handlers.sliderKey(name, e.key as SliderKey);
            }}
          />
        )}
        <input
          type="text"
          id={fieldId}
          class="ctl-text"
          value={text}
          inputMode="text"
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          data-param={name}
          onInput={(e) => handlers?.text(name, (e.currentTarget as HTMLInputElement).value)}
          onBlur={() => handlers?.commitText(name)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              handlers?.commitText(name);
            }
          }}
        />
      </div>
      {words.help && (
        <p class="ctl-help" id={helpId}>
          {words.help}
        </p>
      )}
      {error && (
        <p class="ctl-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

function Control(props: {
  id: string;
  name: string;
  spec: ParamSpec;
  words: ParamWords;
  lang: Lang;
  value: AnyValue;
  text: string;
  error?: string;
  handlers?: FigureHandlers;
  used?: boolean;
}): JSX.Element {
  const { id, name, spec, words, value, handlers } = props;
  const fieldId = `${id}-${name}`;
  if (spec.kind === 'choice') {
    return (
      <div class="ctl ctl-choice">
        <label for={fieldId}>{words.label}</label>
        <select
          id={fieldId}
          value={String(value)}
          data-param={name}
          onChange={(e) => handlers?.choice(name, (e.currentTarget as HTMLSelectElement).value)}
          aria-describedby={words.help ? `${fieldId}-help` : undefined}
        >
          {spec.options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {words.options?.[o.value] ?? o.value}
            </option>
          ))}
        </select>
        {words.help && (
          <p class="ctl-help" id={`${fieldId}-help`}>
            {words.help}
          </p>
        )}
      </div>
    );
  }
  if (spec.kind === 'boolean') {
    return (
      <div class="ctl ctl-boolean">
        <label>
          <input
            type="checkbox"
            id={fieldId}
            checked={!!value}
            data-param={name}
            onChange={(e) => handlers?.toggle(name, (e.currentTarget as HTMLInputElement).checked)}
            aria-describedby={words.help ? `${fieldId}-help` : undefined}
          />{' '}
          {words.label}
        </label>
        {words.help && (
          <p class="ctl-help" id={`${fieldId}-help`}>
            {words.help}
          </p>
        )}
      </div>
    );
  }
  return <QuantityControl {...props} spec={spec} />;
}

const PureControl = pure(Control);

/**
 * The plotted data as a table (also the text alternative to the picture). In the browser its rows are drawn only while
 * it is open: a closed table is not rebuilt on every slider move (a few hundred cells cost more than the SVG), and it is
 * filled the moment the reader opens it. The server writes the rows only where `rowsInPage`: a chapter leaves its
 * figures' rows out of its HTML (zh/chinchilla: 5,600 of its 15,000 elements and 21 of its 113 KB gzip, all to be
 * parsed before the page shows), and a table opened there fills once the figure has woken (the tap or the focus on its
 * summary wakes it). Without JavaScript a chapter hides the empty table, and its note under the figure names the
 * figure's own page, where the rows are (Figure.astro).
 */
function DataDetails(props: { id: string; lang: Lang; frame: FrameMessages; table: DataTable; rowsInPage: boolean }) {
  const { id, lang, frame, table, rowsInPage } = props;
  const [open, setOpen] = useState(false);
  const firstRender = useRef(true);
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    firstRender.current = false;
    // Opening the table may be what woke the figure (a tap on its summary): the server's table is open by then, and
    // its toggle event has passed. Start from what the page shows, or the rows would be dropped under an open summary.
    if (details.current?.open) setOpen(true);
  }, []);
  // The first render matches the page's HTML, where hydration starts.
  const rows = open || (firstRender.current && rowsInPage);
  return (
    <details ref={details} class={rowsInPage ? 'fig-data' : 'fig-data fig-data-later'} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{`${frame.ui['figure.dataTable']} (${table.rows.length} ${frame.ui['figure.rows']})`}</summary>
      <div class="fig-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-table-label fig-${id}-title`}>
        <span class="visually-hidden" id={`${id}-table-label`}>
          {frame.ui['figure.dataTable']}
        </span>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th scope="col">{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows &&
              table.rows.map((row) => (
                <tr>
                  {table.columns.map((c) => {
                    const v = row[c.key];
                    return <td class={typeof v === 'number' ? 'num' : undefined}>{v === undefined ? '' : formatCell(c, v, lang)}</td>;
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function FigureUI(props: FigureUIProps) {
  const {
    id,
    lang,
    frame,
    schema,
    words,
    values,
    texts = {},
    errors = {},
    notices,
    status,
    readouts,
    warnings,
    table,
    citation,
    elsewhere,
    embed,
    rowsInPage = true,
    handlers,
  } = props;
  const names = Object.keys(schema);
  return (
    <div class="fig-ui">
      <div class="fig-status" role="status" aria-live="polite">
        {notices.map((n) => (
          <p class="fig-notice">
            <strong>{frame.ui['figure.ignored']}</strong> <code>{n.param}</code>
            {n.value !== '' && (
              <>
                {' = '}
                <code>{n.value}</code>
              </>
            )}
            {frame.colon}
            {n.text}
          </p>
        ))}
        {status && <p class="fig-transient">{status}</p>}
      </div>
      {warnings.length > 0 && (
        <div class="fig-warnings">
          {warnings.map((w) => (
            <p>{w}</p>
          ))}
        </div>
      )}
      {readouts.length > 0 && (
        <dl class="fig-readouts">
          {readouts.map((r) => (
            <div class={r.tone === 'warn' ? 'readout warn' : 'readout'}>
              <dt>{r.label}</dt>
              <dd>
                {r.href ? (
                  <a href={r.href} {...(embed ? { target: '_blank', rel: 'noopener' } : {})}>
                    {r.value}
                  </a>
                ) : (
                  r.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {names.length > 0 && (
        <form class="fig-controls" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-controls-label fig-${id}-title`}>
          <span class="visually-hidden" id={`${id}-controls-label`}>
            {frame.ui['figure.controls']}
          </span>
          {names.map((name) => {
            const spec = schema[name];
            const value = values[name];
            const text = texts[name] ?? (spec.kind === 'quantity' || spec.kind === 'list' ? formatValue(spec, value, lang) : '');
            return (
              <PureControl
                id={id}
                name={name}
                spec={spec}
                words={words[name]}
                lang={lang}
                value={value}
                text={text}
                error={errors[name]}
                handlers={handlers}
                used={isUsed(spec, values)}
              />
            );
          })}
          <div class="ctl ctl-reset">
            <button type="button" class="btn" onClick={() => handlers?.reset()}>
              {frame.ui['figure.reset']}
            </button>
          </div>
        </form>
      )}
      {!embed && (
        <div class="fig-actions">
          <button type="button" class="btn" data-action="copy-link" onClick={() => handlers?.copyLink()}>
            {frame.ui['figure.copyLink']}
          </button>
          <span class="btn-group" role="group" aria-label={frame.ui['figure.downloadLabel']}>
            <span class="btn-group-label" aria-hidden="true">
              {frame.ui['figure.downloadLabel']}
            </span>
            {(['svg', 'png', 'csv'] as const).map((kind) => (
              <button
                type="button"
                class="btn"
                data-action={`download-${kind}`}
                aria-label={`${frame.ui['figure.downloadLabel']} ${kind.toUpperCase()}`}
                onClick={() => handlers?.download(kind)}
              >
                {kind.toUpperCase()}
              </button>
            ))}
          </span>
          <button type="button" class="btn" data-action="cite" aria-expanded={citation ? 'true' : 'false'} onClick={() => handlers?.cite()}>
            {frame.ui['figure.cite']}
          </button>
          <button type="button" class="btn" data-action="embed" onClick={() => handlers?.embed()}>
            {frame.ui['figure.embed']}
          </button>
          {elsewhere && (
            <a class="fig-elsewhere" href={elsewhere.href}>
              {elsewhere.label}
            </a>
          )}
        </div>
      )}
      {citation && (
        <div class="fig-cite">
          <label for={`${id}-citation`}>{frame.ui['figure.citeTitle']}</label>
          <textarea id={`${id}-citation`} readOnly rows={3} value={citation} />
          <button type="button" class="btn" onClick={() => handlers?.copyCitation()}>
            {frame.ui['figure.citeCopy']}
          </button>
        </div>
      )}
      <DataDetails id={id} lang={lang} frame={frame} table={table} rowsInPage={rowsInPage} />
      {embed && (
        <p class="fig-embed-foot">
          {elsewhere && (
            <a class="fig-elsewhere" href={elsewhere.href} target="_blank" rel="noopener">
              {elsewhere.label}
              <span class="visually-hidden"> {frame.ui['figure.newTab']}</span>
            </a>
          )}
          <span aria-hidden="true">{' · '}</span>
          <a rel="license noopener" href={CONTENT_LICENSE.url} target="_blank" data-license>
            {CONTENT_LICENSE.name}
            <span class="visually-hidden"> {frame.ui['figure.newTab']}</span>
          </a>
        </p>
      )}
    </div>
  );
}
