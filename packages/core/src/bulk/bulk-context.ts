import type { Organization } from '../organization/organization.js';
import { organizationFromRow } from '../organization/organization.mapper.js';
import type { Person } from '../person/person.js';
import { personFromRow } from '../person/person.mapper.js';
import type { Post } from '../post/post.js';
import { postFromRow } from '../post/post.mapper.js';
import { notFound, type NotFoundError } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { WriteClock } from '../shared/date-horizon.js';
import { parseId } from '../shared/ids.js';
import type {
  AdminUnitTable,
  AssignmentAncestorTable,
  AssignmentEventTable,
  AssignmentTable,
  DirectivePartyTable,
  DirectiveTable,
  HoldingTable,
  OrganizationTable,
  PersonTable,
  PostTable,
  TaskTable,
  TermTable,
  UnitClosureTable,
  UnitParentTable,
} from '../store/database.js';
import type { Task } from '../task/task.js';
import { taskFromRow } from '../task/task.mapper.js';
import { parseIsoDate } from '../time/iso-date.js';
import type { Validity } from '../time/validity.js';
import type { Unit } from '../unit/unit.js';
import { unitFromRow } from '../unit/unit.mapper.js';
import { duplicateId, invalidDate, invalidId } from './bulk.errors.js';

/** The rows a batch writes, by table, in the order they are written (parents before children). */
export interface BulkRows {
  admin_unit: AdminUnitTable[];
  unit_parent: UnitParentTable[];
  unit_closure: UnitClosureTable[];
  person: PersonTable[];
  organization: OrganizationTable[];
  post: PostTable[];
  term: TermTable[];
  holding: HoldingTable[];
  directive: DirectiveTable[];
  directive_party: DirectivePartyTable[];
  task: TaskTable[];
  assignment: AssignmentTable[];
  assignment_event: AssignmentEventTable[];
  /** Made from the assignments' rows and the closure (`assignmentAncestorRows`). */
  assignment_ancestor: AssignmentAncestorTable[];
}

export type BulkTable = keyof BulkRows;

/** A holding with its holder's name, for seat refusals that name who sits there. */
export type HoldingWithName = HoldingTable & { readonly full_name: string };

/**
 * What the checks of a write know — the one lookup every create is checked against: the stored records the
 * records name (read in a few queries before the checks, by `readStoredReferences`) and the records already
 * accepted, as rows; domain objects are made on demand. A bulk load fills it for a whole batch, a single
 * write (`createPerson`, `assignTask`…) for its batch of one; the checks (`checkPerson`, `checkAssignment`…)
 * cannot tell the two apart.
 */
export class BulkContext {
  /**
   * `clock`: today and the event horizon the checks date events against (default: today in Vietnam, 31 days).
   * `idForm`: whether a given id must have the form `parseId` reads (a batch's ids come from files); a single
   * write's ids come from code, and the example dataset's derived ids run longer than `parseId` allows.
   */
  constructor(
    readonly clock: WriteClock = {},
    private readonly idForm = true,
  ) {}

  readonly sources = new Set<string>();
  readonly units = new Map<string, AdminUnitTable>();
  /** Closure rows by descendant: where each known unit lies, over time. */
  readonly closure = new Map<string, UnitClosureTable[]>();
  /** Units holding each code (`code|level`), stored and in the batch. */
  readonly codeHolders = new Map<string, Unit[]>();
  readonly organizations = new Map<string, OrganizationTable>();
  readonly posts = new Map<string, PostTable>();
  readonly people = new Map<string, PersonTable>();
  readonly terms = new Map<string, TermTable>();
  readonly directives = new Map<string, DirectiveTable>();
  readonly tasks = new Map<string, TaskTable>();
  /** Holdings of each post the batch gives holders to (stored and in the batch). */
  readonly holdingsByPost = new Map<string, HoldingWithName[]>();
  /** Holdings of each person the batch assigns tasks to (stored and in the batch). */
  readonly holdingsByPerson = new Map<string, HoldingTable[]>();
  readonly rows: BulkRows = {
    admin_unit: [],
    unit_parent: [],
    unit_closure: [],
    person: [],
    organization: [],
    post: [],
    term: [],
    holding: [],
    directive: [],
    directive_party: [],
    task: [],
    assignment: [],
    assignment_event: [],
    assignment_ancestor: [],
  };
  /** Ids the batch defines, to refuse a second record with the same id. */
  private readonly batchIds = new Set<string>();
  private readonly unitMemo = new Map<string, Unit>();
  private readonly organizationMemo = new Map<string, Organization>();
  private readonly postMemo = new Map<string, Post>();
  private readonly personMemo = new Map<string, Person>();
  private readonly taskMemo = new Map<string, Task>();
  private readonly derivedCache = new Map<string, unknown>();

  unit(id: string): Unit | undefined {
    return memo(this.unitMemo, this.units, id, unitFromRow);
  }
  organization(id: string): Organization | undefined {
    return memo(this.organizationMemo, this.organizations, id, organizationFromRow);
  }
  post(id: string): Post | undefined {
    return memo(this.postMemo, this.posts, id, postFromRow);
  }
  person(id: string): Person | undefined {
    return memo(this.personMemo, this.people, id, personFromRow);
  }
  task(id: string): Task | undefined {
    return memo(this.taskMemo, this.tasks, id, taskFromRow);
  }

  /**
   * A value derived from the context and cached under `key` (a task's period holding a date): for the
   * assignments, which come after every other record of the batch is in.
   */
  derived<T>(key: string, make: () => T): T {
    let value = this.derivedCache.get(key) as T | undefined;
    if (value === undefined) {
      value = make();
      this.derivedCache.set(key, value);
    }
    return value;
  }

  /** Refuses a source that was never recorded. */
  requireSource(id: string): void {
    if (!this.sources.has(id)) refuse(notFound('SOURCE.NOT_FOUND', id));
  }

  /** Checks a record's id (given or made) is well formed (for a batch) and new to the batch, and returns it. */
  claimId<T extends string>(prefix: Parameters<typeof parseId>[0], id: string): T {
    if (this.idForm && parseId(prefix, id) === undefined) refuse(invalidId(id));
    if (this.batchIds.has(id)) refuse(duplicateId(id));
    this.batchIds.add(id);
    return id as T;
  }
}

/** Refuses a validity whose ends are not real `YYYY-MM-DD` dates (inputs from outside TypeScript). */
export function checkValidityDates(field: string, v: Validity | undefined): void {
  if (!v) return;
  checkDate(`${field}.validFrom`, v.validFrom);
  checkDate(`${field}.validTo`, v.validTo);
}

/** Dates already found real: a batch repeats the same few hundred dates millions of times. */
const realDates = new Set<string>();

/** Refuses a date that is not a real `YYYY-MM-DD` date. */
export function checkDate(field: string, value: string | null | undefined): void {
  if (value === null || value === undefined || realDates.has(value)) return;
  if (typeof value !== 'string' || parseIsoDate(value) === undefined) refuse(invalidDate(field, String(value)));
  if (realDates.size < 100_000) realDates.add(value);
}

/** A record named by id, or a refusal. */
export function required<T>(value: T | undefined, code: NotFoundError['code'], id: string): T {
  if (value === undefined) refuse(notFound(code, id));
  return value;
}

function memo<R, D>(cache: Map<string, D>, rows: ReadonlyMap<string, R>, id: string, map: (row: R) => D): D | undefined {
  let value = cache.get(id);
  if (value === undefined) {
    const row = rows.get(id);
    if (row === undefined) return undefined;
    value = map(row);
    cache.set(id, value);
  }
  return value;
}
