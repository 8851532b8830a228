/** File sizes in the runs reader's messages, shared by the tools catalogues of every language. */
const MIB = 1024 * 1024;

/** Megabytes (MiB) with one decimal under 100, whole above; `up` rounds up, so a file just over a limit never reads as the limit. */
export function megabytes(bytes: number, up = false): string {
  const step = bytes >= 100 * MIB ? MIB : MIB / 10;
  const value = (up ? Math.ceil(bytes / step) * step : bytes) / MIB;
  return value.toFixed(step === MIB ? 0 : 1).replace(/\.0$/, '');
}
