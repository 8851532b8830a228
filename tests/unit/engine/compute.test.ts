import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCELERATORS, REPORTED_MFU, SECONDS_PER_DAY, acceleratorById, chipHours, cost, flopsFromHardware, trainingFlops, trainingTime } from '../../../src/engine/compute';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('trainingFlops = 6ND (Kaplan §2.1, Hoffmann §3.3)', () => {
  it('Chinchilla 6·70e9·1.4e12 = 5.88e23 and Gopher 6·280e9·300e9 = 5.04e23 (facts §2f), rel 1e-12', () => {
    expect(rel(trainingFlops(70e9, 1.4e12), 5.88e23)).toBeLessThan(1e-12);
    expect(rel(trainingFlops(280e9, 300e9), 5.04e23)).toBeLessThan(1e-12);
  });
  it('vs the "Gopher unit" 5.76e23 both were trained with (Hoffmann Table 3, §4): Chinchilla +2.1%, Gopher −12.5%', () => {
    expect(trainingFlops(70e9, 1.4e12) / 5.76e23 - 1).toBeCloseTo(0.0208, 4);
    expect(trainingFlops(280e9, 300e9) / 5.76e23 - 1).toBeCloseTo(-0.125, 9);
  });
  it('Llama 3 405B: 6·405e9·15.6e12 = 3.79e25 (facts §9), within 0.3% of the printed 3.8e25', () => {
    expect(rel(trainingFlops(405e9, 15.6e12), 3.7908e25)).toBeLessThan(1e-4);
    expect(rel(trainingFlops(405e9, 15.6e12), 3.8e25)).toBeLessThan(0.003);
  });
  it('GPT-3 6·175e9·300e9 = 3.15e23 vs 3.14e23 printed (Brown Table D.1), rel 0.5%; DeepSeek-V3 6·37e9·14.8e12 = 3.29e24', () => {
    expect(rel(trainingFlops(175e9, 300e9), 3.14e23)).toBeLessThan(0.005);
    expect(rel(trainingFlops(37e9, 14.8e12), 3.29e24)).toBeLessThan(0.002);
  });
  it('PaLM 540B on 780B tokens: 2.53e24, near the 2.5e24 of Wei et al. Table 1 (rel 2%)', () => {
    expect(rel(trainingFlops(540e9, 780e9), 2.5e24)).toBeLessThan(0.02);
  });
  it('edges: 0, negative, NaN throw; 1e35 × 1e35 = 6e70 is finite', () => {
    expect(() => trainingFlops(0, 1)).toThrow(RangeError);
    expect(() => trainingFlops(1, -1)).toThrow(RangeError);
    expect(() => trainingFlops(NaN, 1)).toThrow(RangeError);
    expect(rel(trainingFlops(1e35, 1e35), 6e70)).toBeLessThan(1e-12);
  });
});

describe('hardware, time and cost', () => {
  it('6144 TPU v4 (275 TFLOP/s) at 46.2% MFU for 57 days ≈ 3.84e24 FLOPs', () => {
    expect(rel(flopsFromHardware(6144, 275e12, 0.462, 57 * SECONDS_PER_DAY), 3.8443e24)).toBeLessThan(1e-4);
  });
  it('3.8e25 FLOPs on 16,384 H100 at 40% ≈ 68 days; 2.67e7 GPU-hours (Meta reports 30.84M for 405B)', () => {
    expect(rel(trainingTime(3.8e25, 16384, 989.4e12, 0.4) / SECONDS_PER_DAY, 67.83)).toBeLessThan(1e-3);
    expect(rel(chipHours(3.8e25, 989.4e12, 0.4), 2.667e7)).toBeLessThan(1e-3);
  });
  it('Llama 3 Table 4 TFLOPs/GPU over the H100 peak give the printed MFU: 430 → 43%, 400 → 40%, 380 → 38%', () => {
    const h100 = acceleratorById('h100-sxm').peakFlops;
    expect(Math.round((430e12 / h100) * 100)).toBe(43);
    expect(Math.round((400e12 / h100) * 100)).toBe(40);
    expect(Math.round((380e12 / h100) * 100)).toBe(38);
  });
  it('property: trainingTime inverts flopsFromHardware, and chipHours = chips × time / 3600 (rel 1e-12)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.double({ min: 1e12, max: 1e16, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (chips, peak, u, seconds) => {
          const flops = flopsFromHardware(chips, peak, u, seconds);
          expect(rel(trainingTime(flops, chips, peak, u), seconds)).toBeLessThan(1e-12);
          expect(rel(chipHours(flops, peak, u), (chips * seconds) / 3600)).toBeLessThan(1e-12);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
  it('cost: 184,320 A100 GPU-hours (Llama 2 7B, Table 2) at $2/hour = $368,640', () => {
    expect(cost(184320, 2)).toBe(368640);
  });
  it('utilisation must be in (0, 1]; counts and times must be positive', () => {
    expect(() => flopsFromHardware(1, 1e15, 0, 1)).toThrow(RangeError);
    expect(() => flopsFromHardware(1, 1e15, 1.5, 1)).toThrow(RangeError);
    expect(() => trainingTime(1e20, 1, 1e15, NaN)).toThrow(RangeError);
    expect(() => trainingTime(1e20, 0, 1e15, 0.5)).toThrow(RangeError);
    expect(() => cost(-1, 2)).toThrow(RangeError);
    expect(flopsFromHardware(1, 1e15, 1, 1)).toBe(1e15);
    // an intermediate overflow is avoided: 1e200 chips × 1e200 FLOP/s × 1e-300 s = 1e100
    expect(rel(flopsFromHardware(1e200, 1e200, 1, 1e-300), 1e100)).toBeLessThan(1e-12);
  });
});

describe('ACCELERATORS (facts §10a) and REPORTED_MFU (facts §10b)', () => {
  it('peak dense BF16: A100 312, H100 SXM 989.4, H100 PCIe 756, TPU v3 123, v4 275, v5e 197, v5p 459 TFLOP/s', () => {
    const peak = (id: string) => acceleratorById(id).peakFlops / 1e12;
    expect(peak('a100')).toBe(312);
    expect(peak('h100-sxm')).toBeCloseTo(989.4, 9);
    expect(peak('h100-pcie')).toBe(756);
    expect(peak('tpu-v3')).toBe(123);
    expect(peak('tpu-v4')).toBe(275);
    expect(peak('tpu-v5e')).toBe(197);
    expect(peak('tpu-v5p')).toBe(459);
  });
  it('V100 is FP16-only at 125 TFLOPS with a note; H200 and B200 are secondary (S)', () => {
    const v100 = acceleratorById('v100');
    expect(v100.precision).toBe('FP16');
    expect(v100.peakFlops).toBe(125e12);
    expect(v100.note).toMatch(/BF16/);
    expect(acceleratorById('h200').status).toBe('S');
    expect(acceleratorById('b200').status).toBe('S');
    expect(ACCELERATORS.filter((a) => a.status === 'P').length).toBe(8);
  });
  it('ids are unique and every entry has a source; unknown ids throw', () => {
    expect(new Set(ACCELERATORS.map((a) => a.id)).size).toBe(ACCELERATORS.length);
    for (const a of ACCELERATORS) expect(a.source.length).toBeGreaterThan(10);
    expect(() => acceleratorById('tpu-v9')).toThrow(RangeError);
  });
  it('REPORTED_MFU: PaLM 46.2%, Llama 3 38–43%, GPT-3 21.3%, Gopher 32.5%, MT-NLG 30.2%', () => {
    const byId = Object.fromEntries(REPORTED_MFU.map((r) => [r.id, r]));
    expect(byId['palm-540b'].mfu).toBe(0.462);
    expect([byId['llama-3-405b'].mfu, byId['llama-3-405b'].high]).toEqual([0.38, 0.43]);
    expect(byId['gpt-3'].mfu).toBe(0.213);
    expect(byId.gopher.mfu).toBe(0.325);
    expect(byId['mt-nlg'].mfu).toBe(0.302);
    for (const r of REPORTED_MFU) expect(r.source.length).toBeGreaterThan(5);
  });
});
