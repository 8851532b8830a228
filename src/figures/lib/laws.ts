/**
 * The words for the engine's laws and tables (issue 14 §2: the engine speaks numbers, the figures word them): each
 * law's name, short name, note and citation, keyed like the engine's LAWS, and the labels of Hoffmann et al. 2022
 * Table 2's rows, keyed like APPROACH_EXPONENTS.
 */
import type { ApproachExponentRow } from '../../engine/chinchilla-tables';
import type { DeepseekTable4Id, ExponentComparisonRow } from '../../engine/chinchilla-approaches';
import type { TypoTreatment } from '../../engine/chinchilla-tables';
import type { LawKey } from '../../engine/chinchilla';
import type { PlannerLawKey } from '../../engine/planner';
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
      zh: '基于从 Hoffmann 原文图 4 提取的 240 个点重新拟合；E 的第 4 位小数未经核实。',
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

/** Row labels of DeepSeek-AI 2024 Table 4 (the data set behind each exponent pair), keyed like DEEPSEEK_TABLE4. */
export const DEEPSEEK_TABLE4_LABELS: Record<DeepseekTable4Id, Localized> = {
  openai: { en: 'OpenAI (OpenWebText2)', zh: 'OpenAI（OpenWebText2）' },
  chinchilla: { en: 'Chinchilla (MassiveText)', zh: 'Chinchilla（MassiveText）' },
  early: { en: 'DeepSeek (early data)', zh: 'DeepSeek（早期数据）' },
  current: { en: 'DeepSeek (current data)', zh: 'DeepSeek（当前数据）' },
  openwebtext2: { en: 'DeepSeek (OpenWebText2)', zh: 'DeepSeek（OpenWebText2）' },
};

/** Row labels of approachExponentComparison (printed vs recomputed exponents), keyed by row id. */
export const EXPONENT_ROW_LABELS: Record<ExponentComparisonRow['id'], Localized> = {
  approach1: { en: 'Approach 1 · training curves', zh: '方法一 · 训练曲线' },
  approach2: { en: 'Approach 2 · IsoFLOP', zh: '方法二 · IsoFLOP' },
  approach3: { en: 'Approach 3 · parametric', zh: '方法三 · 参数化拟合' },
  approach3Rounded: { en: 'Approach 3 · eq (4), printed constants', zh: '方法三 · 原文式（4），印刷常数' },
  approach3Unrounded: { en: 'Approach 3 · eq (4), TeX constants', zh: '方法三 · 原文式（4），TeX 源码常数' },
  besiroglu2024: { en: 'Epoch refit (Besiroglu 2024)', zh: 'Epoch 重新拟合（Besiroglu 2024）' },
  kaplan: { en: 'Kaplan et al. 2020', zh: 'Kaplan 等 2020' },
  deepseek: { en: 'DeepSeek LLM (current data)', zh: 'DeepSeek LLM（当前数据）' },
};

/**
 * How the engine recomputed a row of approachExponentComparison, in words; `typo` is the treatment of Table A3's
 * 175B row that the comparison was computed with. Example: the approach1 row → "fit through Table 3 (9 rows)".
 */
export function exponentRowMethod(row: Pick<ExponentComparisonRow, 'id' | 'recomputed'>, typo: TypoTreatment): Localized {
  const n = row.recomputed.rows;
  const typoNote: Record<TypoTreatment, Localized> = {
    exclude: { en: 'no 175B', zh: '去掉 175B' },
    printed: { en: '175B as printed', zh: '175B 按印刷值' },
    corrected: { en: '175B corrected', zh: '175B 已改正' },
  };
  switch (row.id) {
    case 'approach1':
      return { en: `fit through Table 3 (${n} rows)`, zh: `拟合原文表 3（${n} 行）` };
    case 'approach2':
      return { en: `fit through Table A3 (${n} rows)`, zh: `拟合原文表 A3（${n} 行）` };
    case 'approach3':
      return { en: `fit through Table A3 (${n} rows, ${typoNote[typo].en})`, zh: `拟合原文表 A3（${n} 行，${typoNote[typo].zh}）` };
    case 'approach3Rounded':
      return { en: 'β/(α+β), α = 0.34, β = 0.28 (eq. 10)', zh: 'β/(α+β)，α = 0.34、β = 0.28（原文式 10）' };
    case 'approach3Unrounded':
      return { en: 'β/(α+β), α = 0.33917, β = 0.28491', zh: 'β/(α+β)，α = 0.33917、β = 0.28491' };
    case 'besiroglu2024':
      return { en: 'β/(α+β), α = 0.3478, β = 0.3658', zh: 'β/(α+β)，α = 0.3478、β = 0.3658' };
    case 'kaplan':
      return { en: 'his Table 6 (non-embedding N)', zh: '原文表 6（非嵌入参数）' };
    case 'deepseek':
      return { en: 'their eq. (4); M = FLOPs/token, not N', zh: '原文式（4）；用 M（每词元 FLOPs）而非 N' };
  }
}

/** Names of the compute planner's allocation rules, keyed like the engine's PLANNER_LAW_INFO. */
export const PLANNER_LAW_NAMES: Record<PlannerLawKey, Localized> = {
  hoffmann2022: { en: 'Hoffmann 2022, unrounded', zh: 'Hoffmann 2022，未舍入' },
  hoffmann2022Rounded: { en: 'Hoffmann 2022, as printed', zh: 'Hoffmann 2022，印刷值' },
  besiroglu2024: { en: 'Besiroglu 2024 refit', zh: 'Besiroglu 2024 重新拟合' },
  approach1: { en: 'Approach 1 power law', zh: '方法一幂律' },
  approach2: { en: 'Approach 2 power law', zh: '方法二幂律' },
  kaplan: { en: 'Kaplan 2020 (non-embedding)', zh: 'Kaplan 2020（非嵌入参数）' },
};
