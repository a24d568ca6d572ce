import { useState } from 'preact/hooks';
import { request } from '../graphql/client.js';
import type { ResultOf } from '../graphql/graphql.js';
import { CheckAssignmentQuery } from '../graphql/rule-check.query.js';
import { TASK_KINDS, useMessages, useTaskKindLabel, type TaskKind } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { OrganizationPicker, type Chosen } from './organization-picker.js';

type Decision = NonNullable<ResultOf<typeof CheckAssignmentQuery>['checkAssignment']>;

/** Choose an assigner, an assignee and a task kind; see the rule pack's decision on the date, explained rule by rule. */
export function RuleCheckView() {
  const t = useMessages();
  const kindLabel = useTaskKindLabel();
  const { place } = useNavigation();
  const [assigner, setAssigner] = useState<Chosen | undefined>(undefined);
  const [assignee, setAssignee] = useState<Chosen | undefined>(undefined);
  const [kind, setKind] = useState<TaskKind>('YEARLY');
  const [decision, setDecision] = useState<Decision | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const check = async (event: Event) => {
    event.preventDefault();
    if (!assigner || !assignee) return;
    setError(undefined);
    try {
      const data = await request(
        CheckAssignmentQuery,
        { date: place.date, assigner: assigner.id, assignee: assignee.id, kind },
        undefined,
        place.lang,
      );
      setDecision(data.checkAssignment ?? undefined);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <article aria-labelledby="rules-title">
      <h1 id="rules-title">{t.ruleCheck}</h1>
      <form onSubmit={(event) => void check(event)} class="card">
        <OrganizationPicker id="assigner" label={t.assigner} value={assigner} onChange={setAssigner} />
        <OrganizationPicker id="assignee" label={t.assignee} value={assignee} onChange={setAssignee} />
        <label for="task-kind">{t.taskKind}</label>
        <select id="task-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as TaskKind)}>
          {TASK_KINDS.map((value) => (
            <option key={value} value={value}>
              {kindLabel(value)}
            </option>
          ))}
        </select>
        <p>
          <button id="check" type="submit" disabled={!assigner || !assignee}>
            {t.check}
          </button>
        </p>
      </form>
      {error && (
        <p class="error" role="alert">
          {t.failed}: {error}
        </p>
      )}
      {decision && <DecisionView decision={decision} />}
    </article>
  );
}

function DecisionView({ decision }: { readonly decision: Decision }) {
  const t = useMessages();
  if (decision.__typename !== 'AssignmentDecision') {
    return (
      <p role="alert" class="error">
        {decision.message}
      </p>
    );
  }
  return (
    <section aria-labelledby="decision" class="card" data-testid="decision">
      <h2 id="decision" class={decision.allowed ? 'allowed' : 'refused'}>
        {decision.allowed ? `✓ ${t.allowed}` : `✗ ${t.refused}`}
        {decision.ruleId ? ` · ${t.byRule} ${decision.ruleId}` : ''}
      </h2>
      {(decision.preconditionFailures ?? []).length > 0 && (
        <ul>
          {(decision.preconditionFailures ?? []).map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      )}
      <h3>{t.perRule}</h3>
      <table class="trace">
        <thead>
          <tr>
            <th scope="col">{t.byRule}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {(decision.trace ?? []).map((rule) => (
            <tr key={rule.ruleId} data-testid="rule-trace">
              <th scope="row">
                <code>{rule.ruleId}</code>
                <div class="muted small">{rule.description}</div>
              </th>
              <td>{rule.allowed ? `✓ ${t.allowed}` : `✗ ${rule.reason ?? ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
