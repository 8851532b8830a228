/**
 * The engine's laws and tables for figures still in the first shape (issue 14): the same words as the catalogues
 * src/i18n/laws/<lang>.ts, as `Localized` pairs, plus each law's citation. Model figures read the catalogues directly;
 * this module goes when the last legacy figure is converted.
 */
import type { ApproachExponentRow } from '../../engine/chinchilla-tables';
import type { DeepseekTable4Id, ExponentComparisonRow } from '../../engine/chinchilla-approaches';
import type { TypoTreatment } from '../../engine/chinchilla-tables';
import type { LawKey } from '../../engine/chinchilla';
import type { PlannerLawKey } from '../../engine/planner';
import type { SourceStatus } from '../../engine/provenance';
import type { Lang, Localized } from '../../i18n';
import en, { type LawMessages } from '../../i18n/laws/en';
import zh from '../../i18n/laws/zh';

/** Both languages of one entry of the laws catalogue. */
function both<T>(get: (m: LawMessages) => T): { zh: T; en: T } {
  return { zh: get(zh), en: get(en) };
}

function record<K extends string>(keys: readonly K[], get: (m: LawMessages, k: K) => string): Record<K, Localized> {
  return Object.fromEntries(keys.map((k) => [k, both((m) => get(m, k))])) as Record<K, Localized>;
}

/** Citation of each law in LAWS (not words: paper titles and places stay as published). */
const LAW_SOURCES: Record<LawKey, { paper: string; arxiv: string; where: string }> = {
  hoffmann2022: {
    paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
    arxiv: '2203.15556',
    where: 'eq (10), App. D.2; unrounded values from the TeX source as used in epoch-research/analyzing-chinchilla',
  },
  hoffmann2022Rounded: {
    paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
    arxiv: '2203.15556',
    where: 'eq (10), App. D.2',
  },
  besiroglu2024: {
    paper: 'Besiroglu, Erdil, Barnett, You 2024, Chinchilla Scaling: A replication attempt',
    arxiv: '2404.10102',
    where: 'headline refit (quoted by secondary sources); repo epoch-research/analyzing-chinchilla prints E = 1.81686',
  },
};

const LAW_STATUS: Record<LawKey, SourceStatus> = { hoffmann2022: 'R', hoffmann2022Rounded: 'P', besiroglu2024: 'S' };

/** Bilingual name, citation and status of each law in LAWS. */
export const LAW_INFO: Record<LawKey, { name: Localized; shortName: Localized; source: { paper: string; arxiv: string; where: string }; status: SourceStatus; note: Localized }> =
  Object.fromEntries(
    (Object.keys(LAW_SOURCES) as LawKey[]).map((k) => [
      k,
      { name: both((m) => m.law[k].name), shortName: both((m) => m.law[k].shortName), source: LAW_SOURCES[k], status: LAW_STATUS[k], note: both((m) => m.law[k].note) },
    ]),
  ) as never;

/**
 * Short display name of a law key in one language. Example: lawName('besiroglu2024', 'en') → "Besiroglu 2024".
 */
export function lawName(key: LawKey, lang: Lang): string {
  const info = LAW_INFO[key];
  if (!info) throw new RangeError(`Unknown law "${String(key)}".`);
  return info.shortName[lang];
}

/** Row labels of Hoffmann et al. 2022 Table 2 (and Table A2's IsoFLOP rows), keyed like APPROACH_EXPONENTS. */
export const APPROACH_LABELS = record(Object.keys(en.approach) as ApproachExponentRow['id'][], (m, k) => m.approach[k]);

/** Row labels of DeepSeek-AI 2024 Table 4 (the data set behind each exponent pair), keyed like DEEPSEEK_TABLE4. */
export const DEEPSEEK_TABLE4_LABELS = record(Object.keys(en.deepseekTable4) as DeepseekTable4Id[], (m, k) => m.deepseekTable4[k]);

/** Row labels of approachExponentComparison (printed vs recomputed exponents), keyed by row id. */
export const EXPONENT_ROW_LABELS = record(Object.keys(en.exponentRow) as ExponentComparisonRow['id'][], (m, k) => m.exponentRow[k]);

/** How the engine recomputed a row of approachExponentComparison, in one catalogue's words. */
export function exponentRowMethodIn(m: LawMessages, row: Pick<ExponentComparisonRow, 'id' | 'recomputed'>, typo: TypoTreatment): string {
  const n = row.recomputed.rows ?? 0;
  const w = m.exponentMethod;
  switch (row.id) {
    case 'approach1':
      return w.approach1(n);
    case 'approach2':
      return w.approach2(n);
    case 'approach3':
      return w.approach3(n, w.typo[typo]);
    default:
      return w[row.id];
  }
}

/**
 * How the engine recomputed a row of approachExponentComparison, in words; `typo` is the treatment of Table A3's
 * 175B row that the comparison was computed with. Example: the approach1 row → "fit through Table 3 (9 rows)".
 */
export function exponentRowMethod(row: Pick<ExponentComparisonRow, 'id' | 'recomputed'>, typo: TypoTreatment): Localized {
  return both((m) => exponentRowMethodIn(m, row, typo));
}

/** Names of the compute planner's allocation rules, keyed like the engine's PLANNER_LAW_INFO. */
export const PLANNER_LAW_NAMES = record(Object.keys(en.planner) as PlannerLawKey[], (m, k) => m.planner[k]);
