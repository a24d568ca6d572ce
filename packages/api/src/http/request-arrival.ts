import type { Plugin } from 'graphql-yoga';

const arrivals = new WeakMap<Request, number>();

/**
 * Notes when each request arrived (its headers read, before any byte of its body), so that the time budget and
 * the request log count from there: reading the body, parsing, validating and logging are all inside a
 * request's time. Must be the first plugin.
 *
 * @example
 * createYoga({ schema, plugins: [useRequestArrival(), useBodySizeLimit(256 * 1024), useTimeBudget(5_000)] });
 */
export function useRequestArrival(): Plugin {
  return {
    onRequest({ request }) {
      if (!arrivals.has(request)) arrivals.set(request, performance.now());
    },
  };
}

/** When a request arrived (`performance.now()`), or now for a request that did not pass `useRequestArrival`. */
export function arrivalOf(request: Request): number {
  return arrivals.get(request) ?? performance.now();
}

/** Gives a copy of a request (its body read into memory) the arrival of the original. */
export function carryArrival(from: Request, to: Request): void {
  const at = arrivals.get(from);
  if (at !== undefined) arrivals.set(to, at);
}
