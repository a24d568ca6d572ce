import type SQLite from 'better-sqlite3';
import { POST_TYPES } from '@mttq/core';

const HEAD_TYPES = Object.entries(POST_TYPES)
  .filter(([, info]) => info.heads)
  .map(([type]) => type);

/**
 * The same answers as three core queries, from hand-written SQL in prepared statements on the SQLite file:
 * the floor core's figures are compared with. They return assignment ids only — no views, no status — which
 * is the same set as core's on the generated data (no assignment there is cancelled or done).
 */
export function sqlBaseline(sqlite: SQLite.Database) {
  const heads = HEAD_TYPES.map(() => '?').join(', ');
  const tasksOfPerson = sqlite.prepare<unknown[], { id: string }>(`
    WITH held AS (
      SELECT h.post_id, p.organization_id, p.type FROM holding h JOIN post p ON p.id = h.post_id
      WHERE h.person_id = ? AND h.valid_from <= ? AND h.valid_to > ?
    )
    SELECT a.id FROM assignment a
    WHERE a.assigned_on <= ?
      AND (a.assignee_person_id = ?
        OR a.assignee_post_id IN (SELECT post_id FROM held)
        OR a.assignee_org_id IN (SELECT organization_id FROM held WHERE type IN (${heads})))
    ORDER BY a.assigned_on, a.id`);
  const subtree = `
    FROM assignment a
    WHERE a.assigned_on <= @date
      AND (a.assignee_unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = @unit AND valid_from <= @date AND valid_to > @date)
        OR a.place_unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = @unit AND valid_from <= @date AND valid_to > @date))`;
  const subtreePage = sqlite.prepare<{ unit: string; date: string; first: number }, { id: string }>(
    `SELECT a.id ${subtree} ORDER BY a.assigned_on, a.id LIMIT @first`,
  );
  const subtreeCount = sqlite.prepare<{ unit: string; date: string }, { n: number }>(`SELECT count(*) AS n ${subtree}`);
  const ofTask = 'a.task_id = @task AND a.assigned_on <= @date';
  const held = 'h.valid_from <= @date AND h.valid_to > @date';
  const responsible = sqlite.prepare<{ task: string; date: string }, { id: string; person_id: string }>(`
    SELECT a.id, a.assignee_person_id AS person_id FROM assignment a WHERE ${ofTask} AND a.assignee_kind = 'person'
    UNION ALL
    SELECT a.id, h.person_id FROM assignment a JOIN holding h ON h.post_id = a.assignee_post_id AND ${held} WHERE ${ofTask}
    UNION ALL
    SELECT a.id, h.person_id FROM assignment a
      JOIN post p ON p.organization_id = a.assignee_org_id AND p.type IN (${HEAD_TYPES.map((t) => `'${t}'`).join(', ')})
      JOIN holding h ON h.post_id = p.id AND ${held}
    WHERE ${ofTask}`);
  return {
    /** Ids of the assignments a person carries on a date (direct, by post, as head), in core's order. */
    tasksOfPerson: (personId: string, date: string): string[] =>
      tasksOfPerson.all(personId, date, date, date, personId, ...HEAD_TYPES).map((r) => r.id),
    /** The first page of a unit's subtree listing: ids and the total count. */
    subtreePage: (unitId: string, date: string, first: number): { ids: string[]; total: number } => ({
      ids: subtreePage.all({ unit: unitId, date, first }).map((r) => r.id),
      total: subtreeCount.get({ unit: unitId, date })!.n,
    }),
    /** Who answers for each assignment of a task (named, post holders, heads), as `assignment id:person id`, sorted. */
    responsibleFor: (taskId: string, date: string): string[] =>
      responsible
        .all({ task: taskId, date })
        .map((r) => `${r.id}:${r.person_id}`)
        .sort(),
  };
}
