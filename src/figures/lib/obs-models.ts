/** Small helpers the real-data figures share over the ObsScaling data, src/data/obsscaling-*.ts (Ruan, Maddison & Hashimoto 2024). */
import { setAsideRow } from '../../data/obsscaling-set-aside';
import type { ObsSize } from '../../data/obsscaling-sizes';
import type { ReleaseMessages } from '../../i18n/release/en';
import { formatQuantity, type Lang } from '../../lib/numbers';
import { decadeDomain } from './domains';

/** The model's name without its Hugging Face organisation: meta-llama/Llama-2-13b-hf → Llama-2-13b-hf. */
export function modelName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Whole decades around every model that has training FLOPs, so an axis stays put when a figure's choices change. */
export function flopsDomain(models: readonly ObsSize[]): [number, number] {
  return decadeDomain(models.flatMap((m) => (m.flops === null ? [] : [m.flops])));
}

/** A release row set aside (src/data/obsscaling-set-aside.ts): the number its authors contradict, the release's value and theirs. */
export function setAsideOf(m: ObsSize) {
  const row = setAsideRow(m.id);
  // A row is set aside only when it has the numbers a plot needs, so the release's value is there.
  return row && { id: row.id, name: modelName(row.id), field: row.field, released: m[row.field]!, source: row.source };
}

/** Why that row is left out and whose number says so, in the reader's language: [reason, citation]. */
export function setAsideWords(a: NonNullable<ReturnType<typeof setAsideOf>>, words: ReleaseMessages, lang: Lang): [string, string] {
  const q = (x: number) => formatQuantity(x, lang);
  return [words.setAsideReason[a.field](q(a.released), q(a.source)), words.setAsidePaper[a.id]];
}
