import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/parametric-contours';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';
import { messagesOf } from '../../../src/figures/lib/catalogue';
import { LAWS, chinchillaLoss, optimalLoss } from '../../../src/engine/chinchilla';
import type en from '../../../src/i18n/figures/en/parametric-contours';

const render = (values: Record<string, AnyValue>, lang: 'en' | 'zh' = 'en') => renderToString(def, { ...(defaultsOf(def.params) as Record<string, AnyValue>), ...values }, lang);
const readout = (out: ReturnType<typeof render>['output'], start: string) => out.readouts!.find((r) => r.label.startsWith(start))!.value;

describe('parametric-contours figure (Hoffmann et al. 2022 §3.3, Fig. 4 left; Approach 3)', () => {
  it('at the Gopher budget 5.76e23 the frontier gives ≈40B with the unrounded constants (Fig. 4 caption) and ≈32B with the rounded ones (facts §2d)', () => {
    expect(readout(render({}).output, 'On the frontier')).toContain('N_opt 40.4B, D_opt 2.38T tokens (58.9 per parameter), loss 1.918');
    expect(readout(render({ law: 'hoffmann2022Rounded' }).output, 'On the frontier')).toContain('N_opt 32.2B, D_opt 2.98T tokens');
  });

  it('eq. (4) frontier: N_opt = 1.3 · (C/6)^0.4565 (unrounded) and 1.345 · (C/6)^0.4516 (rounded)', () => {
    expect(readout(render({}).output, 'Frontier')).toBe('N_opt = 1.3 · (C/6)^0.4565');
    expect(readout(render({ law: 'hoffmann2022Rounded' }).output, 'Frontier')).toBe('N_opt = 1.345 · (C/6)^0.4516');
  });

  it('with the printed eq. (10) constants Chinchilla scores 1.937 and Gopher 1.993 nats (eq. 2; chapter question)', () => {
    const text = readout(render({ law: 'hoffmann2022Rounded' }).output, 'Gopher and Chinchilla');
    expect(text).toContain('Gopher 280B: 1.993');
    expect(text).toContain('Chinchilla 70B: 1.937');
  });

  it('draws contours (non-empty paths) and labels the points where the frontier crosses each contour (its lowest-FLOP point) with their loss', () => {
    const { html, output } = render({});
    // Contour polylines from the engine (long path data), not Plot's contour mark (no map-projection code in the browser).
    expect(html).not.toContain('aria-label="contour"');
    // All of them in one path: at least 8 polylines (one `M` each), every coordinate finite.
    const contours = /<g [^>]*stroke-opacity="0.35"[^>]*><path d="(M[^"]{4000,})"/.exec(html);
    expect(contours).not.toBeNull();
    expect(contours![1].match(/M/g)!.length).toBeGreaterThanOrEqual(8);
    expect(contours![1]).toMatch(/^(?:[ML]-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?)+$/);
    const touches = output.data.rows.filter((r) => r.what === 'frontier crosses contour (its lowest-FLOP point)');
    expect(touches.length).toBeGreaterThanOrEqual(5);
    // Each touch point sits on the frontier at the loss of its contour (optimal loss = level).
    for (const t of touches) expect((t.loss as number) * 10).toBeCloseTo(Math.round((t.loss as number) * 10), 8);
  });

  it('says the 40B optimum is an extrapolation beyond the ≈16B fitted models (abstract)', () => {
    expect(readout(render({}).output, 'Extrapolation')).toContain('16B');
    expect(render({ budget: 1e20 }).output.readouts!.some((r) => r.label === 'Extrapolation')).toBe(false);
  });

  it('model (no DOM): eq. (4) at Gopher’s 5.76e23 gives N_opt 40.4B (Fig. 4 caption “40B”), 32.2B with the printed eq. (10) constants; every contour line satisfies eq. (2) and the frontier touches each at its level', () => {
    const defaults = defaultsOf(def.params);
    const m = def.model(defaults as never);
    expect(m.optimum.params / 1e9).toBeCloseTo(40.4, 1);
    expect(m.optimum.tokens / 1e12).toBeCloseTo(2.38, 2);
    expect(m.exponents.a).toBeCloseTo(0.4565, 4);
    expect(m.extrapolated).toBe(true);
    expect(def.model({ ...defaults, law: 'hoffmann2022Rounded' } as never).optimum.params / 1e9).toBeCloseTo(32.2, 1);
    const law = LAWS.hoffmann2022;
    for (const line of m.lines) for (const p of line.points) expect(Math.abs(chinchillaLoss(law, p.params, p.flops / (6 * p.params)) / line.level - 1)).toBeLessThan(1e-9);
    for (const d of m.touch) expect(Math.abs(optimalLoss(law, d.flops) / d.loss - 1)).toBeLessThan(1e-9);
    expect(m.models.map((x) => x.name)).toEqual(['Gopher 280B', 'Chinchilla 70B']);
  });

  it('readouts and table from the Chinese catalogue: 前沿点 N_opt 404亿, Gopher 280B：1.993 with the printed constants, 外推', () => {
    const t = messagesOf(def, 'zh') as typeof en;
    const m = def.model(defaultsOf(def.params) as never);
    const r = def.readouts!(m, { lang: 'zh', t });
    expect(r[0]).toEqual({ label: '5.76×10²³ FLOPs 时的前沿点（Hoffmann 2022）', value: 'N_opt 404亿，D_opt 2.38万亿 词元（每参数 58.9 个），损失 1.918' });
    expect(r[2]).toEqual({ label: '前沿（原文式 4）', value: 'N_opt = 1.3 · (C/6)^0.4565' });
    expect(r[3].label).toBe('外推');
    const printed = def.model({ ...defaultsOf(def.params), law: 'hoffmann2022Rounded' } as never);
    expect(def.readouts!(printed, { lang: 'zh', t })[1]).toEqual({ label: '这条律下的 Gopher 与 Chinchilla', value: 'Gopher 280B：1.993；Chinchilla 70B：1.937' });
    const table = def.table(m, { lang: 'zh', t });
    expect(table.columns.map((c) => c.label)).toEqual(['点', '训练计算量 C（FLOPs）', '参数量 N', '损失（奈特/词元）']);
    expect(table.rows.some((row) => row.what === '切片 1×10²¹')).toBe(true);
  });
});
