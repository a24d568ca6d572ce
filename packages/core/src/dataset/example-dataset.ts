import { stableId, type OrganizationId, type PersonId, type UnitId } from '../shared/ids.js';
import type { Db } from '../store/database.js';
import { unwrap } from '../shared/result.js';
import { createSource } from '../source/source.repository.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { loadExampleAssignments } from './example-assignments.js';
import { loadExampleLineage } from './example-lineage.js';
import { DIRECTIVES, TASKS, loadExampleDirectives } from './example-directives.js';
import { loadExampleOrganizations, orgId } from './example-organizations.js';
import { TANG_THI_DUONG, TRIEU_DUC_LONG, loadExamplePeople } from './example-people.js';
import { CHIEM_HOA_DISTRICT_CODE, loadExampleUnits, unitIdBefore, unitIdFrom } from './example-units.js';

/** Ids of the records of the example dataset that tests and examples start from. */
export interface ExampleDataset {
  readonly units: {
    readonly tuyenQuangUntil2025: UnitId;
    readonly chiemHoaDistrict: UnitId;
    readonly vinhLocTownship: UnitId;
    readonly tuyenQuangFrom2025: UnitId;
    readonly chiemHoaCommune: UnitId;
  };
  readonly organizations: {
    readonly provincialFrontCommittee: OrganizationId;
    readonly chiemHoaFrontCommittee: OrganizationId;
    readonly chiemHoaMassMobilizationBoard: OrganizationId;
    readonly provincialPartyCommittee: OrganizationId;
  };
  readonly people: { readonly tangThiDuong: PersonId; readonly trieuDucLong: PersonId };
  readonly directives: typeof DIRECTIVES;
  readonly tasks: typeof TASKS;
}

const IDS: ExampleDataset = {
  units: {
    tuyenQuangUntil2025: unitIdBefore('08'),
    chiemHoaDistrict: unitIdBefore(CHIEM_HOA_DISTRICT_CODE),
    vinhLocTownship: unitIdBefore('02287'),
    tuyenQuangFrom2025: unitIdFrom('08'),
    chiemHoaCommune: unitIdFrom('02287'),
  },
  organizations: {
    provincialFrontCommittee: orgId(unitIdBefore('08'), 'frontCommittee'),
    chiemHoaFrontCommittee: orgId(unitIdBefore(CHIEM_HOA_DISTRICT_CODE), 'frontCommittee'),
    chiemHoaMassMobilizationBoard: orgId(unitIdBefore(CHIEM_HOA_DISTRICT_CODE), 'massMobilizationBoard'),
    provincialPartyCommittee: orgId(unitIdBefore('08'), 'partyCommittee'),
  },
  people: { tangThiDuong: TANG_THI_DUONG, trieuDucLong: TRIEU_DUC_LONG },
  directives: DIRECTIVES,
  tasks: TASKS,
};

/** The id of the example dataset's marker: its presence means the dataset is loaded. */
const MARKER = stableId('src', 'bao-tuyen-quang-de-an-02');

/**
 * Loads the example dataset — every fact of the article about Tuyên Quang's Project 02 that the model can
 * hold, on real units from official lists, with synthetic residential areas marked as such — in one
 * transaction. Loading it into a store that already has it changes nothing.
 *
 * @example
 * const store = await openStore({ filename: 'data/mttq.sqlite' });
 * const { units } = await loadExampleDataset(store.db);
 */
export async function loadExampleDataset(db: Db): Promise<ExampleDataset> {
  const loaded = await db.selectFrom('source').select('id').where('id', '=', MARKER).executeTakeFirst();
  if (loaded) return IDS;
  await db.transaction().execute(async (trx) => {
    for (const source of Object.values(EXAMPLE_SOURCES)) unwrap(await createSource(trx, source));
    await loadExampleUnits(trx);
    await loadExampleOrganizations(trx);
    await loadExamplePeople(trx);
    await loadExampleDirectives(trx);
    await loadExampleAssignments(trx);
    await loadExampleLineage(trx);
  });
  return IDS;
}
