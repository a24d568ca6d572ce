import { assignTask, changeAssignmentStatus, registerAssignment, reportProgress } from '@mttq/core';
import { assignmentTarget, assignTaskTarget, clockOf } from '../auth/write-targets.js';
import { AuthError, orThrow, RuleDeniedError } from '../errors/api-error.js';
import { assigneeRef, assignerRef } from './assignment-decision.js';
import { builder } from './builder.js';
import { AssignmentStatusEnum } from './catalog/assignment-status.enum.js';
import {
  AssignmentEventNode,
  AssignmentNode,
  OrganizationNode,
  PersonNode,
  PostNode,
  ProgressReportNode,
  SourceNode,
  TaskNode,
  UnitNode,
} from './refs.js';
import { at } from './shared/at.js';
import { DateScalar } from './shared/scalars.js';

const AssignTaskInput = builder.inputType('AssignTaskInput', {
  description: 'A task to give, for one of its periods; the rule pack is checked as of assignedOn.',
  fields: (t) => ({
    task: t.globalID({ for: TaskNode, required: true }),
    period: t.string({ description: '2023, 2023-Q3, 2023-07 or once; default: the task’s period holding on assignedOn.' }),
    assigner: t.globalID({ for: [OrganizationNode, PostNode], required: true }),
    assignee: t.globalID({ for: [OrganizationNode, PostNode, PersonNode], required: true }),
    place: t.globalID({ for: UnitNode }),
    assignedOn: t.field({ type: DateScalar, required: true }),
    dueOn: t.field({ type: DateScalar }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const StatusChangeInput = builder.inputType('ChangeAssignmentStatusInput', {
  fields: (t) => ({
    assignment: t.globalID({ for: AssignmentNode, required: true }),
    status: t.field({ type: AssignmentStatusEnum, required: true }),
    on: t.field({ type: DateScalar, required: true }),
    note: t.string(),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const RegisterInput = builder.inputType('RegisterAssignmentInput', {
  description: 'Registering to carry out an assignment (đăng ký thực hiện), with the content committed to.',
  fields: (t) => ({
    assignment: t.globalID({ for: AssignmentNode, required: true }),
    on: t.field({ type: DateScalar, required: true }),
    content: t.string({ required: true }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

const ReportInput = builder.inputType('ReportProgressInput', {
  fields: (t) => ({
    assignment: t.globalID({ for: AssignmentNode, required: true }),
    on: t.field({ type: DateScalar, required: true }),
    text: t.string({ required: true }),
    percent: t.int({ description: '0–100.' }),
    source: t.globalID({ for: SourceNode, required: true }),
  }),
});

builder.mutationFields((t) => ({
  assignTask: t.field({
    type: AssignmentNode,
    description:
      'Gives a task if a rule of the pack allows it; a refusal is a RuleDeniedError explaining every rule, and nothing is written.',
    args: { input: t.arg({ type: AssignTaskInput, required: true }) },
    errors: { types: [RuleDeniedError, AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await assignTaskTarget(ctx, input) }),
    resolve: async (_root, { input }, ctx) => {
      const assignment = orThrow(
        await assignTask(
          ctx.db,
          ctx.rulePack,
          {
            taskId: input.task.id,
            periodKey: input.period ?? undefined,
            assigner: assignerRef(input.assigner),
            assignee: assigneeRef(input.assignee),
            placeUnitId: input.place?.id ?? null,
            assignedOn: input.assignedOn,
            dueOn: input.dueOn ?? null,
            sourceId: input.source.id,
          },
          clockOf(ctx),
        ),
      );
      return at(assignment, input.assignedOn);
    },
  }),
  changeAssignmentStatus: t.field({
    type: AssignmentEventNode,
    description:
      'Moves an assignment to a new status on a date, along the allowed transitions only (ASSIGNMENT.TRANSITION_NOT_ALLOWED otherwise).',
    args: { input: t.arg({ type: StatusChangeInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await assignmentTarget(ctx, input.assignment.id, input.on) }),
    resolve: async (_root, { input }, ctx) => {
      const event = orThrow(
        await changeAssignmentStatus(
          ctx.db,
          {
            assignmentId: input.assignment.id,
            status: input.status,
            on: input.on,
            note: input.note ?? undefined,
            sourceId: input.source.id,
          },
          clockOf(ctx),
        ),
      );
      return at(event, input.on);
    },
  }),
  registerAssignment: t.field({
    type: AssignmentEventNode,
    description: 'Registers to carry out an assignment, keeping the content registered (a Front chair’s breakthrough).',
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await assignmentTarget(ctx, input.assignment.id, input.on) }),
    resolve: async (_root, { input }, ctx) => {
      const event = orThrow(
        await registerAssignment(
          ctx.db,
          { assignmentId: input.assignment.id, on: input.on, content: input.content, sourceId: input.source.id },
          clockOf(ctx),
        ),
      );
      return at(event, input.on);
    },
  }),
  reportProgress: t.field({
    type: ProgressReportNode,
    description: 'Records a dated progress report on an assignment.',
    args: { input: t.arg({ type: ReportInput, required: true }) },
    errors: { types: [AuthError], directResult: true },
    authScopes: async (_root, { input }, ctx) => ({ writesAt: await assignmentTarget(ctx, input.assignment.id, input.on) }),
    resolve: async (_root, { input }, ctx) => {
      const report = orThrow(
        await reportProgress(
          ctx.db,
          {
            assignmentId: input.assignment.id,
            on: input.on,
            text: input.text,
            percent: input.percent ?? null,
            sourceId: input.source.id,
          },
          clockOf(ctx),
        ),
      );
      return at(report, input.on);
    },
  }),
}));
