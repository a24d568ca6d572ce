import type { Db } from '../store/database.js';
import type { Texts } from '../shared/lang.js';
import { violation, type StoreViolation } from './store-violation.js';

/** The facts an assignment's decision stood on, each as the check reports it gone. */
const BASIS = {
  assigner_org_ok: { vi: 'bên giao không còn hoạt động vào ngày đó', en: 'the assigner was no longer active on that day' },
  assigner_post_ok: { vi: 'chức vụ giao nhiệm vụ không còn vào ngày đó', en: 'the assigning post no longer existed on that day' },
  assignee_org_ok: {
    vi: 'tổ chức nhận không còn hoạt động vào ngày đó',
    en: 'the receiving organization was no longer active on that day',
  },
  assignee_post_ok: { vi: 'chức vụ nhận không còn vào ngày đó', en: 'the receiving post no longer existed on that day' },
  holding_ok: {
    vi: 'người nhận không còn giữ chức vụ mà qua đó nhiệm vụ được giao vào ngày đó',
    en: 'the assignee no longer held the post the task was given through on that day',
  },
} as const satisfies Record<string, Texts>;

/**
 * Every assignment still stands on the facts its rule decision read on the day it was given: its assigner
 * (organization, and post when a post gave it) and its assignee (organization or post) were in force that day,
 * and a person who received it through a post held that post that day. A holding or a body ended afterwards
 * with an earlier date would pull the ground from under the decision.
 */
export async function verifyAssignmentBasis(db: Db): Promise<StoreViolation[]> {
  const rows = await db
    .selectFrom('assignment as a')
    .innerJoin('organization as ao', 'ao.id', 'a.assigner_org_id')
    .leftJoin('post as ap', 'ap.id', 'a.assigner_post_id')
    .leftJoin('organization as eo', 'eo.id', 'a.assignee_org_id')
    .leftJoin('post as ep', 'ep.id', 'a.assignee_post_id')
    .select((eb) => [
      'a.id',
      'a.assigned_on',
      'a.assignee_kind',
      eb.and([eb('ao.valid_from', '<=', eb.ref('a.assigned_on')), eb('ao.valid_to', '>', eb.ref('a.assigned_on'))]).as('assigner_org_ok'),
      eb
        .or([
          eb('a.assigner_post_id', 'is', null),
          eb.and([eb('ap.valid_from', '<=', eb.ref('a.assigned_on')), eb('ap.valid_to', '>', eb.ref('a.assigned_on'))]),
        ])
        .as('assigner_post_ok'),
      eb
        .or([
          eb('a.assignee_org_id', 'is', null),
          eb.and([eb('eo.valid_from', '<=', eb.ref('a.assigned_on')), eb('eo.valid_to', '>', eb.ref('a.assigned_on'))]),
        ])
        .as('assignee_org_ok'),
      eb
        .or([
          eb('a.assignee_post_id', 'is', null),
          eb.and([eb('ep.valid_from', '<=', eb.ref('a.assigned_on')), eb('ep.valid_to', '>', eb.ref('a.assigned_on'))]),
        ])
        .as('assignee_post_ok'),
      eb
        .or([
          eb('a.assignee_person_id', 'is', null),
          eb('a.assignee_via_post_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('holding as h')
              .select('h.id')
              .whereRef('h.person_id', '=', 'a.assignee_person_id')
              .whereRef('h.post_id', '=', 'a.assignee_via_post_id')
              .whereRef('h.valid_from', '<=', 'a.assigned_on')
              .whereRef('h.valid_to', '>', 'a.assigned_on'),
          ),
        ])
        .as('holding_ok'),
    ])
    .execute();
  const violations: StoreViolation[] = [];
  const truthy = (v: unknown) => v === true || v === 1 || v === '1';
  for (const r of rows) {
    const gone = (Object.keys(BASIS) as (keyof typeof BASIS)[]).filter((fact) => !truthy(r[fact])).map((fact) => BASIS[fact]);
    if (gone.length > 0) {
      violations.push(
        violation(
          'ASSIGNMENT.BASIS_GONE',
          {
            vi: `Nhiệm vụ được giao ${r.id} ngày ${r.assigned_on} không còn căn cứ: ${gone.map((g) => g.vi).join('; ')}.`,
            en: `The assignment ${r.id} of ${r.assigned_on} has lost its basis: ${gone.map((g) => g.en).join('; ')}.`,
          },
          [r.id],
        ),
      );
    }
  }
  return violations;
}
