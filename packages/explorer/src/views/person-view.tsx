import type { ResultOf } from '../graphql/graphql.js';
import { PersonSearchQuery, PersonTasksQuery } from '../graphql/person.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { useQuery } from '../use-query.js';
import { Link } from './link.js';
import { pending } from './status.js';

type PersonNode = NonNullable<ResultOf<typeof PersonSearchQuery>['searchPeople']>['edges'][number]['node'];

/** A person found by a name search (or by id among its matches): the posts they hold on the date and their tasks. */
export function PersonView({ name, id }: { readonly name: string; readonly id: string | undefined }) {
  const t = useMessages();
  const { place } = useNavigation();
  const state = useQuery(PersonSearchQuery, { name, date: place.date });
  const waiting = pending(state);
  if (waiting || state.status !== 'done') return waiting ?? null;
  const people = state.data.searchPeople?.edges.map((edge) => edge.node) ?? [];
  const person = people.find((candidate) => candidate.id === id) ?? (people.length === 1 ? people[0] : undefined);
  if (people.length === 0) return <p role="alert">{t.personNotFound(name)}</p>;
  if (!person) {
    return (
      <section aria-labelledby="matches">
        <h1 id="matches">{t.personMatches}</h1>
        <ul>
          {people.map((candidate) => (
            <li key={candidate.id}>
              <Link to={{ kind: 'person', name, id: candidate.id }}>{candidate.fullName}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return <PersonDetails person={person} />;
}

function PersonDetails({ person }: { readonly person: PersonNode }) {
  const t = useMessages();
  const holdings = person.holdings?.edges.map((edge) => edge.node) ?? [];
  return (
    <article aria-labelledby="person-name">
      <h1 id="person-name">{person.fullName}</h1>
      <section aria-labelledby="posts" class="card">
        <h2 id="posts">
          {t.postsHeld} ({holdings.length})
        </h2>
        {holdings.length === 0 ? (
          <p class="muted">{t.noPosts}</p>
        ) : (
          <ul data-testid="holdings">
            {holdings.map((holding) => (
              <li key={holding.id}>
                <strong>{holding.post?.title}</strong>, {holding.organization?.name}
                {holding.organization?.unit?.code && (
                  <>
                    {' · '}
                    <Link to={{ kind: 'unit', code: holding.organization.unit.code }}>{holding.organization.unit.fullName}</Link>
                  </>
                )}
                <span class="muted small"> · {holding.validity?.text}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PersonTasks personId={person.id} />
    </article>
  );
}

function PersonTasks({ personId }: { readonly personId: string }) {
  const t = useMessages();
  const { place } = useNavigation();
  const state = useQuery(PersonTasksQuery, { person: personId, date: place.date });
  const tasks = state.status === 'done' ? (state.data.tasksOfPerson?.edges.map((edge) => edge.node) ?? []) : [];
  return (
    <section aria-labelledby="tasks" class="card">
      <h2 id="tasks">{t.tasks}</h2>
      {pending(state)}
      {state.status === 'done' && tasks.length === 0 && <p class="muted">{t.noTasks}</p>}
      {tasks.length > 0 && (
        <ul class="assignments" data-testid="tasks">
          {tasks.map(({ assignment, paths }) => (
            <li key={assignment?.id} class={assignment?.overdue ? 'overdue' : undefined}>
              {assignment?.overdue && <span class="badge">{t.overdue}</span>}
              {assignment?.task?.title}
              {assignment?.task?.directive && (
                <span class="small">
                  {' · '}
                  <Link to={{ kind: 'directive', id: assignment.task.directive.id }}>{assignment.task.directive.title}</Link>
                </span>
              )}
              <ul class="paths">
                {(paths ?? []).map((path, index) => (
                  <li key={index}>
                    {path.path === 'DIRECT' ? t.pathDirect : path.path === 'POST' ? t.pathPost : t.pathHeadOf}
                    {path.holding ? `: ${path.holding.post?.title ?? ''}, ${path.holding.organization?.name ?? ''}` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
