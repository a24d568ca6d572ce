import { isDirectiveKind } from '../directive/directive-kind.js';
import { emptyTitle, issuerNotInForce, noIssuer } from '../directive/directive.errors.js';
import { directiveRow, type DirectiveInput } from '../directive/directive.repository.js';
import { invalidRange } from '../shared/common.errors.js';
import { coreError, refuse } from '../shared/core-error.js';
import { newId, type DirectiveId, type TaskId } from '../shared/ids.js';
import { validityFromRow } from '../store/validity.mapper.js';
import { RECURRENCES } from '../task/recurrence.js';
import { isTaskKind } from '../task/task-kind.js';
import { taskRow, type TaskInput } from '../task/task.repository.js';
import { ALWAYS, holdsOn, isProperRange } from '../time/validity.js';
import { checkDate, checkValidityDates, required, type BulkContext } from './bulk-context.js';
import { unknownValue } from './bulk.errors.js';

/** Checks a directive as `createDirective` does: a title, issuers or signatories in force on the issue date. */
export function checkDirective(ctx: BulkContext, input: DirectiveInput): void {
  const id = ctx.claimId<DirectiveId>('dir', input.id ?? newId<DirectiveId>('dir'));
  const title = input.title.trim();
  if (title === '') refuse(emptyTitle());
  if (!isDirectiveKind(input.kind)) refuse(unknownValue('kind', input.kind));
  ctx.requireSource(input.sourceId);
  checkDate('issuedOn', input.issuedOn);
  checkValidityDates('validity', input.validity);
  const issuedOn = input.issuedOn ?? null;
  const validity = input.validity ?? (issuedOn ? { validFrom: issuedOn, validTo: null } : ALWAYS);
  if (!isProperRange(validity)) refuse(invalidRange(`văn bản ${input.symbol ?? title}`, validity));
  const parties = [
    ...(input.issuers ?? []).map((organizationId) => ({ organizationId, role: 'issuer' as const })),
    ...(input.signatories ?? []).map((organizationId) => ({ organizationId, role: 'signatory' as const })),
  ];
  if (parties.length === 0) refuse(noIssuer());
  for (const party of parties) {
    const org = required(ctx.organization(party.organizationId), 'ORGANIZATION.NOT_FOUND', party.organizationId);
    if (issuedOn && !holdsOn(org.validity, issuedOn)) refuse(issuerNotInForce(org.name, org.id, issuedOn));
  }
  if (input.implementsId) required(ctx.directives.get(input.implementsId), 'DIRECTIVE.NOT_FOUND', input.implementsId);
  const row = directiveRow(id, input, title, issuedOn, validity);
  ctx.rows.directive.push(row);
  ctx.directives.set(id, row);
  const unique = [...new Map(parties.map((p) => [p.organizationId, p])).values()];
  for (const p of unique) ctx.rows.directive_party.push({ directive_id: id, organization_id: p.organizationId, role: p.role });
}

/** Checks a task as `createTask` does: a title, a known kind and recurrence, within its directive's validity. */
export function checkTask(ctx: BulkContext, input: TaskInput): void {
  const id = ctx.claimId<TaskId>('task', input.id ?? newId<TaskId>('task'));
  const title = input.title.trim();
  if (title === '') refuse(coreError('TASK.EMPTY_TITLE', 'Tên nhiệm vụ không được để trống.'));
  if (!isTaskKind(input.kind)) refuse(unknownValue('kind', input.kind));
  if (!(RECURRENCES as readonly string[]).includes(input.recurrence)) refuse(unknownValue('recurrence', input.recurrence));
  ctx.requireSource(input.sourceId);
  const directive = required(ctx.directives.get(input.directiveId), 'DIRECTIVE.NOT_FOUND', input.directiveId);
  checkValidityDates('validity', input.validity);
  const row = taskRow(id, input, title, { id: directive.id as DirectiveId, label: directive.symbol ?? directive.title, validity: validityFromRow(directive) });
  ctx.rows.task.push(row);
  ctx.tasks.set(id, row);
}
