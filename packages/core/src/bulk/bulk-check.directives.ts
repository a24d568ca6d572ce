import { isDirectiveKind } from '../directive/directive-kind.js';
import { checkDirectiveFields, checkDirectiveParties, directiveValidity } from '../directive/directive.checks.js';
import { noIssuer } from '../directive/directive.errors.js';
import { directiveRow, type DirectiveInput } from '../directive/directive.repository.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type DirectiveId, type TaskId } from '../shared/ids.js';
import { validityFromRow } from '../store/validity.mapper.js';
import { RECURRENCES } from '../task/recurrence.js';
import { isTaskKind } from '../task/task-kind.js';
import { checkTaskTitle, taskRow, type TaskInput } from '../task/task.repository.js';
import { isProperRange } from '../time/validity.js';
import { checkDate, checkValidityDates, required, type BulkContext } from './bulk-context.js';
import { unknownValue } from './bulk.errors.js';

/**
 * Checks a directive as `createDirective` does (its field and party checks): a title and texts within their
 * limits, an issue date within the event horizon, issuers or signatories in force, a symbol whose issuer part
 * fits one of them.
 */
export function checkDirective(ctx: BulkContext, input: DirectiveInput): void {
  const id = ctx.claimId<DirectiveId>('dir', input.id ?? newId<DirectiveId>('dir'));
  checkDate('issuedOn', input.issuedOn);
  const title = checkDirectiveFields(input);
  if (!isDirectiveKind(input.kind)) refuse(unknownValue('kind', input.kind));
  ctx.requireSource(input.sourceId);
  checkValidityDates('validity', input.validity);
  const issuedOn = input.issuedOn ?? null;
  const validity = directiveValidity(input);
  if (!isProperRange(validity)) refuse(invalidRange(`văn bản ${input.symbol ?? title}`, validity));
  const parties = [
    ...(input.issuers ?? []).map((organizationId) => ({ organizationId, role: 'issuer' as const })),
    ...(input.signatories ?? []).map((organizationId) => ({ organizationId, role: 'signatory' as const })),
  ];
  if (parties.length === 0) refuse(noIssuer());
  const facts = parties.map((party) => {
    const org = required(ctx.organization(party.organizationId), 'ORGANIZATION.NOT_FOUND', party.organizationId);
    const unit = required(ctx.unit(org.unitId), 'UNIT.NOT_FOUND', org.unitId);
    return { id: org.id, name: org.name, type: org.type, validity: org.validity, level: unit.level };
  });
  checkDirectiveParties(input.symbol, issuedOn, validity, facts);
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
  const title = checkTaskTitle(input.title);
  if (!isTaskKind(input.kind)) refuse(unknownValue('kind', input.kind));
  if (!(RECURRENCES as readonly string[]).includes(input.recurrence)) refuse(unknownValue('recurrence', input.recurrence));
  ctx.requireSource(input.sourceId);
  const directive = required(ctx.directives.get(input.directiveId), 'DIRECTIVE.NOT_FOUND', input.directiveId);
  checkValidityDates('validity', input.validity);
  const row = taskRow(id, input, title, { id: directive.id as DirectiveId, label: directive.symbol ?? directive.title, validity: validityFromRow(directive) });
  ctx.rows.task.push(row);
  ctx.tasks.set(id, row);
}
