/** The browser's view of the registry: one dynamic import per figure, so a page downloads only the figures it shows. */
import type { FigureDef } from './types';

const loaders = import.meta.glob<{ default: FigureDef }>('../*.ts');

export async function loadFigure(id: string): Promise<FigureDef> {
  const load = loaders[`../${id}.ts`];
  if (!load) throw new Error(`No figure "${id}".`);
  return (await load()).default;
}
