import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, object>['cors']>;

/**
 * Yoga's CORS option for an allow-list of origins (`https://app.example.vn`): a browser page from one of them
 * may call the API, with its bearer token in the `Authorization` header; a page from any other origin gets no
 * CORS header at all, so its browser keeps the answer from it (same-origin only, the default with an empty
 * list; `*` lets every origin in). Never `Access-Control-Allow-Credentials`: the API reads no cookie, so a page needs none sent.
 *
 * @example
 * createYoga({ schema, cors: corsFor(['https://app.example.vn']) });
 */
export function corsFor(origins: readonly string[]): CorsOption {
  const allowed = new Set(origins.map(normalOrigin));
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(allowed.has('*') || allowed.has(normalOrigin(origin)))) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['accept', 'authorization', 'content-type'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** An origin as browsers send it: scheme, host and port, lower case, no trailing slash. */
function normalOrigin(origin: string): string {
  return origin.trim().toLowerCase().replace(/\/+$/, '');
}
