import { describe, expect, it } from 'vitest';
import def, { type Messages } from '../../../src/figures/kaplan-allocation';
import { renderToString } from '../../../src/figures/lib/ssr';
import { captionsOf, messagesOf } from '../../../src/figures/lib/catalogue';
import { readState, type AnyValue } from '../../../src/figures/lib/params';

const render = (query = '', lang: 'en' | 'zh' = 'en') => renderToString(def, readState(def.params, query, '').values as Record<string, AnyValue>, lang).output;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const readout = (out: ReturnType<typeof render>, start: string) => out.readouts!.find((r) => r.label.startsWith(start))!.value;

describe('kaplan-allocation figure (Kaplan et al. 2020 Table 6, eqs 6.1–6.2, Fig. 14)', () => {
  it('at C_min = 1 PF-day the readouts are the Table 6 coefficients: N_e 1.3e9, D_e 2e10, B_e 2.0e6, S_e 5.4e3', () => {
    const out = render('budget=1');
    expect(readout(out, 'Compute budget')).toBe('1 PF-days = 8.64×10¹⁹ FLOPs');
    expect(readout(out, 'Parameters N_opt')).toBe('1.3B non-embedding params (×1)');
    expect(readout(out, 'Tokens D_opt')).toBe('20B tokens (1 epoch) (×1)');
    expect(readout(out, 'Critical batch')).toBe('2M tokens per batch (×1)');
    expect(readout(out, 'Minimum steps')).toBe('5,400 steps (×1)');
  });

  it('default 1000 PF-days = 8.64×10²² FLOPs: N ×155 = 201B (C^0.73), D ×6.46, B ×5.25, S ×1.23', () => {
    const out = render();
    expect(readout(out, 'Compute budget')).toBe('1000 PF-days = 8.64×10²² FLOPs');
    expect(readout(out, 'Parameters N_opt')).toBe('201B non-embedding params (×155)');
    expect(readout(out, 'Tokens D_opt')).toBe('129B tokens (1 epoch) (×6.46)');
    expect(readout(out, 'Critical batch')).toBe('10.5M tokens per batch (×5.25)');
    expect(readout(out, 'Minimum steps')).toBe('6,640 steps (×1.23)');
  });

  it('the caption corrects the seed: N_opt ∝ C^0.73 (eq 6.1, Table 6); 0.74 is D ∝ N^0.74 (eq 4.4)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const c = captionsOf(def, lang).caption;
      expect(c).toContain('C_min^0.73');
      expect(c).toContain('D ∝ N^0.74');
      expect(c).toMatch(/4\.4/);
      expect(c).not.toMatch(/N[^ ]* ∝ C[^ ]*\^0\.74/);
    }
    expect(captionsOf(def, 'en').source).toContain('Table 6');
  });

  it('the lines are C^p with the Table 6 exponents: growth at 10⁸ PF-days is 10^(8p)', () => {
    const rows = render().data.rows;
    const last = rows[rows.length - 1];
    expect(last.compute).toBe(1e8);
    expect((last.params as number) / 1.3e9).toBeCloseTo(10 ** (8 * 0.73), -1);
    expect((last.tokens as number) / 2e10 / 10 ** (8 * 0.27)).toBeCloseTo(1, 10);
    expect((last.steps as number) / 5.4e3 / 10 ** (8 * 0.03)).toBeCloseTo(1, 10);
  });

  it('warns past Kaplan’s largest model (1.5B, §3, reached at 1.22 PF-days) and past C* ≈ 10⁴ PF-days (eq 6.8)', () => {
    expect(render('budget=1').warnings).toEqual([]);
    expect(render('budget=1.3').warnings).toHaveLength(1);
    const far = render('budget=1e5').warnings!;
    expect(far).toHaveLength(2);
    expect(far[1]).toMatch(/eq 6\.8/);
    expect(render('budget=1e5', 'zh').warnings![1]).toMatch(/式 6\.8/);
  });

  it('model() alone, no DOM: at 1000 PF-days N = 1.3e9·C^0.73, D = 2e10·C^0.27, B = 2e6·C^0.24, S = 5.4e3·C^0.03 (Table 6, eqs 6.1–6.2); 1.5B is reached at 1.22 PF-days', () => {
    const m = def.model({ budget: 1000 });
    expect(rel(m.alloc.params, 1.3e9 * 1000 ** 0.73)).toBeLessThan(1e-9);
    expect(rel(m.alloc.tokens, 2e10 * 1000 ** 0.27)).toBeLessThan(1e-9);
    expect(rel(m.alloc.batchTokens, 2e6 * 1000 ** 0.24)).toBeLessThan(1e-9);
    expect(rel(m.alloc.steps, 5.4e3 * 1000 ** 0.03)).toBeLessThan(1e-9);
    expect(rel(m.growth.params, 155)).toBeLessThan(0.01);
    expect(rel(m.flops, 8.64e22)).toBeLessThan(1e-12);
    expect(rel(m.largestTrained, (1.5 / 1.3) ** (1 / 0.73))).toBeLessThan(1e-9);
    expect(rel(m.largestTrained, 1.22)).toBeLessThan(0.005);
    expect(m.breakdown).toBe(1e4);
    expect(m.lines).toHaveLength(33 * 4);
    expect([m.largerThanTrained, m.beyondBreakdown]).toEqual([true, false]);
    expect(def.model({ budget: 1 })).toMatchObject({ largerThanTrained: false, beyondBreakdown: false });
  });

  it('readouts, table and warnings in Chinese from the zh catalogue (Table 6 coefficients at 1 PF-day; §3, eq 6.8)', () => {
    const words = { lang: 'zh' as const, t: messagesOf(def, 'zh') as Messages };
    expect(def.readouts!(def.model({ budget: 1 }), words)).toEqual([
      { label: '计算预算 C_min', value: '1 PF-day = 8.64×10¹⁹ FLOPs' },
      { label: '参数量 N_opt', value: '13亿 非嵌入参数（1 倍）' },
      { label: '训练词元数 D_opt', value: '200亿 词元（1 个 epoch）（1 倍）' },
      { label: '临界批量大小 B_crit', value: '200万 词元/批（1 倍）' },
      { label: '最少步数 S_min', value: '5,400 步（1 倍）' },
    ]);
    expect(def.table(def.model({ budget: 1 }), words).columns.map((c) => c.label)).toEqual([
      'C_min（PF-day）',
      'FLOPs',
      'N_opt（非嵌入参数）',
      'B_crit（词元）',
      'S_min（步）',
      'D_opt（词元）',
    ]);
    expect(def.warnings!(def.model({ budget: 1e5 }), words)).toEqual([
      'N_opt = 5.81万亿 大于 Kaplan 训练过的任何模型（最大 15 亿非嵌入参数，§3）：这是外推。',
      '超过 C* ≈ 10⁴ PF-day 后，Kaplan 自己的两条趋势 L(C_min) 与 L(D(C_min)) 相互矛盾，论文预计这些定律在此之前就会失效（原文式 6.8）。',
    ]);
  });
});
