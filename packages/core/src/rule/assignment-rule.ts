import type { Level } from '../catalog/level.js';
import type { OrganizationType } from '../catalog/organization-type.js';
import type { PostType } from '../catalog/post-type.js';
import type { TaskKind } from '../task/task-kind.js';
import type { Validity } from '../time/validity.js';

/** Who may assign: an organization of some types, or a post of some types in such organizations. */
export type AssignerSpec =
  | { readonly kind: 'organization'; readonly organizationTypes: readonly OrganizationType[]; readonly levels?: readonly Level[] }
  | {
      readonly kind: 'post';
      readonly postTypes?: readonly PostType[];
      /** Only posts that head their organization. */
      readonly heads?: boolean;
      readonly organizationTypes: readonly OrganizationType[];
      readonly levels?: readonly Level[];
    };

/** Posts of some types (or heading posts) in organizations of some types. */
export interface PostSpec {
  readonly postTypes?: readonly PostType[];
  readonly heads?: boolean;
  readonly organizationTypes: readonly OrganizationType[];
}

/**
 * To whom: an organization of some types, a post matching a `PostSpec`, or a person who holds such a
 * post on the assignment's date.
 */
export type AssigneeSpec =
  | { readonly kind: 'organization'; readonly organizationTypes: readonly OrganizationType[] }
  | ({ readonly kind: 'post' } & PostSpec)
  | { readonly kind: 'holder'; readonly holding: PostSpec };

/**
 * How the assignee's unit must stand to the assigner's on the assignment's date:
 * `sameUnit` ("cùng cấp"), `childUnit` (directly below), `belowUnit` (anywhere below),
 * `withinSubtree` (the same unit or below).
 */
export type UnitRelation = 'sameUnit' | 'childUnit' | 'belowUnit' | 'withinSubtree';

/** Where the work happens, relative to the assigner: a unit of some levels inside its subtree. */
export interface PlaceSpec {
  readonly required: boolean;
  readonly levels?: readonly Level[];
  /** `withinAssignerSubtree`: the place is the assigner's unit or below it. */
  readonly relation: 'withinAssignerSubtree' | 'withinAssigneeSubtree';
}

/**
 * One rule: which assigner may give which task kinds to which assignees, with a relation between their
 * units and, optionally, a place. Plain data: serializable, and checked by the compiler.
 */
export interface AssignmentRule {
  readonly id: string;
  /** What the rule allows, in words a Front office uses. */
  readonly description: string;
  readonly taskKinds: readonly TaskKind[];
  readonly assigner: AssignerSpec;
  /** Any of these assignees. */
  readonly assignees: readonly AssigneeSpec[];
  readonly relation: UnitRelation;
  /** Absent: a place may be given anywhere inside the assigner's subtree, or not at all. */
  readonly place?: PlaceSpec;
  /**
   * Limits the rule to assigners whose unit lies, on the date, in one of these units (the province or
   * district whose regulation the rule encodes). Absent: anywhere.
   */
  readonly scope?: { readonly withinUnitIds: readonly string[] };
  readonly validity?: Validity;
  /** The document the rule comes from. */
  readonly basis?: string;
}

/** A named set of rules with its own validity: the default one, or one a province writes for itself. */
export interface RulePack {
  readonly id: string;
  readonly name: string;
  readonly validity?: Validity;
  readonly rules: readonly AssignmentRule[];
}

/**
 * Declares a rule pack; the compiler checks every organization type, post type, level and task kind.
 *
 * @example
 * export const communePack = defineRulePack({
 *   id: 'xa-minh-hoa',
 *   name: 'Quy chế xã Minh Họa',
 *   rules: [{
 *     id: 'nhiem-vu-nam',
 *     description: 'Thường trực Đảng ủy xã giao nhiệm vụ hằng năm cho Ủy ban MTTQ xã',
 *     taskKinds: ['yearly'],
 *     assigner: { kind: 'organization', organizationTypes: ['partyStandingMembers'], levels: ['commune'] },
 *     assignees: [{ kind: 'organization', organizationTypes: ['frontCommittee'] }],
 *     relation: 'sameUnit',
 *   }],
 * });
 */
export function defineRulePack<const P extends RulePack>(pack: P): P {
  return pack;
}
