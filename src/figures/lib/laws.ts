/**
 * The words for the engine's laws and tables (issue 14 §2: the engine speaks numbers, the figures word them): each
 * law's name, short name, note and citation, keyed like the engine's LAWS, and the labels of Hoffmann et al. 2022
 * Table 2's rows, keyed like APPROACH_EXPONENTS.
 */
import type { ApproachExponentRow } from '../../engine/chinchilla-tables';
import type { LawKey } from '../../engine/chinchilla';
import type { SourceStatus } from '../../engine/provenance';
import type { Lang, Localized } from '../../i18n';

/** Bilingual name, citation and status of each law in LAWS. */
export const LAW_INFO: Record<
  LawKey,
  {
    name: { zh: string; en: string };
    shortName: { zh: string; en: string };
    source: { paper: string; arxiv: string; where: string };
    status: SourceStatus;
    note: { zh: string; en: string };
  }
> = {
  hoffmann2022: {
    name: { en: 'Chinchilla fit (Hoffmann et al. 2022), unrounded', zh: 'Chinchilla 拟合（Hoffmann 等，2022），未舍入' },
    shortName: { en: 'Hoffmann 2022', zh: 'Hoffmann 2022' },
    source: {
      paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
      arxiv: '2203.15556',
      where: 'eq (10), App. D.2; unrounded values from the TeX source as used in epoch-research/analyzing-chinchilla',
    },
    status: 'R',
    note: {
      en: 'The unrounded constants reproduce the reported a = 0.46 and the 40B-parameter optimum at the Gopher budget.',
      zh: '未舍入的常数能复现论文报告的 a = 0.46，以及 Gopher 计算预算下 400 亿参数的最优规模。',
    },
  },
  hoffmann2022Rounded: {
    name: { en: 'Chinchilla fit (Hoffmann et al. 2022), as printed', zh: 'Chinchilla 拟合（Hoffmann 等，2022），论文印刷值' },
    shortName: { en: 'Hoffmann 2022 (rounded)', zh: 'Hoffmann 2022（舍入）' },
    source: {
      paper: 'Hoffmann et al. 2022, Training Compute-Optimal Large Language Models',
      arxiv: '2203.15556',
      where: 'eq (10), App. D.2',
    },
    status: 'P',
    note: {
      en: 'Rounded to E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28; the rounding shifts a to 0.45 and the Gopher-budget optimum to 32B.',
      zh: '舍入为 E = 1.69、A = 406.4、B = 410.7、α = 0.34、β = 0.28；舍入使 a 变为 0.45，Gopher 预算下的最优规模变为 320 亿。',
    },
  },
  besiroglu2024: {
    name: { en: 'Epoch replication (Besiroglu et al. 2024)', zh: 'Epoch 复现（Besiroglu 等，2024）' },
    shortName: { en: 'Besiroglu 2024', zh: 'Besiroglu 2024' },
    source: {
      paper: 'Besiroglu, Erdil, Barnett, You 2024, Chinchilla Scaling: A replication attempt',
      arxiv: '2404.10102',
      where: 'headline refit (quoted by secondary sources); repo epoch-research/analyzing-chinchilla prints E = 1.81686',
    },
    status: 'S',
    note: {
      en: 'Refit on 240 points extracted from Hoffmann Fig. 4; the 4th decimal of E is unverified.',
      zh: '基于从 Hoffmann 图 4 提取的 240 个点重新拟合；E 的第 4 位小数未经核实。',
    },
  },
};

/**
 * Short display name of a law key in one language. Example: lawName('besiroglu2024', 'en') → "Besiroglu 2024".
 */
export function lawName(key: LawKey, lang: Lang): string {
  const info = LAW_INFO[key];
  if (!info) throw new RangeError(`Unknown law "${String(key)}".`);
  return info.shortName[lang];
}

/** Row labels of Hoffmann et al. 2022 Table 2 (and Table A2's IsoFLOP rows), keyed like APPROACH_EXPONENTS. */
export const APPROACH_LABELS: Record<ApproachExponentRow['id'], Localized> = {
  approach1: { en: '1. Minimum over training curves', zh: '1. 训练曲线的最小值' },
  approach2: { en: '2. IsoFLOP profiles', zh: '2. IsoFLOP 剖面' },
  approach3: { en: '3. Parametric modelling of the loss', zh: '3. 损失的参数化建模' },
  kaplan: { en: 'Kaplan et al. (2020)', zh: 'Kaplan 等（2020）' },
  c4: { en: 'IsoFLOP on C4', zh: 'C4 上的 IsoFLOP' },
  github: { en: 'IsoFLOP on GitHub', zh: 'GitHub 上的 IsoFLOP' },
};
