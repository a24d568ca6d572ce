import { useMessages } from '../i18n.js';
import type { QueryState } from '../use-query.js';

/** What a view shows while its answer is on its way, or when it failed; `undefined` once there is data. */
export function pending<T>(state: QueryState<T>): preact.JSX.Element | undefined {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure message={state.message} />;
  return undefined;
}

function Loading() {
  const t = useMessages();
  return (
    <p class="muted" role="status">
      {t.loading}
    </p>
  );
}

function Failure({ message }: { readonly message: string }) {
  const t = useMessages();
  return (
    <p class="error" role="alert">
      {t.failed}: {message}
    </p>
  );
}
