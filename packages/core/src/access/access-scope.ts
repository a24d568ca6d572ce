import { getOrganizations } from '../organization/organization.queries.js';
import { coreError } from '../shared/core-error.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { ancestorsOfUnitsOn } from '../unit/unit.batch.js';
import { getUnits } from '../unit/unit.queries.js';
import type { ApiToken } from './api-token.js';
import type { TokenOutsideScopeError } from './api-token.errors.js';

/** What a write touches: the units it concerns and the organizations in whose name it is made. */
export interface WriteTarget {
  readonly unitIds: readonly UnitId[];
  /** Their units are checked too. */
  readonly organizationIds: readonly OrganizationId[];
}

/**
 * Whether a token may make a write on a date: every unit of the write (and every organization's unit) is the
 * token's unit or lies below it on that date, and, when the token lists organizations, every organization
 * of the write is one of them. A refusal names the first unit or organization outside the scope.
 *
 * @example
 * const check = await isWithinScope(db, token, { unitIds: [placeId], organizationIds: [assignerId] }, isoDate('2026-01-20'));
 * if (!check.ok) console.log(check.error.message); // "… Huyện Chiêm Hóa nằm ngoài phạm vi đó …"
 */
export async function isWithinScope(db: Db, token: ApiToken, target: WriteTarget, date: IsoDate): Promise<Result<true, TokenOutsideScopeError>> {
  const organizationIds = [...new Set(target.organizationIds)];
  const organizations = await getOrganizations(db, organizationIds);
  if (token.scopeOrganizationIds !== null) {
    const allowed = new Set<string>(token.scopeOrganizationIds);
    const index = organizationIds.findIndex((id) => !allowed.has(id));
    if (index >= 0) {
      const name = organizations[index]?.name ?? organizationIds[index]!;
      return err(
        coreError('TOKEN.OUTSIDE_SCOPE', `Mã truy cập "${token.name}" chỉ được ghi nhân danh các tổ chức đã định; ${name} không thuộc phạm vi đó.`, {
          tokenId: token.id,
          organizationId: organizationIds[index]!,
        }),
      );
    }
  }
  const unitIds = [...new Set([...target.unitIds, ...organizations.flatMap((o) => (o ? [o.unitId] : []))])].filter((id) => id !== token.scopeUnitId);
  const ancestors = await ancestorsOfUnitsOn(db, unitIds, date);
  const outside = unitIds.find((_id, i) => !ancestors[i]!.some((a) => a.id === token.scopeUnitId));
  if (outside === undefined) return ok(true);
  const [unit, scope] = await getUnits(db, [outside, token.scopeUnitId]);
  return err(
    coreError(
      'TOKEN.OUTSIDE_SCOPE',
      `Mã truy cập "${token.name}" chỉ được ghi trong phạm vi ${scope?.fullName ?? token.scopeUnitId}; ${unit?.fullName ?? outside} nằm ngoài phạm vi đó vào ngày ${date}.`,
      { tokenId: token.id, unitId: outside },
    ),
  );
}
