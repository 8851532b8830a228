// The words the figure frame's actions write ("cite this figure", the CC BY 4.0 attribution) and the punctuation of the
// tips and the settings' summary come from the catalogues of the page's language (src/i18n/frame/<lang>.ts,
// src/i18n/cite/<lang>.ts, src/i18n/frame/punctuation.ts), not from `lang === 'zh'` in code. The texts below are the
// ones the code wrote before the words moved there, byte for byte, for real figures.
import { describe, expect, it } from 'vitest';
import { citationText, datasetCitation, loadCiteMessages } from '../../../src/figures/lib/citation';
import { describeValues } from '../../../src/figures/lib/format';
import type { AnyValue } from '../../../src/figures/lib/params';
import { tipText, type TipPart } from '../../../src/figures/lib/plot';
import { getFigure } from '../../../src/figures/lib/registry';
import datasetsEn from '../../../src/i18n/cite/en';
import datasetsZh from '../../../src/i18n/cite/zh';
import frameEn from '../../../src/i18n/frame/en';
import frameZh from '../../../src/i18n/frame/zh';
import { attributionHtml, attributionLine } from '../../../src/lib/attribution';

const FRAME = { en: frameEn, zh: frameZh };
const DATASETS = { en: datasetsEn, zh: datasetsZh };

/** Every parameter of the figure set explicitly, so the texts do not follow its defaults. */
const GALLERY: Record<string, AnyValue> = { budget: 5.76e23, highlight: 'chinchilla', law: 'approach1', show: 'both' };
const ISOFLOP: Record<string, AnyValue> = { target: 5.76e23, law: 'hoffmann2022', budgets: [6e18, 3e19, 1e20, 3e20, 1e21, 3e21], span: 1 };

function cite(id: string, values: Record<string, AnyValue>, lang: 'en' | 'zh'): string {
  const def = getFigure(id);
  expect(Object.keys(def.params).sort(), `${id}: the parameters this test sets`).toEqual(Object.keys(values).sort());
  const frame = FRAME[lang];
  return citationText({
    def,
    title: 'T',
    values,
    words: DATASETS[lang],
    url: 'https://u/',
    version: '1.2.3+abc',
    date: '2026-12-04',
    siteTitle: frame.ui['site.title'],
    data: datasetCitation(def.data, DATASETS[lang], frame),
  });
}

describe('"cite this figure", from the catalogues, reads as before', () => {
  it('a figure built on shipped data (model-gallery), in English and in Chinese', () => {
    expect(cite('model-gallery', GALLERY, 'en')).toBe(
      '“T.” Scaling Laws Explorer, figure model-gallery (parameters: budget=5.76e23, highlight=chinchilla, law=approach1, show=both). https://u/. ' +
        'Accessed 2026-12-04. Site version 1.2.3+abc. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). ' +
        'Data: Ruan, Maddison & Hashimoto 2024, ObsScaling (ryoungj/ObsScaling, eval_results/base_llm_benchmark_eval.csv, commit 4d6e1e4, Apache-2.0).',
    );
    expect(cite('model-gallery', GALLERY, 'zh')).toBe(
      '“T”，缩放定律探索，图 model-gallery（参数：budget=5.76e23, highlight=chinchilla, law=approach1, show=both），https://u/，访问于 2026-12-04，' +
        '网站版本 1.2.3+abc，采用 CC BY 4.0 许可（https://creativecommons.org/licenses/by/4.0/）。' +
        '数据：Ruan、Maddison 和 Hashimoto，2024，ObsScaling（ryoungj/ObsScaling，eval_results/base_llm_benchmark_eval.csv，提交 4d6e1e4，Apache-2.0）。',
    );
  });

  it('a figure drawn from a paper’s formulas, with a list parameter (isoflop), in English and in Chinese', () => {
    expect(cite('isoflop', ISOFLOP, 'en')).toBe(
      '“T.” Scaling Laws Explorer, figure isoflop (parameters: target=5.76e23, law=hoffmann2022, budgets=6e18,3e19,1e20,3e20,1e21,3e21, span=1). https://u/. ' +
        'Accessed 2026-12-04. Site version 1.2.3+abc. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    );
    expect(cite('isoflop', ISOFLOP, 'zh')).toBe(
      '“T”，缩放定律探索，图 isoflop（参数：target=5.76e23, law=hoffmann2022, budgets=6e18,3e19,1e20,3e20,1e21,3e21, span=1），https://u/，访问于 2026-12-04，' +
        '网站版本 1.2.3+abc，采用 CC BY 4.0 许可（https://creativecommons.org/licenses/by/4.0/）。',
    );
  });

  it('the actions’ catalogue the browser loads is the page language’s', async () => {
    expect(await loadCiteMessages('zh')).toBe(datasetsZh);
    expect(await loadCiteMessages('en')).toBe(datasetsEn);
  });
});

describe('the attribution line and its HTML, from the actions’ catalogue, read as before', () => {
  const url = 'https://x/?a=1&b=2';
  it('in English', () => {
    expect(attributionLine('IsoFLOP <曲线>', 'Scaling Laws Explorer', url, datasetsEn)).toBe('“IsoFLOP <曲线>”, Scaling Laws Explorer (https://x/?a=1&b=2), CC BY 4.0.');
    expect(attributionHtml('IsoFLOP <曲线>', 'Scaling Laws Explorer', url, datasetsEn)).toBe(
      '“IsoFLOP &lt;曲线&gt;”, Scaling Laws Explorer (<a href="https://x/?a=1&amp;b=2">https://x/?a=1&amp;b=2</a>), ' +
        '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.',
    );
  });
  it('in Chinese', () => {
    expect(attributionLine('IsoFLOP <曲线>', '缩放定律探索', url, datasetsZh)).toBe('“IsoFLOP <曲线>”，缩放定律探索（https://x/?a=1&b=2），CC BY 4.0。');
    expect(attributionHtml('IsoFLOP <曲线>', '缩放定律探索', url, datasetsZh)).toBe(
      '“IsoFLOP &lt;曲线&gt;”，缩放定律探索（<a href="https://x/?a=1&amp;b=2">https://x/?a=1&amp;b=2</a>），' +
        '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>。',
    );
  });
});

describe('the punctuation of tips and of the settings’ summary reads as before', () => {
  it('a tip’s lines', () => {
    const parts: TipPart[] = [
      ['Loss', 2.0123],
      ['N', 7e10, 'quantity'],
      ['', 'plain'],
    ];
    expect(tipText('en', parts)).toBe('Loss: 2.01\nN: 70B\nplain');
    expect(tipText('zh', parts)).toBe('Loss：2.01\nN：700亿\nplain');
  });
  it('the settings in a figure’s text alternative (isoflop; labelled by parameter name, as when a label is missing)', () => {
    const def = getFigure('isoflop');
    expect(describeValues(def, ISOFLOP, 'en', {})).toBe('target: 5.76e23; law: hoffmann2022; budgets: 6e18, 3e19, 1e20, 3e20, 1e21, 3e21; span: 1');
    expect(describeValues(def, ISOFLOP, 'zh', { law: { label: '拟合的损失律' } })).toBe(
      'target: 5.76e23；拟合的损失律: hoffmann2022；budgets: 6e18, 3e19, 1e20, 3e20, 1e21, 3e21；span: 1',
    );
  });
});
