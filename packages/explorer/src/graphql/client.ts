import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** Where the page sends its questions: the API that serves it. */
export const GRAPHQL_URL = '/graphql';

/** A failed request: the API's message and code, or the network's. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Sends a typed document to the API and returns its typed data; an error answer becomes a GraphqlRequestError.
 * `lang` is the page's language, sent as `Accept-Language` so the API's messages (errors, rule explanations)
 * come in it too.
 */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
  lang: 'vi' | 'en' = 'vi',
): Promise<Result> {
  const query = printed(document);
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'accept-language': lang },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  if (first || !body.data) throw new GraphqlRequestError(first?.message ?? `HTTP ${response.status}`, first?.extensions?.code);
  return body.data;
}

const printedDocuments = new WeakMap<object, string>();

/** The text of a document, printed once (gql.tada keeps the parsed document, not its source). */
function printed(document: TadaDocumentNode<unknown, never>): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}
