import { BulkContext } from '../bulk/bulk-context.js';
import { readStoredReferences } from '../bulk/bulk-stored.reader.js';
import { Refusal } from '../shared/core-error.js';
import type { NotFoundError } from '../shared/common.errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { buildAssignmentFacts } from './assignment-facts.build.js';
import type { AssignmentFacts } from './assignment-facts.js';
import type { AssignmentRequest } from './assignment-request.js';

/**
 * Reads from the store everything the rules need to decide a request on its date: the request's records are
 * read into a context as a write reads its references (a few queries), and the facts are built by the one
 * builder every assignment write uses (`buildAssignmentFacts`).
 */
export async function resolveAssignmentFacts(db: Db, request: AssignmentRequest): Promise<Result<AssignmentFacts, NotFoundError>> {
  const ctx = new BulkContext();
  await readStoredReferences(db, { assignments: [request] }, ctx);
  try {
    return ok(buildAssignmentFacts(ctx, request));
  } catch (error) {
    if (error instanceof Refusal) return err(error.error as NotFoundError);
    throw error;
  }
}
