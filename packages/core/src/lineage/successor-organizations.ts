import type { NotFoundError } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import type { UnitId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import type { IsoDate } from '../time/iso-date.js';
import type { OrganizationWriteError } from '../organization/organization.errors.js';
import { organizationFromRow } from '../organization/organization.mapper.js';
import { organizationsAt } from '../organization/organization.queries.js';
import { linkSuccessor } from '../organization/organization.repository.js';
import type { Organization } from '../organization/organization.js';
import { requireUnit } from '../unit/unit.repository.js';
import { notASuccessor, type NotASuccessorError } from './lineage.errors.js';

/** An organization of the old unit and its successor at the new one. */
export interface SuccessorPair {
  readonly organization: Organization;
  readonly successor: Organization;
}

/** Why an organization of the old unit was left without a successor. */
export interface UnlinkedOrganization {
  readonly organization: Organization;
  /** `NO_COUNTERPART`: no organization of its type at the new unit that day; `SEVERAL_COUNTERPARTS`: more than one;
   * `LINKED_ELSEWHERE`: it already names another successor, which is kept. */
  readonly reason: 'NO_COUNTERPART' | 'SEVERAL_COUNTERPARTS' | 'LINKED_ELSEWHERE';
  readonly candidates: readonly Organization[];
}

/** What `linkSuccessorOrganizations` did. */
export interface SuccessorOrganizationsReport {
  readonly onDate: IsoDate;
  readonly linked: readonly SuccessorPair[];
  /** Pairs that were already recorded: linking twice changes nothing. */
  readonly alreadyLinked: readonly SuccessorPair[];
  readonly notLinked: readonly UnlinkedOrganization[];
}

/**
 * Links the organizations of a merged unit to those of its successor: each organization at `fromUnitId` that
 * ended on the merge date is recorded as merged into the organization of the same type at `toUnitId` in force
 * that day (Thị trấn Vĩnh Lộc's Front committee → Xã Chiêm Hóa's). `toUnitId` must be a successor of
 * `fromUnitId` in the lineage. Every link is written in one transaction; organizations without exactly one
 * counterpart are reported, not guessed.
 *
 * @example
 * const report = unwrap(await linkSuccessorOrganizations(db, { fromUnitId: unitIdBefore('02287'), toUnitId: unitIdFrom('02287') }));
 */
export async function linkSuccessorOrganizations(
  db: Db,
  input: { readonly fromUnitId: UnitId; readonly toUnitId: UnitId },
): Promise<Result<SuccessorOrganizationsReport, NotFoundError | NotASuccessorError | OrganizationWriteError>> {
  return runWrite(
    db,
    async (trx) => {
      const from = await requireUnit(trx, input.fromUnitId);
      const to = await requireUnit(trx, input.toUnitId);
      const link = await trx
        .selectFrom('unit_lineage')
        .select('on_date')
        .where('predecessor_id', '=', from.id)
        .where('successor_id', '=', to.id)
        .executeTakeFirst();
      if (!link) refuse(notASuccessor(from, to));
      const onDate = link.on_date as IsoDate;
      const ended = (
        await trx
          .selectFrom('organization')
          .selectAll()
          .where('unit_id', '=', from.id)
          .where('valid_to', '=', onDate)
          .orderBy('type')
          .orderBy('id')
          .execute()
      ).map(organizationFromRow);
      const counterparts = await organizationsAt(trx, to.id, onDate);
      const linked: SuccessorPair[] = [];
      const alreadyLinked: SuccessorPair[] = [];
      const notLinked: UnlinkedOrganization[] = [];
      for (const organization of ended) {
        const candidates = counterparts.filter((c) => c.type === organization.type);
        const [successor] = candidates;
        const end = organization.end;
        if (end?.kind === 'mergedInto') {
          const same = candidates.find((c) => c.id === end.organizationId);
          if (same) alreadyLinked.push({ organization, successor: same });
          else notLinked.push({ organization, reason: 'LINKED_ELSEWHERE', candidates });
        } else if (candidates.length !== 1 || !successor) {
          notLinked.push({ organization, reason: candidates.length === 0 ? 'NO_COUNTERPART' : 'SEVERAL_COUNTERPARTS', candidates });
        } else {
          const result = await linkSuccessor(trx, { organizationId: organization.id, successorId: successor.id });
          if (!result.ok) refuse(result.error);
          linked.push({ organization: result.value, successor });
        }
      }
      return { onDate, linked, alreadyLinked, notLinked };
    },
    () => [],
  );
}
