import type { OrganizationId, PersonId, PostId, UnitId } from '../shared/ids.js';
import type { TaskKind } from '../task/task-kind.js';
import type { IsoDate } from '../time/iso-date.js';

/** Who assigns: an organization, or a post. */
export type AssignerRef = { readonly kind: 'organization'; readonly id: OrganizationId } | { readonly kind: 'post'; readonly id: PostId };

/** Who is assigned: an organization, a post, or a person. */
export type AssigneeRef =
  | { readonly kind: 'organization'; readonly id: OrganizationId }
  | { readonly kind: 'post'; readonly id: PostId }
  | { readonly kind: 'person'; readonly id: PersonId };

/** The question "may this assigner give a task of this kind to this assignee, at this place, on this date?". */
export interface AssignmentRequest {
  readonly taskKind: TaskKind;
  readonly assigner: AssignerRef;
  readonly assignee: AssigneeRef;
  readonly placeUnitId?: UnitId | null;
  readonly date: IsoDate;
}
