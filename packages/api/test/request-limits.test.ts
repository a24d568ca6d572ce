import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@mttq/core';
import { openFreshExampleStore, tableCounts as rowCounts } from '@mttq/core/testing';
import { EXAMPLE_QUERY } from '../src/http/example-query.js';
import { createApi, LIMITS, listen } from '../src/index.js';
import { dataOf, exampleApi, SYNTHETIC_SOURCE, TODAY, type Answer } from './api.js';

const URL_ = 'http://mttq.test/graphql';
const json = { 'content-type': 'application/json', accept: 'application/json' };
// A fresh headers object each time: Yoga's fetch writes the Content-Length it computes into the object it is given.
const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = json): RequestInit =>
  ({ method: 'POST', headers: { ...headers }, body, duplex: 'half' }) as RequestInit;

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

/** A body of `bytes` bytes that is a valid request for `{ rulePack { id } }` (an unused variable pads it). */
function paddedBody(bytes: number): string {
  const empty = JSON.stringify({ query: '{ rulePack { id } }', variables: { pad: '' } });
  return JSON.stringify({ query: '{ rulePack { id } }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
}

/** A stream that sends `total` bytes in chunks, with no Content-Length: only counting the bytes can stop it. */
function streamOf(total: number, chunk = 16 * 1024): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, sent: () => sent };
}

async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const answer = (await response.json()) as Answer;
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.[0]?.extensions?.code).toBe(code);
  return answer.errors![0]!;
}

describe('the request body size limit, checked before parsing', () => {
  it(`answers a body just under the default limit (${LIMITS.maxBodyBytes} bytes) and refuses one byte more with 413`, async () => {
    const under = await api.api.fetch(URL_, post(paddedBody(LIMITS.maxBodyBytes)));
    expect(under.status).toBe(200);
    expect(dataOf((await under.json()) as Answer).rulePack.id).toBeTruthy();

    api.reset();
    const over = await api.api.fetch(URL_, post(paddedBody(LIMITS.maxBodyBytes + 1)));
    const error = await expectRefusal(over, 413, 'REQUEST.BODY_TOO_LARGE');
    expect(error.message).toContain(`tối đa ${LIMITS.maxBodyBytes} byte`);
    expect(error.extensions?.max).toBe(LIMITS.maxBodyBytes);
    expect(api.statements).toBe(0);
  });

  it('takes its limit from createApi({ maxBodyBytes }), and refuses a declared Content-Length over it unread', async () => {
    const small = await exampleApi({ maxBodyBytes: 1024 });
    expect((await small.api.fetch(URL_, post(paddedBody(1024)))).status).toBe(200);
    await expectRefusal(await small.api.fetch(URL_, post(paddedBody(1025))), 413, 'REQUEST.BODY_TOO_LARGE');

    const { stream, sent } = streamOf(1_000_000);
    await expectRefusal(await small.api.fetch(URL_, post(stream, { ...json, 'content-length': '1000000' })), 413, 'REQUEST.BODY_TOO_LARGE');
    expect(sent()).toBeLessThan(64 * 1024);
  });

  it('counts a streamed body with no Content-Length and stops reading it at the limit', async () => {
    const { stream, sent } = streamOf(10 * LIMITS.maxBodyBytes);
    await expectRefusal(await api.api.fetch(URL_, post(stream)), 413, 'REQUEST.BODY_TOO_LARGE');
    // Read-ahead of the stream machinery varies by Node line (Node 26 pulls four 16 KiB chunks past the limit
    // where 20–24 pull fewer); what matters is that it stops near the limit, not after the ten times it was sent.
    expect(sent()).toBeLessThanOrEqual(LIMITS.maxBodyBytes + 128 * 1024);
  });

  it('refuses a GET whose URL (the query string carries the query) is over the limit with 414', async () => {
    const query = encodeURIComponent(`{ rulePack { id } } #${'x'.repeat(LIMITS.maxBodyBytes)}`);
    const response = await api.api.fetch(`${URL_}?query=${query}`, { headers: { accept: 'application/json' } });
    await expectRefusal(response, 414, 'REQUEST.URL_TOO_LONG');
    const fine = await api.api.fetch(`${URL_}?query=${encodeURIComponent('{ rulePack { id } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(fine.status).toBe(200);
  });

  it('refuses an oversized chunked body over real HTTP, and the server goes on answering', async () => {
    const server = await listen(api.api, 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { ...json } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        // Chunked: no Content-Length header is sent.
        const chunk = ' '.repeat(32 * 1024);
        let written = 0;
        const pump = () => {
          while (written < 2 * LIMITS.maxBodyBytes) {
            written += chunk.length;
            if (!req.write(chunk)) return req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
      expect(status.status).toBe(413);
      expect(JSON.parse(status.body).errors[0].extensions.code).toBe('REQUEST.BODY_TOO_LARGE');
      const after = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { ...json },
        body: JSON.stringify({ query: '{ rulePack { id } }' }),
      });
      expect(after.status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the time budget of a request', () => {
  let store: Store;
  let delayMs = 0;
  let statements = 0;
  beforeAll(async () => {
    // Latency injected under the store: every statement takes delayMs more (a busy wait, as a slow disk would).
    store = await openFreshExampleStore({
      onQuery: () => {
        statements++;
        const until = performance.now() + delayMs;
        while (performance.now() < until);
      },
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers REQUEST.TIME_BUDGET_EXCEEDED, having run nothing, when a 1 ms budget is spent before execution', async () => {
    const tiny = await exampleApi({ timeBudgetMs: 1 });
    tiny.reset();
    const answer = await tiny.gql(EXAMPLE_QUERY);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'REQUEST.TIME_BUDGET_EXCEEDED', budgetMs: 1 } })]);
    expect(answer.errors![0]!.message).toContain('quá 1 ms');
    expect(tiny.statements).toBe(0);
  });

  it('writes nothing when a mutation’s budget is spent before it starts', async () => {
    const tiny = await exampleApi({ timeBudgetMs: 1 });
    const before = await rowCounts(tiny.store.db);
    const answer = await tiny.gql(`mutation ($source: ID!) { createPerson(fullName: "Người Quá Giờ", source: $source) { __typename } }`, {
      source: SYNTHETIC_SOURCE,
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('REQUEST.TIME_BUDGET_EXCEEDED');
    expect(await rowCounts(tiny.store.db)).toEqual(before);
  });

  it('stops a query that overruns its budget while it runs, and goes on answering', async () => {
    const slow = createApi({ db: store.db, today: () => TODAY, log: false, timeBudgetMs: 400 });
    const ask = async () => {
      const response = await slow.fetch(URL_, post(JSON.stringify({ query: EXAMPLE_QUERY })));
      expect(response.status).toBe(200);
      return (await response.json()) as Answer;
    };
    delayMs = 0;
    statements = 0;
    expect(dataOf(await ask()).assignments.totalCount).toBe(13);
    const full = statements;

    delayMs = 500; // the first statement alone spends the budget
    statements = 0;
    const stopped = await ask();
    const ran = statements;
    delayMs = 0;
    expect(stopped.data).toBeUndefined();
    expect(stopped.errors).toEqual([expect.objectContaining({ extensions: { code: 'REQUEST.TIME_BUDGET_EXCEEDED', budgetMs: 400 } })]);
    expect(ran).toBeLessThan(full);

    expect(dataOf(await ask()).assignments.totalCount).toBe(13);
    expect((await slow.fetch('http://mttq.test/health')).status).toBe(200);
  });
});

describe('depth, aliases, cost, tokens, directives and page size (the kinds not covered in limits.test.ts)', () => {
  it('refuses a negative page size, written or passed as a variable, before any SQL', async () => {
    api.reset();
    const literal = await api.gql(`{ units(level: PROVINCE, last: -1) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('PAGE.SIZE_TOO_LARGE');
    const variable = await api.gql(`query ($n: Int) { searchUnits(query: "a", first: $n) { totalCount } }`, { n: -5 });
    expect(variable.errors?.[0]?.extensions?.code).toBe('PAGE.SIZE_TOO_LARGE');
    expect(api.statements).toBe(0);
  });

  it('counts depth through fragments', async () => {
    api.reset();
    const fragments = Array.from(
      { length: LIMITS.maxDepth + 1 },
      (_, i) => `fragment F${i} on Unit { parent { ${i === LIMITS.maxDepth ? 'fullName' : `...F${i + 1}`} } }`,
    ).join('\n');
    const answer = await api.gql(`{ unit(id: "x") { ...F0 } }\n${fragments}`);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toContain(`Query depth limit of ${LIMITS.maxDepth} exceeded`);
    expect(api.statements).toBe(0);
  });

  it('refuses a document of more tokens than the limit', async () => {
    api.reset();
    const fields = Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ');
    const answer = await api.gql(`{ ${fields} }`);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toContain(`Token limit of ${LIMITS.maxTokens} exceeded`);
    expect(api.statements).toBe(0);
  });

  it('refuses more directives than the limit', async () => {
    api.reset();
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const answer = await api.gql(`{ rulePack ${directives} { id } }`);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toContain(`Directives limit of ${LIMITS.maxDirectives} exceeded`);
  });
});
