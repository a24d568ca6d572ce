import type { AssignmentInput } from '../assignment/assignment.checks.js';
import type { Database, Db } from '../store/database.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import type { BulkBatch } from './bulk-batch.js';
import type { BulkContext } from './bulk-context.js';

/**
 * The records whose references are read: a batch, where an assignment may also be a bare request (its parties
 * and place, no task nor source), as `resolveAssignmentFacts` reads them.
 */
export type ReferencingRecords = Omit<BulkBatch, 'assignments'> & {
  readonly assignments?: readonly (Pick<AssignmentInput, 'assigner' | 'assignee' | 'placeUnitId'> &
    Partial<Pick<AssignmentInput, 'taskId' | 'sourceId'>>)[];
};

/** Ids per `IN (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 1000;

/**
 * Reads, in a few queries, the stored records a batch (or a single write's batch of one) names and does not define itself — sources, units
 * with their closure rows, organizations, posts, people, terms, directives, tasks — and the stored holdings
 * the checks need: those of the posts the batch gives holders to (seats) and of the people it assigns tasks
 * to (the posts through which rules match them).
 */
export async function readStoredReferences(trx: Db, batch: ReferencingRecords, ctx: BulkContext): Promise<void> {
  const units = batch.units ?? [];
  const people = batch.people ?? [];
  const organizations = batch.organizations ?? [];
  const posts = batch.posts ?? [];
  const terms = batch.terms ?? [];
  const holdings = batch.holdings ?? [];
  const directives = batch.directives ?? [];
  const tasks = batch.tasks ?? [];
  const assignments = batch.assignments ?? [];
  const defined = (list: readonly { readonly id?: string | undefined }[]) => new Set(list.flatMap((r) => (r.id ? [r.id] : [])));
  const outside = (ids: Iterable<string | null | undefined>, inBatch: ReadonlySet<string>) => {
    const wanted = new Set<string>();
    for (const id of ids) if (id && !inBatch.has(id)) wanted.add(id);
    return [...wanted];
  };

  const sourceIds = new Set<string>();
  for (const list of [units, people, organizations, posts, terms, holdings, directives, tasks, assignments] as const) {
    for (const r of list as readonly { readonly sourceId?: string }[]) if (r.sourceId) sourceIds.add(r.sourceId);
  }
  for (const u of units) for (const p of u.parents ?? []) if (p.sourceId) sourceIds.add(p.sourceId);
  for (const row of await selectIn(trx, 'source', 'id', [...sourceIds])) ctx.sources.add(row.id);

  const newPeople = defined(people);
  const newPosts = defined(posts);
  const newOrgs = defined(organizations);
  const newUnits = defined(units);

  // People named as assignees keep their stored holdings: the rules match them through the posts they hold.
  const assignees = outside(
    assignments.map((a) => (a.assignee.kind === 'person' ? a.assignee.id : null)),
    newPeople,
  );
  const storedHoldings = await selectIn(trx, 'holding', 'person_id', assignees);
  for (const h of storedHoldings) push(ctx.holdingsByPerson, h.person_id, h);

  const personIds = outside([...holdings.map((h) => h.personId), ...assignees], newPeople);
  for (const row of await selectIn(trx, 'person', 'id', personIds)) ctx.people.set(row.id, row);

  const postIds = outside(
    [
      ...holdings.map((h) => h.postId),
      ...storedHoldings.map((h) => h.post_id),
      ...assignments.flatMap((a) => [a.assigner.kind === 'post' ? a.assigner.id : null, a.assignee.kind === 'post' ? a.assignee.id : null]),
    ],
    newPosts,
  );
  for (const row of await selectIn(trx, 'post', 'id', postIds)) ctx.posts.set(row.id, row);
  // Stored posts given holders here: who holds them already (seats and duplicates).
  const seatPosts = outside(
    holdings.map((h) => h.postId),
    newPosts,
  );
  for (let i = 0; i < seatPosts.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('holding')
      .innerJoin('person', 'person.id', 'holding.person_id')
      .selectAll('holding')
      .select('person.full_name')
      .where('holding.post_id', 'in', seatPosts.slice(i, i + CHUNK))
      .execute();
    for (const h of rows) push(ctx.holdingsByPost, h.post_id, h);
  }

  const termIds = outside(
    holdings.map((h) => h.termId),
    defined(terms),
  );
  for (const row of await selectIn(trx, 'term', 'id', termIds)) ctx.terms.set(row.id, row);

  const orgIds = outside(
    [
      ...organizations.map((o) => o.parentId),
      ...posts.map((p) => p.organizationId),
      ...terms.map((t) => t.organizationId),
      ...directives.flatMap((d) => [...(d.issuers ?? []), ...(d.signatories ?? [])]),
      ...assignments.flatMap((a) => [
        a.assigner.kind === 'organization' ? a.assigner.id : null,
        a.assignee.kind === 'organization' ? a.assignee.id : null,
      ]),
      ...[...ctx.posts.values()].map((p) => p.organization_id),
      // A holding's term of another body is refused naming that body.
      ...[...ctx.terms.values()].map((t) => t.organization_id),
    ],
    newOrgs,
  );
  for (const row of await selectIn(trx, 'organization', 'id', orgIds)) ctx.organizations.set(row.id, row);

  const unitIds = outside(
    [
      ...units.flatMap((u) => (u.parents ?? []).map((p) => p.parentId)),
      ...organizations.map((o) => o.unitId),
      ...assignments.map((a) => a.placeUnitId),
      // Where stored organizations sit matters to directives (their parties' level) and assignments only.
      ...(directives.length > 0 || assignments.length > 0 ? [...ctx.organizations.values()].map((o) => o.unit_id) : []),
    ],
    newUnits,
  );
  for (const row of await selectIn(trx, 'admin_unit', 'id', unitIds)) ctx.units.set(row.id, row);
  // Where units lie matters to new units (their parents'), organizations (a parent at the unit above) and assignments (ancestry).
  if (units.length > 0 || organizations.length > 0 || assignments.length > 0) {
    for (const row of await selectIn(trx, 'unit_closure', 'descendant_id', [...ctx.units.keys()]))
      push(ctx.closure, row.descendant_id, row);
  }

  const codes = [...new Set(units.flatMap((u) => (u.code ? [u.code] : [])))];
  for (const row of await selectIn(trx, 'admin_unit', 'code', codes)) push(ctx.codeHolders, `${row.code}|${row.level}`, unitFromRow(row));

  const directiveIds = outside([...tasks.map((t) => t.directiveId), ...directives.map((d) => d.implementsId)], defined(directives));
  for (const row of await selectIn(trx, 'directive', 'id', directiveIds)) ctx.directives.set(row.id, row);
  const taskIds = outside(
    assignments.map((a) => a.taskId),
    defined(tasks),
  );
  for (const row of await selectIn(trx, 'task', 'id', taskIds)) ctx.tasks.set(row.id, row);
}

type Tables = 'source' | 'holding' | 'person' | 'post' | 'organization' | 'admin_unit' | 'unit_closure' | 'term' | 'directive' | 'task';

/** `select * from table where column in (ids)`, a chunk at a time. */
async function selectIn<T extends Tables>(trx: Db, table: T, column: string, ids: readonly string[]): Promise<Database[T][]> {
  const rows: unknown[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    // The column names are this file's own literals; Kysely cannot type a column chosen at run time.
    rows.push(
      ...(await trx
        .selectFrom(table as 'source')
        .selectAll()
        .where(column as 'id', 'in', ids.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return rows as Database[T][];
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
