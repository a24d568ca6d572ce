import type { Plugin } from 'graphql-yoga';

/** One structured log line per request. */
export interface RequestLogEntry {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly operationName: string | null;
}

/** Writes one JSON line per request (method, path, status, duration, operation name). */
export function useRequestLog(write: (entry: RequestLogEntry) => void): Plugin {
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, string>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onParams({ params, request }) {
      if (params.operationName) operations.set(request, params.operationName);
      else {
        const named = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(params.query ?? '');
        if (named?.[1]) operations.set(request, named[1]);
      }
    },
    onResponse({ request, response }) {
      const start = started.get(request) ?? performance.now();
      write({
        time: new Date().toISOString(),
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        durationMs: Math.round((performance.now() - start) * 10) / 10,
        operationName: operations.get(request) ?? null,
      });
    },
  };
}

/** The default sink: one JSON object per line on standard output. */
export function jsonLines(entry: RequestLogEntry): void {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}
