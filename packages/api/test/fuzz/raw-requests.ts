import fc from 'fast-check';
import type { GraphQLRequest } from './graphql-requests.js';
import { hostileString, wrongValue } from './hostile-values.js';

/** A request as sent over HTTP, and a short description for failure messages. */
export interface RawRequest {
  readonly url: string;
  readonly init: RequestInit;
  readonly describe: string;
}

const BASE = 'http://mttq.test';

const accept = fc.constantFrom(
  undefined,
  'application/json',
  'application/graphql-response+json',
  '*/*',
  'text/html',
  'text/event-stream',
  'multipart/mixed',
  'x/y',
  'application/json;q=0, */*;q=0',
);

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql',
  'application/graphql+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/xml',
  '¿?',
);

/** Bodies that are not what a GraphQL client sends: broken JSON, JSON of the wrong shape, bytes that are not UTF-8, oversize. */
const hostileBody: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"query":',
      '{"query": "{ rulePack { id } }"',
      'null',
      '[]',
      '[{"query":"{ rulePack { id } }"}]',
      '{"query":null}',
      '{"query":123}',
      '{"query":"{ rulePack { id } }","variables":"x"}',
      '{"query":"{ rulePack { id } }","variables":[1]}',
      '{"query":"{ rulePack { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
      '{"query":"subscription { rulePack { id } }"}',
      '{"query":"query A { rulePack { id } } query B { rulePack { id } }"}',
      '{"query":"{ __schema { types { name } } }"}',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
      'query=%ZZ&variables=%7B',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ query: fc.oneof(hostileString, wrongValue), variables: wrongValue, operationName: wrongValue })
      .map((body) => JSON.stringify(body)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array(bytes)) },
  { weight: 1, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 250, max: 400 })
      .map((kib) => JSON.stringify({ query: '{ rulePack { id } }', variables: { pad: 'x'.repeat(kib * 1024) } })),
  },
);

/**
 * Raw HTTP requests: generated queries sent by GET (the query in the URL, sometimes over the URL limit) and by
 * POST with the wrong content type, hostile bodies, other methods and other paths. None of them is a mutation
 * sent by POST, so none may write.
 */
export function rawRequestArb(queries: fc.Arbitrary<GraphQLRequest>, mutations: fc.Arbitrary<GraphQLRequest>): fc.Arbitrary<RawRequest> {
  const get = fc
    .record({
      request: fc.oneof({ weight: 4, arbitrary: queries }, { weight: 1, arbitrary: mutations }),
      accept,
      pad: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(300 * 1024) }),
    })
    .map(({ request, accept, pad }): RawRequest => {
      const params = new URLSearchParams({
        query: request.query + (pad > 0 ? ` #${'x'.repeat(pad)}` : ''),
        variables: JSON.stringify(request.variables),
      });
      if (request.operationName !== undefined) params.set('operationName', request.operationName);
      return {
        url: `${BASE}/graphql?${params}`,
        init: { headers: accept ? { accept } : {} },
        describe: `GET ${request.query.slice(0, 2000)}`,
      };
    });
  const post = fc
    .record({
      body: fc.oneof(
        hostileBody,
        queries.map((request) => JSON.stringify(request)),
      ),
      contentType,
      accept,
    })
    .map(({ body, contentType, accept }): RawRequest => ({
      url: `${BASE}/graphql`,
      init: { method: 'POST', body, headers: { ...(contentType && { 'content-type': contentType }), ...(accept && { accept }) } },
      describe: `POST (${contentType}) ${typeof body === 'string' ? body.slice(0, 2000) : `bytes ${Array.from(body).join(',')}`}`,
    }));
  const other = fc
    .record({
      method: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path: fc.constantFrom(
        '/graphql',
        '/graphql/',
        '/nope',
        '/health',
        '/ready',
        '/graphql?query=%ZZ',
        '/graphql?query=',
        '/%00',
        '/graphql?variables={',
      ),
      accept,
      body: fc.option(fc.constantFrom('{"query":"{ rulePack { id } }"}', 'x'), { nil: undefined }),
    })
    .map(({ method, path, accept, body }): RawRequest => ({
      url: `${BASE}${path}`,
      init: {
        method,
        headers: { 'content-type': 'application/json', ...(accept && { accept }) },
        ...(body !== undefined && method !== 'GET' && method !== 'HEAD' && { body }),
      },
      describe: `${method} ${path}`,
    }));
  return fc.oneof({ weight: 3, arbitrary: get }, { weight: 4, arbitrary: post }, { weight: 1, arbitrary: other });
}
