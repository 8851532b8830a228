// Figures built on shipped data name their data sets (`data` in the definition, src/data/sources.ts): the frame links the
// source line to each one's entry on the data page, and "cite this figure" names the data, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASET_SOURCES, OBSSCALING_COMMIT } from '../../../src/data/sources';
import { FIGURES, getFigure } from '../../../src/figures/lib/registry';
import { citationText, datasetCitation } from '../../../src/figures/lib/citation';
import frameEn from '../../../src/i18n/frame/en';
import frameZh from '../../../src/i18n/frame/zh';
import datasetsEn from '../../../src/i18n/cite/en';
import datasetsZh from '../../../src/i18n/cite/zh';

const root = join(__dirname, '../../..');

describe('the data a figure is built on (its definition’s `data`)', () => {
  it('the real-data figures name their data sets; figures drawn from papers’ formulas name none', () => {
    expect(getFigure('benchmarks-vs-compute').data).toEqual(['obsscaling-benchmarks']);
    expect(getFigure('real-emergence').data).toEqual(['obsscaling-emergent', 'obsscaling-benchmarks']);
    expect(getFigure('model-gallery').data).toEqual(['obsscaling-benchmarks']);
    expect(getFigure('isoflop').data).toBeUndefined();
    expect(getFigure('mirage').data).toBeUndefined();
    for (const [id, def] of FIGURES) for (const d of def.data ?? []) expect(DATASET_IDS, id).toContain(d);
  });

  it('every data set id is an anchor of the data page, and the ObsScaling commit is the one the data module records (4d6e1e4)', () => {
    const page = readFileSync(join(root, 'src/pages/[lang]/data/index.astro'), 'utf8');
    const ids = [...page.matchAll(/^\s{4}id: '([\w-]+)',$/gm)].map((m) => m[1]);
    expect(ids).toEqual([...DATASET_IDS]);
    expect(page).toContain('id={s.id}');
    const generated = readFileSync(join(root, 'src/data/obsscaling.ts'), 'utf8');
    expect(generated).toContain(`commit ${OBSSCALING_COMMIT.slice(0, 7)}`);
    expect(DATASET_SOURCES['obsscaling-benchmarks'].commit).toBe('4d6e1e4');
  });

  it('datasetCitation words each data set with authors, repository, file, commit and license, in both languages', () => {
    expect(datasetCitation(['obsscaling-benchmarks'], datasetsEn, frameEn)).toBe(
      'Data: Ruan, Maddison & Hashimoto 2024, ObsScaling (ryoungj/ObsScaling, eval_results/base_llm_benchmark_eval.csv, commit 4d6e1e4, Apache-2.0)',
    );
    expect(datasetCitation(['obsscaling-emergent', 'obsscaling-benchmarks'], datasetsZh, frameZh)).toBe(
      '数据：Ruan、Maddison 和 Hashimoto，2024，ObsScaling（ryoungj/ObsScaling，eval_results/base_llm_emergent_capability_eval.csv，提交 4d6e1e4，Apache-2.0）；' +
        'Ruan、Maddison 和 Hashimoto，2024，ObsScaling（ryoungj/ObsScaling，eval_results/base_llm_benchmark_eval.csv，提交 4d6e1e4，Apache-2.0）',
    );
    // No commit recorded, no license file published: said so, not left blank.
    expect(datasetCitation(['chinchilla-runs'], datasetsEn, frameEn)).toBe(
      'Data: Hoffmann et al. 2022, Fig. 4, extracted by Besiroglu, Erdil, Barnett & You 2024 (epoch-research/analyzing-chinchilla, data/svg_extracted_data.csv, no license file published)',
    );
    expect(datasetCitation(['chinchilla-runs'], datasetsZh, frameZh)).toContain('未发布许可证文件');
    expect(datasetCitation(undefined, datasetsEn, frameEn)).toBeUndefined();
    expect(datasetCitation([], datasetsZh, frameZh)).toBeUndefined();
  });

  it('"cite this figure" ends with the data in both languages, and is unchanged for a figure without data', () => {
    const def = getFigure('model-gallery');
    const base = { def, values: {}, url: 'https://x/en/figures/model-gallery/', version: '1.0.0+abc', date: '2026-12-04' };
    const en = citationText({ ...base, title: 'Real models', words: datasetsEn, siteTitle: frameEn.ui['site.title'], data: datasetCitation(def.data, datasetsEn, frameEn) });
    expect(en).toMatch(
      /Licensed under CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. Data: Ruan, Maddison & Hashimoto 2024, ObsScaling \(.*commit 4d6e1e4, Apache-2\.0\)\.$/,
    );
    const zh = citationText({ ...base, title: '真实模型', words: datasetsZh, siteTitle: frameZh.ui['site.title'], data: datasetCitation(def.data, datasetsZh, frameZh) });
    expect(zh).toMatch(/许可（https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/）。数据：Ruan、Maddison 和 Hashimoto，2024，ObsScaling（.*提交 4d6e1e4，Apache-2\.0）。$/);
    const plain = getFigure('isoflop');
    const without = citationText({ ...base, def: plain, title: 'IsoFLOP', words: datasetsEn, siteTitle: 'S', data: datasetCitation(plain.data, datasetsEn, frameEn) });
    expect(without).toMatch(/\(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\.$/);
    expect(without).not.toContain('Data:');
  });

  it('both data-set catalogues name every data set (link text and authors); the frame catalogue a woken figure loads does not carry them', () => {
    for (const words of [datasetsEn, datasetsZh]) {
      expect(Object.keys(words.link).sort()).toEqual([...DATASET_IDS].sort());
      expect(Object.keys(words.authors).sort()).toEqual([...DATASET_IDS].sort());
    }
    for (const frame of [frameEn, frameZh]) expect(JSON.stringify(frame)).not.toContain('ObsScaling');
  });
});
