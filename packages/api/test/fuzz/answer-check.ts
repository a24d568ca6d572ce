/** What a fuzzed request got back, once checked. */
export interface CheckedAnswer {
  readonly status: number;
  /** The GraphQL answer, for a JSON response; null for the documented responses without one. */
  readonly answer: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

/** Responses Yoga answers without a GraphQL body: preflight, unknown path, unacceptable Accept, unsupported media type. */
const BODILESS = new Set([204, 404, 406, 415]);

/** The probes answer 200 with an empty body. */
const PROBES = new Set(['/health', '/ready']);

/**
 * The invariant every request must keep, whatever it sends: no 5xx, no masked error ("Unexpected error." means
 * a resolver threw something unexpected: a bug), and a body that is a GraphQL answer with data or errors whose
 * messages say something — or one of the documented exceptions (413/414 refusals are JSON too; GraphiQL's page;
 * a streamed answer when the client asked for one).
 */
export async function checkAnswer(response: Response, describe: string, url = 'http://mttq.test/graphql'): Promise<CheckedAnswer> {
  const text = await response.text();
  const fail = (why: string): never => {
    throw new Error(
      `${why}\nstatus ${response.status}, content-type ${response.headers.get('content-type')}\nrequest: ${describe.slice(0, 3000)}\nresponse: ${text.slice(0, 3000)}`,
    );
  };
  const { status } = response;
  if (status >= 500) fail('5xx answer');
  if (text.includes('Unexpected error.')) fail('masked unexpected error (a bug)');
  const type = response.headers.get('content-type') ?? '';
  if (text === '') {
    if (BODILESS.has(status) || describe.startsWith('HEAD') || (status === 200 && PROBES.has(new URL(url).pathname)))
      return { status, answer: null };
    fail('empty body');
  }
  if (type.startsWith('text/html')) {
    if (status !== 200 || !text.includes('GraphiQL')) fail('HTML that is not GraphiQL');
    return { status, answer: null };
  }
  if (type.startsWith('text/event-stream') || type.startsWith('multipart/mixed')) {
    // A streamed answer: its events carry JSON answers; each must have data or errors.
    const events = [...text.matchAll(/(?:^data: |\r\n\r\n)(\{.*\})\s*$/gm)].map((match) => match[1]!);
    if (events.length === 0) fail('stream without an answer');
    for (const event of events) checkShape(JSON.parse(event) as CheckedAnswer['answer'], fail);
    return { status, answer: null };
  }
  if (!type.includes('json')) fail('not JSON');
  let answer: CheckedAnswer['answer'];
  try {
    answer = JSON.parse(text) as CheckedAnswer['answer'];
  } catch {
    return fail('body is not JSON');
  }
  checkShape(answer, fail);
  if ((status === 413 || status === 414) && !/^REQUEST\./.test(String(answer?.errors?.[0]?.extensions?.code)))
    fail('413/414 without its code');
  return { status, answer };
}

function checkShape(answer: CheckedAnswer['answer'], fail: (why: string) => never): void {
  if (answer === null || typeof answer !== 'object') return fail('answer is not an object');
  const hasData = answer.data !== undefined && answer.data !== null;
  const errors = answer.errors ?? [];
  if (!hasData && errors.length === 0) fail('neither data nor errors');
  for (const error of errors) {
    if (typeof error.message !== 'string' || error.message.trim() === '') fail('an error without a message');
  }
}
