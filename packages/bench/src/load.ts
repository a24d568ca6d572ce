import autocannon from 'autocannon';

/** What one load run measured: latency percentiles from every 2xx response, throughput, failures. */
export interface LoadResult {
  readonly name: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  /** Non-2xx responses, socket errors and timeouts. */
  readonly failures: number;
  /** CPU time the server process spent per request (user + system), when known. */
  readonly serverCpuMsPerRequest?: number;
}

/** A load run: POST bodies to one URL, one body per request in turn. */
export interface LoadOptions {
  readonly name: string;
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** The body of the n-th request (the benchmark rotates over communes). */
  readonly body: (n: number) => string;
  /** The server's CPU time so far in milliseconds, read before and after the run. */
  readonly serverCpuMs?: () => number;
}

/**
 * Runs autocannon against a URL for a number of seconds. Latencies are kept at full precision from
 * autocannon's `response` events (its own histogram rounds to whole milliseconds).
 *
 * @example
 * const result = await runLoad({ name: 'API', url: 'http://127.0.0.1:4000/graphql', connections: 10, seconds: 10, body: (n) => … });
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let n = 0;
  const latencies: number[] = [];
  let failures = 0;
  const cpuBefore = options.serverCpuMs?.();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    const request = { method: 'POST' as const, headers: { 'content-type': 'application/json', accept: 'application/json' } };
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [{ ...request, setupRequest: (r) => ({ ...r, body: options.body(n++) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures++;
  });
  const result = await done;
  const cpuAfter = options.serverCpuMs?.();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    name: options.name,
    connections: options.connections,
    seconds: options.seconds,
    requests: latencies.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    requestsPerSecond: latencies.length / (result.duration || options.seconds),
    failures: failures + result.errors + result.timeouts,
    serverCpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / Math.max(1, latencies.length),
  };
}

/** One line of the report. */
export function formatLoad(r: LoadResult): string {
  return (
    `${r.name.padEnd(26)} ${String(r.connections).padStart(3)} conn   p50 ${r.p50Ms.toFixed(2).padStart(7)} ms   p99 ${r.p99Ms.toFixed(2).padStart(7)} ms   ` +
    `${Math.round(r.requestsPerSecond).toString().padStart(6)} req/s   ` +
    (r.serverCpuMsPerRequest === undefined ? '' : `server CPU ${r.serverCpuMsPerRequest.toFixed(2)} ms/req   `) +
    `(${r.requests} requests in ${r.seconds} s${r.failures ? `, ${r.failures} FAILED` : ''})`
  );
}
