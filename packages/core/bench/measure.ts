/** Latency percentiles and throughput of one benchmark scenario. */
export interface Measurement {
  readonly name: string;
  readonly iterations: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly opsPerSecond: number;
}

/**
 * Runs `run` on `warmup` keys, then times it on `iterations` keys one after the other (no concurrency).
 *
 * @example
 * const m = await measure('tasksOfPerson', () => rng.pick(people), (id) => tasksOfPerson(db, id, date), { warmup: 50, iterations: 500 });
 */
export async function measure<K>(
  name: string,
  nextKey: () => K,
  run: (key: K) => unknown,
  options: { readonly warmup: number; readonly iterations: number },
): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) await run(nextKey());
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const key = nextKey();
    const t = performance.now();
    await run(key);
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, iterations: options.iterations, p50Ms: at(0.5), p99Ms: at(0.99), opsPerSecond: (options.iterations * 1000) / total };
}

/** One line of the report: `name  p50 … ms  p99 … ms  … ops/s`. */
export function formatMeasurement(m: Measurement): string {
  return `${m.name.padEnd(44)} p50 ${m.p50Ms.toFixed(3).padStart(8)} ms   p99 ${m.p99Ms.toFixed(3).padStart(8)} ms   ${Math.round(m.opsPerSecond).toString().padStart(7)} ops/s`;
}
