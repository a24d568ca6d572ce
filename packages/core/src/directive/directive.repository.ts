import { writeSingle } from '../bulk/bulk-records.js';
import type { DirectiveId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { WriteClock } from '../shared/date-horizon.js';
import type { Directive } from './directive.js';
import type { DirectiveWriteError } from './directive.errors.js';
import type { DirectiveInput } from './directive.checks.js';
import { getDirective } from './directive.queries.js';

export { directiveRow, type DirectiveInput } from './directive.checks.js';

/**
 * Records a directive with its issuing bodies or signatories (checked by `checkDirective`, written as a batch
 * of one), each of which must be in force on the issue date (without one, on the first day of its validity),
 * and whose symbol's issuer part, when known, names one of them (`TU` needs a provincial Party body). The
 * issue date may not be after today plus the event horizon (`clock`). Audited under the first party's unit.
 *
 * @example
 * await createDirective(db, {
 *   kind: 'project', symbol: '02-ĐA/TU', issuedOn: isoDate('2021-05-23'),
 *   title: 'Tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ và các tổ chức chính trị - xã hội',
 *   issuers: [provincialPartyStandingCommittee], sourceId,
 * });
 */
export async function createDirective(
  db: Db,
  input: DirectiveInput,
  clock: WriteClock = {},
): Promise<Result<Directive, DirectiveWriteError>> {
  let unitId: string | null = null;
  return runWrite(
    db,
    async (trx) => {
      const ctx = await writeSingle(db, trx, { directives: [input] }, { clock });
      const id = ctx.rows.directive[0]!.id as DirectiveId;
      unitId = ctx.organizations.get(ctx.rows.directive_party[0]!.organization_id)!.unit_id;
      return (await getDirective(trx, id))!;
    },
    (d) => ({ action: 'directive.create', entityType: 'directive', entityId: d.id, unitId, after: d }),
  );
}
