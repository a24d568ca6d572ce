import type { TadaDocumentNode } from 'gql.tada';
import { useContext, useEffect, useState } from 'preact/hooks';
import { request } from './graphql/client.js';
import { LangContext } from './i18n.js';

/** The state of one question to the API. */
export type QueryState<Result> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'done'; readonly data: Result };

/**
 * Asks the API a typed question, in the page's language, whenever its variables or the language change; earlier
 * answers still on their way are dropped.
 */
export function useQuery<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  skip = false,
): QueryState<Result> {
  const [state, setState] = useState<QueryState<Result>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  const lang = useContext(LangContext);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, variables, controller.signal, lang).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
    // The variables are compared by value (key), not by identity: `key` stands for them in the dependencies.
  }, [document, key, skip, lang]);
  return state;
}
