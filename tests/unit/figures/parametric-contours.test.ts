import { describe, expect, it } from 'vitest';
import def from '../../../src/figures/parametric-contours';
import { renderToString } from '../../../src/figures/lib/ssr';
import { defaultsOf, type AnyValue } from '../../../src/figures/lib/params';

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
});
