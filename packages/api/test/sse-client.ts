/** One `changes` event as the tests select it. */
export interface ChangeEventData {
  readonly cursor: string;
  readonly kind: string;
  readonly entityId: string;
  readonly recordId: string | null;
  readonly committedAt: string;
  readonly actor: string;
  readonly unit: { readonly id: string } | null;
}

export const CHANGES = `subscription($after: String, $under: UnitRefInput, $kinds: [String!], $asOf: Date) {
  changes(after: $after, under: $under, kinds: $kinds, asOf: $asOf) { cursor kind entityId recordId committedAt actor unit { id } }
}`;

/** A subscription over Server-Sent Events, read as a client would: the events as they come, and how to hang up. */
export interface SseSubscription {
  /** The next `data` of an event (`{ data }` or `{ errors }`); rejects after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<any>;
  /** Resolves once the server has ended the stream. */
  readonly ended: Promise<void>;
  close(): void;
}

/**
 * Subscribes with `Accept: text/event-stream`, by POST (what `curl -N` sends) or GET (what `EventSource`
 * sends), and resolves once the server has answered with the stream's headers.
 */
export async function subscribe(
  url: string,
  variables: Record<string, unknown> = {},
  token?: string,
  method: 'POST' | 'GET' = 'POST',
): Promise<SseSubscription> {
  const abort = new AbortController();
  const headers = { accept: 'text/event-stream', ...(token && { authorization: `Bearer ${token}` }) };
  // GET is what a browser's EventSource sends: the query and variables in the URL, no body.
  const response =
    method === 'GET'
      ? await fetch(`${url}?query=${encodeURIComponent(CHANGES)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
          headers,
          signal: abort.signal,
        })
      : await fetch(url, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query: CHANGES, variables }),
          signal: abort.signal,
        });
  if (!response.headers.get('content-type')?.startsWith('text/event-stream'))
    throw new Error(`not a stream: ${response.status} ${await response.text()}`);
  const queue: any[] = [];
  const waiters: ((value: any) => void)[] = [];
  let ended!: () => void;
  const endedPromise = new Promise<void>((resolve) => (ended = resolve));
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (event === 'next' || (event === undefined && data)) {
            const value = JSON.parse(data);
            const waiter = waiters.shift();
            if (waiter) waiter(value);
            else queue.push(value);
          }
        }
      }
    } catch {
      // aborted by close()
    }
    ended();
  })();
  return {
    next: (timeoutMs = 15_000) =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(wrapped), 1);
              reject(new Error(`no event within ${timeoutMs} ms`));
            }, timeoutMs);
            const wrapped = (value: any) => {
              clearTimeout(timer);
              resolve(value);
            };
            waiters.push(wrapped);
          }),
    ended: endedPromise,
    close: () => abort.abort(),
  };
}

/** The next `n` events' `changes` fields, failing on an error event. */
export async function nextChanges(sub: SseSubscription, n: number, timeoutMs?: number): Promise<ChangeEventData[]> {
  const out: ChangeEventData[] = [];
  for (let i = 0; i < n; i++) {
    const value = await sub.next(timeoutMs);
    if (value.errors) throw new Error(`subscription errors: ${JSON.stringify(value.errors)}`);
    out.push(value.data.changes);
  }
  return out;
}
