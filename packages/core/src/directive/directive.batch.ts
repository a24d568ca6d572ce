import { groupBy } from '../shared/group-by.js';
import type { DirectiveId, OrganizationId } from '../shared/ids.js';
import type { Db } from '../store/database.js';

/**
 * The ids of the directives each organization issued or signed, by issue date, in key order, in one query
 * (directivesOf for many organizations; load the directives themselves with `getDirectives`).
 */
export async function directiveIdsOfOrganizations(db: Db, organizationIds: readonly OrganizationId[]): Promise<DirectiveId[][]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('directive_party as dp')
    .innerJoin('directive', 'directive.id', 'dp.directive_id')
    .select(['dp.organization_id', 'directive.id'])
    .where('dp.organization_id', 'in', organizationIds)
    .orderBy('directive.issued_on')
    .orderBy('directive.id')
    .execute();
  const byOrganization = groupBy(
    rows,
    (r) => r.organization_id,
    (r) => r.id as DirectiveId,
  );
  return organizationIds.map((id) => byOrganization.get(id) ?? []);
}
