import type { LoadResult } from '../load.js';

/** One load run and the CPU it cost per request, in the server process and in PostgreSQL backends. */
export interface Measured {
  readonly load: LoadResult;
  readonly nodeMs: number;
  readonly postgresMs: number;
}

/** The median of each figure over rounds (requests summed), as one result. */
export function medianOf(runs: readonly Measured[]): Measured {
  const median = (pick: (r: Measured) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const first = runs[0]!.load;
  return {
    load: {
      ...first,
      seconds: runs.reduce((n, r) => n + r.load.seconds, 0),
      requests: runs.reduce((n, r) => n + r.load.requests, 0),
      failures: runs.reduce((n, r) => n + r.load.failures, 0),
      p50Ms: median((r) => r.load.p50Ms),
      p99Ms: median((r) => r.load.p99Ms),
      requestsPerSecond: median((r) => r.load.requestsPerSecond),
    },
    nodeMs: median((r) => r.nodeMs),
    postgresMs: median((r) => r.postgresMs),
  };
}

export function formatCpu(m: Measured): string {
  const total = m.nodeMs + m.postgresMs;
  return `CPU per request ${total.toFixed(1)} ms (Node ${m.nodeMs.toFixed(1)} + PostgreSQL ${m.postgresMs.toFixed(1)})`;
}

export function ratios(api: Measured, peer: Measured): string {
  const cpu = (m: Measured) => m.nodeMs + m.postgresMs;
  return (
    `throughput ×${(api.load.requestsPerSecond / peer.load.requestsPerSecond).toFixed(2)}, p50 ×${(api.load.p50Ms / peer.load.p50Ms).toFixed(2)}, ` +
    `p99 ×${(api.load.p99Ms / peer.load.p99Ms).toFixed(2)}, CPU per request ×${(cpu(api) / cpu(peer)).toFixed(2)}`
  );
}
