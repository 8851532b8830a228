/** Small helpers the real-data figures share over src/data/obsscaling.ts (Ruan, Maddison & Hashimoto 2024). */
import type { ObsSize } from '../../data/obsscaling-sizes';

/** The model's name without its Hugging Face organisation: meta-llama/Llama-2-13b-hf → Llama-2-13b-hf. */
export function modelName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Whole decades around every model that has training FLOPs, so an axis stays put when a figure's choices change. */
export function flopsDomain(models: readonly ObsSize[]): [number, number] {
  const flops = models.flatMap((m) => (m.flops === null ? [] : [m.flops]));
  // Number('1e26') is the exact decade; 10 ** 26 is one ulp off.
  return [Number(`1e${Math.floor(Math.log10(Math.min(...flops)))}`), Number(`1e${Math.ceil(Math.log10(Math.max(...flops)))}`)];
}
