import { DirectiveQuery, ResponsibleForQuery } from '../graphql/directive.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { useQuery } from '../use-query.js';
import { Link } from './link.js';
import { pending } from './status.js';
import { assigneeName } from './unit-assignments.js';

/** A directive on the date: who issued it, its tasks, and who answers for each. */
export function DirectiveView({ id }: { readonly id: string }) {
  const t = useMessages();
  const { place } = useNavigation();
  const state = useQuery(DirectiveQuery, { id, date: place.date });
  // An id that is not a directive's (a mistyped link) reads as "not found", not as the API's message.
  if (state.status === 'error' || (state.status === 'done' && !state.data.directive)) return <p role="alert">{t.directiveNotFound}</p>;
  const waiting = pending(state);
  if (waiting || state.status !== 'done') return waiting ?? null;
  const directive = state.data.directive;
  if (!directive) return null;
  const tasks = directive.tasks?.edges.map((edge) => edge.node) ?? [];
  return (
    <article aria-labelledby="directive-title">
      <h1 id="directive-title">
        {directive.symbol?.raw ? `${directive.symbol.raw} — ` : ''}
        {directive.title}
      </h1>
      <p class="muted">
        {directive.kindLabel}
        {directive.issuedOn ? ` · ${t.issuedOn} ${directive.issuedOn}` : ''} · {t.validity} {directive.validity?.text}
      </p>
      {directive.parties && directive.parties.length > 0 && (
        <p>
          {t.issuers}:{' '}
          {directive.parties.map((party, index) => (
            <span key={party.organization?.id}>
              {index > 0 && ', '}
              {party.organization?.unit?.code ? (
                <Link to={{ kind: 'unit', code: party.organization.unit.code }}>{party.organization.name}</Link>
              ) : (
                party.organization?.name
              )}
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="directive-tasks" class="card">
        <h2 id="directive-tasks">{t.directiveTasks}</h2>
        {tasks.length === 0 ? (
          <p class="muted">{t.noTasks}</p>
        ) : (
          <ul>
            {tasks.map((task) => (
              <li key={task.id}>
                <strong>{task.title}</strong> <span class="muted small">· {task.kindLabel}</span>
                <Responsible taskId={task.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function Responsible({ taskId }: { readonly taskId: string }) {
  const t = useMessages();
  const { place } = useNavigation();
  const state = useQuery(ResponsibleForQuery, { task: taskId, date: place.date });
  const waiting = pending(state);
  if (waiting || state.status !== 'done') return waiting ?? null;
  const rows = state.data.responsibleFor?.edges.map((edge) => edge.node) ?? [];
  if (rows.length === 0) return <p class="muted small">{t.noAssignments}</p>;
  return (
    <ul class="small">
      {rows.map(({ assignment, people }) => (
        <li key={assignment?.id} class={assignment?.overdue ? 'overdue' : undefined}>
          {assignment?.overdue && <span class="badge">{t.overdue}</span>}
          {assigneeName(assignment?.assignee ?? null)} — {t.responsible}:{' '}
          {(people ?? []).length === 0
            ? t.nobody
            : (people ?? []).map((row, index) => (
                <span key={row.person?.id ?? index}>
                  {index > 0 && ', '}
                  {row.person ? (
                    <Link to={{ kind: 'person', name: row.person.fullName ?? '', id: row.person.id }}>{row.person.fullName}</Link>
                  ) : null}
                </span>
              ))}
        </li>
      ))}
    </ul>
  );
}
