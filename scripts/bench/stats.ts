// Order statistics for the benchmarks: medians, quantiles and a resampled interval for a ratio of medians.

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** 95% interval of median(a) / median(b), by resampling both sets (seeded, so a rerun on the same data agrees). */
export function ratioInterval(a: readonly number[], b: readonly number[]): [number, number] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const resample = (values: readonly number[]) =>
    values.map(() => values[Math.floor(random() * values.length)]!);
  const ratios = Array.from({ length: 2000 }, () => median(resample(a)) / median(resample(b)));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}
