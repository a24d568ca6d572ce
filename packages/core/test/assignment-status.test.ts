import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_STATUSES,
  ASSIGNMENT_TRANSITIONS,
  canTransition,
  checkTransition,
  isOpen,
  isOverdue,
} from '../src/assignment/assignment-status.js';
import { isoDate } from '../src/time/iso-date.js';

const d = isoDate;

describe('the lifecycle of an assigned task', () => {
  it('lets a commune Front chair register a breakthrough task that was assigned, then carry it out', () => {
    expect(canTransition('assigned', 'registered')).toBe(true);
    expect(canTransition('registered', 'inProgress')).toBe(true);
    expect(canTransition('inProgress', 'done')).toBe(true);
  });

  it('allows exactly the transitions of the table', () => {
    const allowed = ASSIGNMENT_STATUSES.flatMap((from) =>
      ASSIGNMENT_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'assigned→registered',
      'assigned→accepted',
      'assigned→inProgress',
      'assigned→cancelled',
      'registered→accepted',
      'registered→inProgress',
      'registered→cancelled',
      'accepted→inProgress',
      'accepted→cancelled',
      'inProgress→done',
      'inProgress→cancelled',
    ]);
    expect(ASSIGNMENT_TRANSITIONS.done).toEqual([]);
  });

  it('accepts an allowed change and returns the new status', () => {
    expect(checkTransition('accepted', 'inProgress')).toEqual({ ok: true, value: 'inProgress' });
  });

  it('refuses to mark an assigned task done before work starts, naming the allowed next statuses', () => {
    const result = checkTransition('assigned', 'done');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ASSIGNMENT.TRANSITION_NOT_ALLOWED');
    expect(result.error.details).toEqual({ from: 'assigned', to: 'done', allowed: ['registered', 'accepted', 'inProgress', 'cancelled'] });
    expect(result.error.message).toContain('"Đã giao"');
    expect(result.error.message).toContain('"Hoàn thành"');
    expect(result.error.message).toContain('"Đã đăng ký thực hiện", "Đã nhận", "Đang thực hiện", "Đã hủy"');
  });

  it('refuses to reopen a cancelled task, saying it is final', () => {
    const result = checkTransition('cancelled', 'inProgress');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('"Đã hủy" là trạng thái cuối');
  });

  it('counts a task as open until it is done or cancelled', () => {
    expect(ASSIGNMENT_STATUSES.filter(isOpen)).toEqual(['assigned', 'registered', 'accepted', 'inProgress']);
  });
});

describe('overdue tasks', () => {
  const due = d('2023-06-30');

  it('marks a yearly task still in progress after its due date as overdue', () => {
    expect(isOverdue({ status: 'inProgress', dueDate: due, completedOn: null }, d('2023-07-01'))).toBe(true);
    expect(isOverdue({ status: 'assigned', dueDate: due, completedOn: null }, d('2023-12-31'))).toBe(true);
  });

  it('does not count the due date itself as late', () => {
    expect(isOverdue({ status: 'inProgress', dueDate: due, completedOn: null }, due)).toBe(false);
  });

  it('never counts a done or cancelled task as overdue', () => {
    expect(isOverdue({ status: 'done', dueDate: due, completedOn: d('2023-08-01') }, d('2023-09-01'))).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: due, completedOn: null }, d('2023-09-01'))).toBe(false);
  });

  it('never counts a task with no due date as overdue', () => {
    expect(isOverdue({ status: 'inProgress', dueDate: null, completedOn: null }, d('2030-01-01'))).toBe(false);
  });
});
