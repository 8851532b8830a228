/**
 * Training compute, hardware throughput, time and cost.
 * Units: FLOPs (floating-point operations), FLOP/s, seconds, chip-hours, utilisation as a fraction (0, 1].
 */
import type { SourceStatus } from './provenance';
import { requireInRange, requirePositive } from './stats';

/** Seconds in a day. */
export const SECONDS_PER_DAY = 86400;

/**
 * Product of positive factors divided by positive divisors: multiplied directly,
 * which is exact for ordinary numbers, and redone in log space only if an intermediate over- or
 * underflows although the result is representable.
 */
function positiveProduct(factors: readonly number[], divisors: readonly number[] = []): number {
  let direct = 1;
  for (const f of factors) direct *= f;
  for (const d of divisors) direct /= d;
  if (direct > 0 && direct < Infinity) return direct;
  let log = 0;
  for (const f of factors) log += Math.log(f);
  for (const d of divisors) log -= Math.log(d);
  return Math.exp(log);
}

/**
 * Training FLOPs C ≈ 6·N·D (forward 2N + backward 4N per token) for N params and D tokens.
 * Kaplan et al. 2020 §2.1; Hoffmann et al. 2022 §3.3. Inputs up to 1e35 each (6e70 FLOPs) are fine.
 * Example: 70e9 params, 1.4e12 tokens → 5.88e23 FLOPs (Chinchilla); 405e9 × 15.6e12 → 3.79e25 (Llama 3 405B).
 */
export function trainingFlops(params: number, tokens: number): number {
  requirePositive('params', params);
  requirePositive('tokens', tokens);
  return positiveProduct([6, params, tokens]);
}

function requireUtilisation(utilisation: number): number {
  requireInRange('utilisation', utilisation, 0, 1);
  if (utilisation === 0) throw new RangeError('utilisation must be greater than 0.');
  return utilisation;
}

/**
 * FLOPs delivered by `chips` accelerators at `peakFlopsPerChip` (FLOP/s) and a model-FLOPs utilisation
 * (fraction in (0, 1]) over `seconds`: chips × peak × utilisation × seconds.
 * Example: 6144 TPU v4 (275e12 FLOP/s) at 46.2% for 57 days → 3.8e24 FLOPs.
 */
export function flopsFromHardware(chips: number, peakFlopsPerChip: number, utilisation: number, seconds: number): number {
  requirePositive('chips', chips);
  requirePositive('peakFlopsPerChip', peakFlopsPerChip);
  requireUtilisation(utilisation);
  requirePositive('seconds', seconds);
  return positiveProduct([chips, peakFlopsPerChip, utilisation, seconds]);
}

/**
 * Wall-clock seconds to perform `flops` on `chips` accelerators at `peakFlopsPerChip` FLOP/s and a
 * utilisation (fraction): flops / (chips × peak × utilisation).
 * Example: 3.8e25 FLOPs on 16,384 H100 (989.4e12) at 40% → 5.86e6 s ≈ 68 days.
 */
export function trainingTime(flops: number, chips: number, peakFlopsPerChip: number, utilisation: number): number {
  requirePositive('flops', flops);
  requirePositive('chips', chips);
  requirePositive('peakFlopsPerChip', peakFlopsPerChip);
  requireUtilisation(utilisation);
  return positiveProduct([flops], [chips, peakFlopsPerChip, utilisation]);
}

/**
 * Chip-hours to perform `flops` on one kind of accelerator: flops / (peak × utilisation × 3600).
 * Example: 3.8e25 FLOPs on H100 at 40% → 2.67e7 GPU-hours (Meta's card reports 30.84M for 405B).
 */
export function chipHours(flops: number, peakFlopsPerChip: number, utilisation: number): number {
  requirePositive('flops', flops);
  requirePositive('peakFlopsPerChip', peakFlopsPerChip);
  requireUtilisation(utilisation);
  return positiveProduct([flops], [peakFlopsPerChip, utilisation, 3600]);
}

/**
 * Cost = chip-hours × price per chip-hour (in the price's currency).
 * Example: 184,320 A100 GPU-hours (Llama 2 7B) at $2/hour → $368,640.
 */
export function cost(chipHoursUsed: number, pricePerChipHour: number): number {
  requirePositive('chipHours', chipHoursUsed);
  requirePositive('pricePerChipHour', pricePerChipHour);
  return chipHoursUsed * pricePerChipHour;
}

/** One accelerator in the catalogue. */
export interface Accelerator {
  id: string;
  name: string;
  /** Peak dense throughput in FLOP/s (BF16 unless `precision` says otherwise), no sparsity. */
  peakFlops: number;
  /** Peak with 2:4 structured sparsity, FLOP/s, where published. */
  sparsePeakFlops?: number;
  precision: 'BF16' | 'FP16';
  source: string;
  status: SourceStatus;
  note?: string;
}

/**
 * Accelerator catalogue (facts.md §10a): peak dense BF16 FLOP/s per chip, with source and status.
 * V100 has no BF16: its 125 TFLOPS is FP16 Tensor. H200 and B200 numbers are secondary (S).
 */
export const ACCELERATORS: readonly Accelerator[] = [
  {
    id: 'v100',
    name: 'NVIDIA V100 (SXM2)',
    peakFlops: 125e12,
    precision: 'FP16',
    source: 'NVIDIA developer blog, "Programming Tensor Cores in CUDA 9"',
    status: 'P',
    note: 'No BF16 support; 125 TFLOPS is the FP16 Tensor Core peak.',
  },
  {
    id: 'a100',
    name: 'NVIDIA A100 (SXM)',
    peakFlops: 312e12,
    sparsePeakFlops: 624e12,
    precision: 'BF16',
    source: 'NVIDIA H100 whitepaper Table 3 ("Peak BF16 Tensor TFLOPS with FP32 Accumulate 312/624")',
    status: 'P',
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5',
    peakFlops: 989.4e12,
    sparsePeakFlops: 1978.9e12,
    precision: 'BF16',
    source: 'NVIDIA H100 Tensor Core GPU Architecture whitepaper v1.04, Tables 1 and 3',
    status: 'P',
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe',
    peakFlops: 756e12,
    sparsePeakFlops: 1513e12,
    precision: 'BF16',
    source: 'NVIDIA H100 Tensor Core GPU Architecture whitepaper v1.04',
    status: 'P',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    peakFlops: 989e12,
    sparsePeakFlops: 1979e12,
    precision: 'BF16',
    source: "Third-party copies of NVIDIA's spec table (same GH100 compute as H100)",
    status: 'S',
    note: 'Unverified against the NVIDIA page.',
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX, 1,000 W)',
    peakFlops: 2250e12,
    sparsePeakFlops: 4500e12,
    precision: 'BF16',
    source: 'glennklockwood.com, citing the NVIDIA Blackwell technical brief',
    status: 'S',
    note: 'Unverified against NVIDIA; 2,500 TFLOPS dense in GB200 (1,200 W).',
  },
  {
    id: 'tpu-v3',
    name: 'Google TPU v3',
    peakFlops: 123e12,
    precision: 'BF16',
    source: 'cloud.google.com/tpu/docs/v3 ("Peak compute per chip 123 teraflops (bf16)")',
    status: 'P',
  },
  {
    id: 'tpu-v4',
    name: 'Google TPU v4',
    peakFlops: 275e12,
    precision: 'BF16',
    source: 'cloud.google.com/tpu/docs/v4 ("Peak compute per chip 275 teraflops (bf16 or int8)")',
    status: 'P',
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e',
    peakFlops: 197e12,
    precision: 'BF16',
    source: 'cloud.google.com/tpu/docs/v5e ("Peak compute per chip (bf16) 197 TFLOPs")',
    status: 'P',
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p',
    peakFlops: 459e12,
    precision: 'BF16',
    source: 'cloud.google.com/tpu/docs/v5p ("Peak compute per chip (bf16) 459 TFLOPs")',
    status: 'P',
  },
];

/**
 * Looks up an accelerator by id; throws RangeError for an unknown id.
 * Example: acceleratorById('h100-sxm').peakFlops → 9.894e14 FLOP/s.
 */
export function acceleratorById(id: string): Accelerator {
  const found = ACCELERATORS.find((a) => a.id === id);
  if (!found) throw new RangeError(`Unknown accelerator "${id}". Known: ${ACCELERATORS.map((a) => a.id).join(', ')}.`);
  return found;
}

/** A reported model-FLOPs utilisation. */
export interface ReportedMfu {
  id: string;
  run: string;
  hardware: string;
  /** MFU as a fraction; for a range, the low end (see `high`). */
  mfu: number;
  high?: number;
  source: string;
  status: SourceStatus;
}

/** Reported MFU of real training runs (facts.md §10b). */
export const REPORTED_MFU: readonly ReportedMfu[] = [
  {
    id: 'palm-540b',
    run: 'PaLM 540B',
    hardware: '6144 TPU v4',
    mfu: 0.462,
    source: 'Chowdhery et al. 2022 (PaLM) §4.1, Table 3 (45.7% without self-attention)',
    status: 'P',
  },
  {
    id: 'llama-3-405b',
    run: 'Llama 3 405B',
    hardware: '8,192–16,384 H100',
    mfu: 0.38,
    high: 0.43,
    source: 'Llama 3 paper §3.3.2, Table 4 ("38-43%")',
    status: 'P',
  },
  {
    id: 'gpt-3',
    run: 'GPT-3 175B',
    hardware: 'V100',
    mfu: 0.213,
    source: 'PaLM paper Table 3',
    status: 'P',
  },
  {
    id: 'gopher',
    run: 'Gopher 280B',
    hardware: '4096 TPU v3',
    mfu: 0.325,
    source: 'PaLM paper Table 3',
    status: 'P',
  },
  {
    id: 'mt-nlg',
    run: 'Megatron-Turing NLG 530B',
    hardware: '2240 A100',
    mfu: 0.302,
    source: 'PaLM paper Table 3 (29.7% without self-attention)',
    status: 'P',
  },
];

/** One PF-day in FLOPs: 10¹⁵ × 24 × 3600 = 8.64 × 10¹⁹ (Kaplan et al. 2020 §1.3). */
export const PF_DAY_FLOPS = 8.64e19;

// ---------------------------------------------------------------------------
// FLOPs ⇄ PF-days
// ---------------------------------------------------------------------------

/**
 * Converts FLOPs to PF-days (1 PF-day = 8.64e19 FLOPs, Kaplan et al. 2020 §1.3).
 * Example: flopsToPfDays(3.14e23) → 3634 PF-days (GPT-3; Brown et al. print 3.64e3).
 */
export function flopsToPfDays(flops: number): number {
  requirePositive('flops', flops);
  return flops / PF_DAY_FLOPS;
}

/**
 * Converts PF-days to FLOPs (1 PF-day = 8.64e19 FLOPs, Kaplan et al. 2020 §1.3).
 * Example: pfDaysToFlops(1) → 8.64e19 FLOPs.
 */
export function pfDaysToFlops(pfDays: number): number {
  requirePositive('pfDays', pfDays);
  return pfDays * PF_DAY_FLOPS;
}
