import { ASSIGNMENT_STATUSES, canTransition, type AssignmentStatus } from '../assignment/assignment-status.js';
import type { Db } from '../store/database.js';
import type { Texts } from '../shared/lang.js';
import { violation, type StoreViolation } from './store-violation.js';

const isStatus = (s: string): s is AssignmentStatus => (ASSIGNMENT_STATUSES as readonly string[]).includes(s);

/**
 * Every assignment's history is one unbroken chain: events numbered 0, 1, 2, … starting with `assigned`, each
 * step an allowed transition, dates never going back, and the assignment's status the last event's.
 */
export async function verifyAssignmentEvents(db: Db): Promise<StoreViolation[]> {
  const [assignments, events] = await Promise.all([
    db.selectFrom('assignment').select(['id', 'status']).execute(),
    db
      .selectFrom('assignment_event')
      .select(['id', 'assignment_id', 'seq', 'status', 'on_date'])
      .orderBy('assignment_id')
      .orderBy('seq')
      .execute(),
  ]);
  const eventsOf = new Map<string, typeof events>();
  for (const e of events) eventsOf.set(e.assignment_id, [...(eventsOf.get(e.assignment_id) ?? []), e]);
  const violations: StoreViolation[] = [];
  const broken = (id: string, why: Texts) =>
    violations.push(
      violation(
        'ASSIGNMENT.EVENTS_BROKEN',
        {
          vi: `Lịch sử trạng thái của nhiệm vụ được giao ${id} bị hỏng: ${why.vi}.`,
          en: `The status history of the assignment ${id} is broken: ${why.en}.`,
        },
        [id],
      ),
    );
  for (const a of assignments) {
    const list = eventsOf.get(a.id) ?? [];
    eventsOf.delete(a.id);
    if (list.length === 0) {
      broken(a.id, { vi: 'không có sự kiện nào', en: 'it has no events' });
      continue;
    }
    const gap = list.findIndex((e, i) => e.seq !== i);
    if (gap >= 0) broken(a.id, { vi: `sự kiện thứ ${gap} mang số ${list[gap]!.seq}`, en: `event ${gap} is numbered ${list[gap]!.seq}` });
    if (list[0]!.status !== 'assigned') {
      broken(a.id, {
        vi: `sự kiện đầu tiên là "${list[0]!.status}", không phải "assigned"`,
        en: `the first event is "${list[0]!.status}", not "assigned"`,
      });
    }
    for (let i = 1; i < list.length; i++) {
      const [from, to] = [list[i - 1]!, list[i]!];
      if (!isStatus(from.status) || !isStatus(to.status) || !canTransition(from.status, to.status)) {
        broken(a.id, {
          vi: `chuyển từ "${from.status}" sang "${to.status}" (sự kiện ${to.seq}) không được phép`,
          en: `the step from "${from.status}" to "${to.status}" (event ${to.seq}) is not allowed`,
        });
      }
      if (to.on_date < from.on_date) {
        broken(a.id, {
          vi: `sự kiện ${to.seq} ngày ${to.on_date} trước sự kiện ${from.seq} ngày ${from.on_date}`,
          en: `event ${to.seq} on ${to.on_date} comes before event ${from.seq} on ${from.on_date}`,
        });
      }
    }
    const last = list[list.length - 1]!;
    if (a.status !== last.status) {
      broken(a.id, {
        vi: `trạng thái ghi là "${a.status}" nhưng sự kiện cuối cùng là "${last.status}"`,
        en: `its status is "${a.status}" but its last event is "${last.status}"`,
      });
    }
  }
  for (const id of eventsOf.keys())
    broken(id, { vi: 'có sự kiện nhưng không có nhiệm vụ được giao', en: 'there are events but no assignment' });
  return violations;
}
