import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '__snapshots__');

/**
 * Normalises an SVG the way Observable Plot's own tests do: numbers rounded to 3 decimals, generated ids
 * renumbered in order of appearance, one element per line, so a diff shows what really changed.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  let out = svg.replace(/\b(id|href)="#?([^"]*-\d+)"/g, (_m, attr: string, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return `${attr}="${attr === 'href' ? '#' : ''}${ids.get(id)}"`;
  });
  out = out.replace(/url\(#([^)]*-\d+)\)/g, (_m, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return `url(#${ids.get(id)})`;
  });
  out = out.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(+(+n).toFixed(3)));
  return out.replace(/></g, '>\n<');
}

/**
 * Compares `actual` with the stored snapshot `<name>.svg`. On a mismatch writes `<name>-changed.svg` beside it
 * (for a reviewer to open both) and returns false. A missing snapshot is written only when UPDATE_SNAPSHOTS=1;
 * otherwise it is a failure, so CI never passes by writing its own expectations.
 */
export function matchSnapshot(name: string, actual: string): { ok: boolean; message: string } {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      writeFileSync(file, actual);
      return { ok: true, message: `wrote ${file}` };
    }
    writeFileSync(changed, actual);
    return { ok: false, message: `no stored snapshot ${file}; run UPDATE_SNAPSHOTS=1 npx vitest run tests/unit/figures to create it (draft at ${changed})` };
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return { ok: true, message: 'same' };
  }
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    writeFileSync(file, actual);
    return { ok: true, message: `updated ${file}` };
  }
  writeFileSync(changed, actual);
  return { ok: false, message: `SVG differs from ${file}; see ${changed}` };
}
