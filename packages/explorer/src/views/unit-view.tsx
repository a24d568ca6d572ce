import { useEffect } from 'preact/hooks';
import type { ResultOf } from '../graphql/graphql.js';
import { UnitQuery, UnitSuccessorsQuery } from '../graphql/unit.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { useQuery } from '../use-query.js';
import { Link } from './link.js';
import { OrgChart } from './org-chart.js';
import { pending } from './status.js';
import { UnitAssignments } from './unit-assignments.js';

type UnitResult = Extract<NonNullable<ResultOf<typeof UnitQuery>['unitByCode']>, { __typename: 'Unit' }>;

/** Why the page moved to another unit by itself: the unit asked for had ended and this one carries it on. */
let carriedOn: { readonly code: string; readonly date: string; readonly text: string } | undefined;

/** A unit on the date: ancestors, children, organizations with posts and holders, tasks, org chart, lineage. */
export function UnitView({ code }: { readonly code: string }) {
  const { place } = useNavigation();
  const state = useQuery(UnitQuery, { code, date: place.date });
  const waiting = pending(state);
  if (waiting || state.status !== 'done') return waiting ?? null;
  const unit = state.data.unitByCode;
  if (unit?.__typename !== 'Unit') return <UnitGone code={code} />;
  const notice = carriedOn && carriedOn.code === code && carriedOn.date === place.date ? carriedOn.text : undefined;
  return <UnitDetails unit={unit} notice={notice} />;
}

function UnitDetails({ unit, notice }: { readonly unit: UnitResult; readonly notice: string | undefined }) {
  const t = useMessages();
  const children = unit.children?.edges.map((edge) => edge.node) ?? [];
  return (
    <article class="unit" aria-labelledby="unit-name">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <nav aria-label={t.ancestors} class="breadcrumb">
        {unit.ancestors?.length ? (
          <ol>
            {unit.ancestors.map((ancestor) => (
              <li key={ancestor.id}>
                <Link to={{ kind: 'unit', code: ancestor.code ?? '' }}>{ancestor.fullName}</Link>
              </li>
            ))}
            <li aria-current="page">{unit.fullName}</li>
          </ol>
        ) : null}
      </nav>
      <h1 id="unit-name">{unit.fullName}</h1>
      <p class="muted">
        {t.code} {unit.code} · {unit.kindLabel} · {t.validity} {unit.validity?.text}
      </p>
      <Lineage unit={unit} />
      <section aria-labelledby="children" class="card">
        <h2 id="children">
          {t.children} ({unit.children?.totalCount ?? 0})
        </h2>
        {children.length === 0 ? (
          <p class="muted">{t.noChildren}</p>
        ) : (
          <ul class="columns" data-testid="children">
            {children.map((child) => (
              <li key={child.id}>{child.code ? <Link to={{ kind: 'unit', code: child.code }}>{child.fullName}</Link> : child.fullName}</li>
            ))}
          </ul>
        )}
      </section>
      <OrgChart unit={unit} />
      <UnitAssignments code={unit.code ?? ''} />
    </article>
  );
}

function Lineage({ unit }: { readonly unit: UnitResult }) {
  const t = useMessages();
  const predecessors = unit.predecessors ?? [];
  const successors = unit.successors ?? [];
  // A district has no successor of its own: it answers through its communes (what they had become on 2025-07-01).
  const became = unit.validity?.validTo && successors.length === 0 ? (unit.becameOn ?? []).filter((other) => other.id !== unit.id) : [];
  return (
    <section aria-labelledby="lineage" class="card">
      <h2 id="lineage">{t.lineage}</h2>
      {predecessors.length === 0 && successors.length === 0 && became.length === 0 && <p class="muted">{t.noLineage}</p>}
      {became.length > 0 && (
        <div data-testid="became">
          <h3>{t.becameOn}</h3>
          <ul class="columns">
            {became.map((other) => (
              <li key={other.id}>
                <Link to={{ kind: 'unit', code: other.code ?? '' }} date="2025-07-01">
                  {other.fullName}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {predecessors.length > 0 && (
        <div data-testid="predecessors">
          <h3>{t.formedFrom}</h3>
          <ul>
            {predecessors.map((step) => (
              <li key={step.unit?.id}>
                <Link to={{ kind: 'unit', code: step.unit?.code ?? '' }} date={dayBefore(step.onDate ?? '')}>
                  {step.unit?.fullName}
                </Link>
                <span class="muted small"> · {step.onDate}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {successors.length > 0 && (
        <div data-testid="successors">
          <h3>{t.becameInto}</h3>
          <ul>
            {successors.map((step) => (
              <li key={step.unit?.id}>
                <Link to={{ kind: 'unit', code: step.unit?.code ?? '' }} date={step.onDate ?? undefined}>
                  {step.unit?.fullName}
                </Link>
                <span class="muted small"> · {step.onDate}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A code that names no unit on the date: the unit that bore it had ended, so show what it became. */
function UnitGone({ code }: { readonly code: string }) {
  const t = useMessages();
  const { place, go } = useNavigation();
  const state = useQuery(UnitSuccessorsQuery, { code, date: place.date });
  const data = state.status === 'done' ? state.data : undefined;
  // The latest unit with this code that had ended by the date.
  const ended = (data?.unitsEverCoded ?? []).filter((unit) => unit.validity?.validTo && unit.validity.validTo <= place.date).at(-1);
  const successors = ended?.becameOn ?? [];
  const sameName = successors.find((successor) => successor.name === ended?.name);
  useEffect(() => {
    if (!ended || !sameName?.code) return;
    carriedOn = {
      code: sameName.code,
      date: place.date,
      text: `${t.notInForce(ended.fullName ?? code, place.date)} ${t.replacedBy(sameName.fullName ?? '')}`,
    };
    go({ kind: 'unit', code: sameName.code }, { replace: true });
  }, [ended?.id, sameName?.code, place.date]);
  const waiting = pending(state);
  if (waiting) return waiting;
  if (!ended) return <p role="alert">{t.unitNotFound(code, place.date)}</p>;
  return (
    <article aria-labelledby="gone">
      <h1 id="gone">{ended.fullName}</h1>
      <p>{t.notInForce(ended.fullName ?? code, place.date)}</p>
      {successors.length > 0 && (
        <>
          <p>{t.successorsOn}</p>
          <ul class="columns">
            {successors.map((successor) => (
              <li key={successor.id}>
                <Link to={{ kind: 'unit', code: successor.code ?? '' }}>{successor.fullName}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** The day before a YYYY-MM-DD date, to see a predecessor on its last day. */
function dayBefore(date: string): string | undefined {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time - 86_400_000).toISOString().slice(0, 10);
}
