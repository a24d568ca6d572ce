import { getOrganizations } from '../organization/organization.queries.js';
import { coreError } from '../shared/core-error.js';
import type { OrganizationId, UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { OPEN_END, OPEN_START, validityToRow } from '../store/validity.mapper.js';
import { addDays, type IsoDate } from '../time/iso-date.js';
import { formatValidity, intersect, type Validity } from '../time/validity.js';
import { getUnits } from '../unit/unit.queries.js';
import type { ApiToken } from './api-token.js';
import type { TokenOutsideScopeError } from './api-token.errors.js';

/** What a write touches: the units it concerns and the organizations in whose name it is made. */
export interface WriteTarget {
  readonly unitIds: readonly UnitId[];
  /** Their units are checked too, on the days of the write the organization exists. */
  readonly organizationIds: readonly OrganizationId[];
}

/** The days a write covers: one date, or a record's whole validity `[validFrom, validTo)` (open ends included). */
export type WriteDays = IsoDate | Validity;

/**
 * Whether a token may make a write over its days: every unit of the write (and every organization's unit) is
 * the token's unit or lies below it on every one of those days (by the closure table's validity, so a parent
 * change inside the days counts; a unit that did not exist on a day is outside), and, when the token lists
 * organizations, every organization of the write is one of them. An organization's unit is checked on the
 * days the organization exists (all of them when it exists on none). A refusal names the first unit or
 * organization outside the scope and the first day it is outside.
 *
 * Pass a record's effective validity (as core stores it, defaults applied), never just today: a holding
 * written without `validFrom` covers every day before its end.
 *
 * @example
 * const check = await isWithinScope(db, token, { unitIds: [placeId], organizationIds: [assignerId] }, isoDate('2026-01-20'));
 * const whole = await isWithinScope(db, token, { unitIds: [], organizationIds: [postOrg] }, validity(null, isoDate('2024-01-01')));
 * if (!whole.ok) console.log(whole.error.message); // "… Minh Họa 1 nằm ngoài phạm vi đó vào những ngày trước 2025-07-01."
 */
export async function isWithinScope(
  db: Db,
  token: ApiToken,
  target: WriteTarget,
  when: WriteDays,
): Promise<Result<true, TokenOutsideScopeError>> {
  // The last storable day has no next day in YYYY-MM-DD: it is kept as the open end, on which nothing holds.
  const days: Validity = typeof when === 'string' ? { validFrom: when, validTo: when < OPEN_END ? addDays(when, 1) : null } : when;
  const organizationIds = [...new Set(target.organizationIds)];
  const organizations = await getOrganizations(db, organizationIds);
  if (token.scopeOrganizationIds !== null) {
    const allowed = new Set<string>(token.scopeOrganizationIds);
    const index = organizationIds.findIndex((id) => !allowed.has(id));
    if (index >= 0) {
      const name = organizations[index]?.name ?? organizationIds[index]!;
      return err(
        coreError(
          'TOKEN.OUTSIDE_SCOPE',
          {
            vi: `Mã truy cập "${token.name}" chỉ được ghi nhân danh các tổ chức đã định; ${name} không thuộc phạm vi đó.`,
            en: `The access token "${token.name}" may only write on behalf of the bodies it names; ${name} is not one of them.`,
          },
          {
            tokenId: token.id,
            organizationId: organizationIds[index]!,
          },
        ),
      );
    }
  }
  // A unit named by the write is checked on all its days, the token's own unit too (its closure row to
  // itself holds only while it exists): a report dated after the unit ended is outside every scope.
  const checks: { unitId: UnitId; days: Validity }[] = [];
  for (const id of target.unitIds) checks.push({ unitId: id, days });
  for (const o of organizations) if (o) checks.push({ unitId: o.unitId, days: intersect(days, o.validity) ?? days });

  const unitIds = [...new Set(checks.map((c) => c.unitId))];
  // `in ()` is a syntax error on PostgreSQL: a write naming no unit (a directive without parties) has nothing to check here.
  const rows =
    unitIds.length === 0
      ? []
      : await db
          .selectFrom('unit_closure')
          .select(['descendant_id', 'valid_from', 'valid_to'])
          .where('ancestor_id', '=', token.scopeUnitId)
          .where('descendant_id', 'in', unitIds)
          .execute();
  for (const check of checks) {
    const spans = rows.filter((r) => r.descendant_id === check.unitId);
    const gap = firstUncoveredDay(spans, check.days);
    if (gap === undefined) continue;
    const [unit, scope] = await getUnits(db, [check.unitId, token.scopeUnitId]);
    const when =
      gap.day !== null
        ? `vào ngày ${gap.day}`
        : gap.coveredFrom
          ? `vào những ngày trước ${gap.coveredFrom}`
          : `trong khoảng ${formatValidity(check.days)}`;
    const whenEn =
      gap.day !== null
        ? `on ${gap.day}`
        : gap.coveredFrom
          ? `on the days before ${gap.coveredFrom}`
          : `during ${formatValidity(check.days)}`;
    return err(
      coreError(
        'TOKEN.OUTSIDE_SCOPE',
        {
          vi: `Mã truy cập "${token.name}" chỉ được ghi trong phạm vi ${scope?.fullName ?? token.scopeUnitId}; ${unit?.fullName ?? check.unitId} nằm ngoài phạm vi đó ${when}.`,
          en: `The access token "${token.name}" may only write within ${scope?.fullName ?? token.scopeUnitId}; ${unit?.fullName ?? check.unitId} is outside it ${whenEn}.`,
        },
        { tokenId: token.id, unitId: check.unitId },
      ),
    );
  }
  return ok(true);
}

/**
 * The first day of `days` no span covers (`day: null` when it is an open start, with the first covered day),
 * or `undefined` when the spans cover them all.
 */
function firstUncoveredDay(
  spans: readonly { valid_from: string; valid_to: string }[],
  days: Validity,
): { day: IsoDate | null; coveredFrom: string | undefined } | undefined {
  const want = validityToRow(days);
  if (want.valid_from >= want.valid_to) {
    // 9999-12-31 stands for an open end in the store, so no row holds on it: a write dated then is outside. Any
    // other empty range covers no day (the write itself refuses it with VALIDITY.INVALID_RANGE).
    return days.validTo === null ? { day: want.valid_from as IsoDate, coveredFrom: undefined } : undefined;
  }
  let cursor = want.valid_from;
  for (const span of [...spans].sort((a, b) => (a.valid_from < b.valid_from ? -1 : a.valid_from > b.valid_from ? 1 : 0))) {
    if (cursor >= want.valid_to) break;
    if (span.valid_from > cursor) break;
    if (span.valid_to > cursor) cursor = span.valid_to;
  }
  if (cursor >= want.valid_to) return undefined;
  const next = spans
    .filter((s) => s.valid_from > cursor)
    .map((s) => s.valid_from)
    .sort()[0];
  return { day: cursor === OPEN_START ? null : (cursor as IsoDate), coveredFrom: next };
}
