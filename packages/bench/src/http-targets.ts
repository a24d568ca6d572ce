import type { LoadResult } from './load.js';

/** The API and the hand-written endpoint measured side by side at one number of connections. */
export interface PairedLoad {
  readonly api: LoadResult;
  readonly hand: LoadResult;
}

/** One target of issue 16: a ratio API/hand-written measured in the same run, beside its limit. */
export interface RatioTarget {
  readonly name: string;
  readonly ratio: number;
  readonly limit: number;
  /** `max`: the ratio must be at most the limit (CPU, latency); `min`: at least (throughput). */
  readonly kind: 'max' | 'min';
  readonly met: boolean;
  readonly shown: string;
}

/**
 * The three targets of issue 16 against the hand-written endpoint timed beside the API: server CPU per request
 * ≤ 2× (over every timed request at every number of connections), throughput at 10 connections ≥ 50 %, p99 at
 * one connection ≤ 2×. A target whose measurement was not run (no 1 or no 10 connections) is left out.
 */
export function ratioTargets(runs: readonly PairedLoad[]): RatioTarget[] {
  const targets: RatioTarget[] = [];
  const cpu = (side: 'api' | 'hand') =>
    runs.reduce((sum, r) => sum + (r[side].serverCpuMsPerRequest ?? NaN) * r[side].requests, 0) /
    runs.reduce((sum, r) => sum + r[side].requests, 0);
  const cpuRatio = cpu('api') / cpu('hand');
  targets.push(
    target(
      'server CPU per request',
      cpuRatio,
      2,
      'max',
      `×${cpuRatio.toFixed(2)} (${cpu('api').toFixed(2)} / ${cpu('hand').toFixed(2)} ms)`,
    ),
  );
  const ten = runs.find((r) => r.api.connections === 10);
  if (ten) {
    const ratio = ten.api.requestsPerSecond / ten.hand.requestsPerSecond;
    const shown = `${(ratio * 100).toFixed(0)} % (${ten.api.requestsPerSecond.toFixed(0)} / ${ten.hand.requestsPerSecond.toFixed(0)} req/s)`;
    targets.push(target('throughput at 10 connections', ratio, 0.5, 'min', shown));
  }
  const one = runs.find((r) => r.api.connections === 1);
  if (one) {
    const ratio = one.api.p99Ms / one.hand.p99Ms;
    targets.push(
      target(
        'p99 at 1 connection',
        ratio,
        2,
        'max',
        `×${ratio.toFixed(2)} (${one.api.p99Ms.toFixed(1)} / ${one.hand.p99Ms.toFixed(1)} ms)`,
      ),
    );
  }
  return targets;
}

/** `  server CPU per request  ≤ ×2     ×1.62 (…)   met` */
export function formatTarget(t: RatioTarget): string {
  const limit = t.kind === 'max' ? `≤ ×${t.limit}` : `≥ ${(t.limit * 100).toFixed(0)} %`;
  return `  ${t.name.padEnd(30)} target ${limit.padEnd(7)} measured ${t.shown.padEnd(34)} ${t.met ? 'met' : 'NOT MET'}`;
}

function target(name: string, ratio: number, limit: number, kind: 'max' | 'min', shown: string): RatioTarget {
  return { name, ratio, limit, kind, met: kind === 'max' ? ratio <= limit : ratio >= limit, shown };
}
