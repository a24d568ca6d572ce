/** The connection (page) types of the node types, declared beside the refs so any type file can use them. */
import { builder } from './builder.js';
import {
  AssignmentEventNode,
  AssignmentNode,
  DirectiveNode,
  HoldingNode,
  OrganizationNode,
  PersonNode,
  PostNode,
  ProgressReportNode,
  TaskNode,
  UnitNode,
} from './refs.js';

/** A page of units. */
export const UnitConnection = builder.connectionObject({ type: UnitNode, name: 'UnitConnection' });
/** A page of organizations. */
export const OrganizationConnection = builder.connectionObject({ type: OrganizationNode, name: 'OrganizationConnection' });
/** A page of posts. */
export const PostConnection = builder.connectionObject({ type: PostNode, name: 'PostConnection' });
/** A page of people. */
export const PersonConnection = builder.connectionObject({ type: PersonNode, name: 'PersonConnection' });
/** A page of holdings. */
export const HoldingConnection = builder.connectionObject({ type: HoldingNode, name: 'HoldingConnection' });
/** A page of directives. */
export const DirectiveConnection = builder.connectionObject({ type: DirectiveNode, name: 'DirectiveConnection' });
/** A page of tasks. */
export const TaskConnection = builder.connectionObject({ type: TaskNode, name: 'TaskConnection' });
/** A page of assignments. */
export const AssignmentConnection = builder.connectionObject({ type: AssignmentNode, name: 'AssignmentConnection' });
/** A page of status events. */
export const AssignmentEventConnection = builder.connectionObject({ type: AssignmentEventNode, name: 'AssignmentEventConnection' });
/** A page of progress reports. */
export const ProgressReportConnection = builder.connectionObject({ type: ProgressReportNode, name: 'ProgressReportConnection' });
