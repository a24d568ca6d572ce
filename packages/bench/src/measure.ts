import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Latency percentiles and throughput of one benchmark scenario. */
export interface Measurement {
  readonly name: string;
  readonly iterations: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly opsPerSecond: number;
  /**
   * The process's CPU time (user + system, every thread) per call, p50 and p99: the work a call does, without
   * the time it waited for a CPU that others held — on a shared machine the wall-clock p99 is mostly that wait.
   */
  readonly cpuP50Ms: number;
  readonly cpuP99Ms: number;
  /** Garbage-collector pauses while timing: how many, how long in all, and how many of the slowest 1% of calls overlapped one. */
  readonly gc: { readonly pauses: number; readonly totalMs: number; readonly slowestOverlapping: number; readonly slowest: number };
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
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const calls: { start: number; ms: number; cpuMs: number }[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const key = nextKey();
    const cpu = process.cpuUsage();
    const t = performance.now();
    await run(key);
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    calls.push({ start: t, ms, cpuMs: (used.user + used.system) / 1000 });
  }
  const total = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20)); // GC entries are delivered a little after the fact
  observer.disconnect();
  const inWindow = pauses.filter((p) => p.startTime >= started && p.startTime <= started + total);
  const times = calls.map((c) => c.ms).sort((a, b) => a - b);
  const at = (q: number, sorted = times) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const cpuTimes = calls.map((c) => c.cpuMs).sort((a, b) => a - b);
  const slowest = [...calls].sort((a, b) => b.ms - a.ms).slice(0, Math.max(1, Math.ceil(calls.length / 100)));
  const overlaps = (c: { start: number; ms: number }) =>
    inWindow.some((p) => p.startTime < c.start + c.ms && p.startTime + p.duration > c.start);
  return {
    name,
    iterations: options.iterations,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    opsPerSecond: (options.iterations * 1000) / total,
    cpuP50Ms: at(0.5, cpuTimes),
    cpuP99Ms: at(0.99, cpuTimes),
    gc: {
      pauses: inWindow.length,
      totalMs: inWindow.reduce((sum, p) => sum + p.duration, 0),
      slowestOverlapping: slowest.filter(overlaps).length,
      slowest: slowest.length,
    },
  };
}

/** What the garbage collector did while a scenario was timed: `name  gc … pauses, … ms; slowest 1%: … of … overlap a pause`. */
export function formatGc(m: Measurement): string {
  return `${m.name.padEnd(44)} gc ${String(m.gc.pauses).padStart(4)} pauses ${m.gc.totalMs.toFixed(1).padStart(7)} ms   slowest 1%: ${m.gc.slowestOverlapping} of ${m.gc.slowest} overlap a pause`;
}

/** CPU time per call: `name  cpu p50 … ms  p99 … ms` (see `Measurement.cpuP99Ms`). */
export function formatCpu(m: Measurement): string {
  return `${m.name.padEnd(44)} cpu p50 ${m.cpuP50Ms.toFixed(3).padStart(8)} ms   p99 ${m.cpuP99Ms.toFixed(3).padStart(8)} ms`;
}

/** One line of the report: `name  p50 … ms  p99 … ms  … ops/s`. */
export function formatMeasurement(m: Measurement): string {
  return `${m.name.padEnd(44)} p50 ${m.p50Ms.toFixed(3).padStart(8)} ms   p99 ${m.p99Ms.toFixed(3).padStart(8)} ms   ${Math.round(m.opsPerSecond).toString().padStart(7)} ops/s`;
}
