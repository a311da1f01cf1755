// The CPU slowdown that makes this machine run as Lighthouse's reference phone (a Moto G Power), from its
// benchmark index: Lighthouse's own calculator (lighthouse-cpu-throttling-calculator, linked from its
// throttling documentation), whose anchors are 800 → 2×, 1,300 → 3×, 1,533 → 4× and one more per 233 above.
// The mobile preset's fixed 4× fits a machine near 1,533; these hosts print 1,500 to 3,900.

/** Lighthouse's calculator; below an index of 150 the machine is slower than the phone (no slowdown). */
export function cpuMultiplierFor(benchmarkIndex: number) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`Indice invalide : ${benchmarkIndex}`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
