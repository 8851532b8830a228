/**
 * Every figure, keyed by id. A figure is one file `src/figures/<id>.ts` whose default export is its definition;
 * adding the file is all it takes to register it (the file name must equal the id).
 * This eager registry is for build time and tests; the browser loads one figure at a time
 * (src/scripts/figure-loader.ts).
 */
import type { FigureDef } from './types';

const modules = import.meta.glob<{ default: FigureDef }>('../*.ts', { eager: true });

function build(): Map<string, FigureDef> {
  const map = new Map<string, FigureDef>();
  for (const [path, mod] of Object.entries(modules)) {
    const def = mod.default;
    const file = path.replace(/^\.\.\//, '').replace(/\.ts$/, '');
    if (!def || def.id !== file) throw new Error(`src/figures/${file}.ts must default-export a figure whose id is "${file}".`);
    map.set(def.id, def);
  }
  return map;
}

export const FIGURES: ReadonlyMap<string, FigureDef> = build();

export function getFigure(id: string): FigureDef {
  const def = FIGURES.get(id);
  if (!def) throw new Error(`No figure "${id}". Known figures: ${[...FIGURES.keys()].join(', ')}.`);
  return def;
}
