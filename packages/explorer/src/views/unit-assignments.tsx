import { useEffect, useState } from 'preact/hooks';
import { request } from '../graphql/client.js';
import type { ResultOf } from '../graphql/graphql.js';
import { UnitAssignmentsQuery } from '../graphql/unit.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { Link } from './link.js';

type AssignmentEdge = NonNullable<ResultOf<typeof UnitAssignmentsQuery>['assignments']>['edges'][number];

const PAGE = 10;

/** Just the names of an assignee, whichever query read it. */
type AssigneeNames =
  | { readonly __typename: 'Organization'; readonly name: string | null }
  | { readonly __typename: 'Post'; readonly title: string | null; readonly organization: { readonly name: string | null } | null }
  | { readonly __typename: 'Person'; readonly fullName: string | null };

/** The tasks given under a unit up to the date, a page at a time ("show more"), overdue ones marked. */
export function UnitAssignments({ code }: { readonly code: string }) {
  const t = useMessages();
  const { place } = useNavigation();
  const [edges, setEdges] = useState<readonly AssignmentEdge[]>([]);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [next, setNext] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const load = async (after: string | undefined, signal?: AbortSignal) => {
    try {
      const data = await request(UnitAssignmentsQuery, { code, date: place.date, first: PAGE, after: after ?? null }, signal, place.lang);
      const page = data.assignments;
      setEdges((before) => [...(after ? before : []), ...(page?.edges ?? [])]);
      setTotal(page?.totalCount ?? 0);
      setNext(page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined);
    } catch (cause) {
      if (!signal?.aborted) setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  useEffect(() => {
    const controller = new AbortController();
    setEdges([]);
    setTotal(undefined);
    setError(undefined);
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [code, place.date]);

  return (
    <section aria-labelledby="assignments" class="card">
      <h2 id="assignments">
        {t.assignments}
        {total !== undefined ? ` (${total})` : ''}
      </h2>
      {error && (
        <p class="error" role="alert">
          {t.failed}: {error}
        </p>
      )}
      {total === undefined && !error && (
        <p class="muted" role="status">
          {t.loading}
        </p>
      )}
      {total === 0 && <p class="muted">{t.noAssignments}</p>}
      {edges.length > 0 && (
        <ul class="assignments">
          {edges.map(({ node }) => (
            <li key={node.id} class={node.overdue ? 'overdue' : undefined}>
              {node.overdue && <span class="badge">{t.overdue}</span>}
              {node.task?.title}
              <span class="muted small">
                {' · '}
                {assigneeName(node.assignee)}
                {node.period?.label ? ` · ${node.period.label}` : ''}
                {node.dueOn ? ` · ${t.due} ${node.dueOn}` : ''}
                {node.status ? ` · ${t.statuses[node.status] ?? node.status}` : ''}
              </span>
              {node.task?.directive && (
                <span class="small">
                  {' · '}
                  <Link to={{ kind: 'directive', id: node.task.directive.id }}>{node.task.directive.title}</Link>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t.more}
        </button>
      )}
    </section>
  );
}

/** The name of whoever a task was given to: a body, a post (with its body) or a person. */
export function assigneeName(assignee: AssigneeNames | null | undefined): string {
  if (!assignee) return '';
  switch (assignee.__typename) {
    case 'Organization':
      return assignee.name ?? '';
    case 'Post':
      return `${assignee.title ?? ''}, ${assignee.organization?.name ?? ''}`;
    case 'Person':
      return assignee.fullName ?? '';
  }
}
