import type { Db } from '../store/database.js';
import type { StoreViolation } from './store-violation.js';
import { verifyAssignmentAncestors } from './verify.assignment-ancestors.js';
import { verifyAssignmentBasis } from './verify.assignment-basis.js';
import { verifyAssignmentEvents } from './verify.assignments.js';
import { verifyAuditTrail } from './verify.audit.js';
import { verifyHoldings, verifyPosts } from './verify.holdings.js';
import { verifyIndexes } from './verify.indexes.js';
import { verifyPersonNames } from './verify.person-names.js';
import { verifyClosure, verifyUnitCodes } from './verify.units.js';

/**
 * Scans every stored row for the invariants the writes keep, and lists each broken one with its records
 * (an empty list: the store is sound). Checks: seats per post and no duplicate holding, holdings within their
 * post and posts within their organization, a unit code naming one unit of a level on any day, the closure
 * table against the parent links, one current name per corrected person (the person row's) and no overlapping names, every assignment's chain of status events, the facts every assignment's rule decision stood on (its parties in
 * force and the holding it came through, on the day it was given), every assignment's ancestor rows against the
 * closure table, an audit entry for every
 * record written, and every index the migrations create (a bulk load killed before its end leaves some out). Reads only; run it after an incident, a restore, or a load from outside the API.
 *
 * @example
 * const violations = await verifyStore(store.db);
 * for (const v of violations) console.log(v.check, v.message, v.records.join(', '));
 */
export async function verifyStore(db: Db): Promise<StoreViolation[]> {
  const checks = [
    verifyHoldings,
    verifyPosts,
    verifyUnitCodes,
    verifyClosure,
    verifyPersonNames,
    verifyAssignmentEvents,
    verifyAssignmentBasis,
    verifyAssignmentAncestors,
    verifyAuditTrail,
    verifyIndexes,
  ];
  const found: StoreViolation[] = [];
  for (const check of checks) found.push(...(await check(db)));
  return found;
}
