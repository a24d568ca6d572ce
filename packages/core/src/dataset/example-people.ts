import { stableId, type PersonId, type TermId } from '../shared/ids.js';
import { unwrap } from '../shared/result.js';
import type { Db } from '../store/database.js';
import { isoDate } from '../time/iso-date.js';
import { validity } from '../time/validity.js';
import { assignHolding } from '../holding/holding.repository.js';
import { createTerm } from '../holding/term.repository.js';
import { createPerson } from '../person/person.repository.js';
import { EXAMPLE_SOURCES } from './example-sources.js';
import { orgId, postId } from './example-organizations.js';
import { CHIEM_HOA_DISTRICT_CODE, REFORM_DATE, unitIdBefore, unitIdFrom } from './example-units.js';

export const TANG_THI_DUONG = stableId<PersonId>('person', 'tang-thi-duong');
export const TRIEU_DUC_LONG = stableId<PersonId>('person', 'trieu-duc-long');
/** Synthetic Front office cadres (clearly made up), for the article's "each cadre takes on work at residential areas". */
export const CADRE_VINH_LOC = stableId<PersonId>('person', 'minh-hoa-can-bo-vinh-loc');
export const CADRE_CHIEM_HOA = stableId<PersonId>('person', 'minh-hoa-can-bo-xa-chiem-hoa');
export const TERM_2015_2020 = stableId<TermId>('term', 'tinh-uy-tuyen-quang-2015-2020');
export const TERM_2020_2025 = stableId<TermId>('term', 'tinh-uy-tuyen-quang-2020-2025');

/**
 * The two people the article names, each holding two posts at once, and the provincial Party committee's
 * terms 2015–2020 and 2020–2025.
 */
export async function loadExamplePeople(trx: Db): Promise<void> {
  const { article, articleHoldings, termDates, synthetic } = EXAMPLE_SOURCES;
  const province = unitIdBefore('08');
  const district = unitIdBefore(CHIEM_HOA_DISTRICT_CODE);
  const provincialPartyCommittee = orgId(province, 'partyCommittee');

  unwrap(
    await createTerm(trx, {
      id: TERM_2015_2020,
      organizationId: provincialPartyCommittee,
      label: '2015–2020',
      validity: validity(isoDate('2015-10-01'), isoDate('2020-10-01')),
      sourceId: termDates.id,
    }),
  );
  unwrap(
    await createTerm(trx, {
      id: TERM_2020_2025,
      organizationId: provincialPartyCommittee,
      label: '2020–2025',
      validity: validity(isoDate('2020-10-01'), REFORM_DATE),
      sourceId: termDates.id,
    }),
  );

  unwrap(await createPerson(trx, { id: TANG_THI_DUONG, fullName: 'Tăng Thị Dương', sourceId: article.id }));
  unwrap(await createPerson(trx, { id: TRIEU_DUC_LONG, fullName: 'Triệu Đức Long', sourceId: article.id }));

  const asInArticle = validity(isoDate('2021-05-23'), REFORM_DATE);
  const hold = async (personId: PersonId, post: ReturnType<typeof postId>, termId: TermId | null = null) =>
    unwrap(await assignHolding(trx, { personId, postId: post, termId, validity: asInArticle, sourceId: articleHoldings.id }));

  // "Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"
  await hold(TANG_THI_DUONG, postId(provincialPartyCommittee, 'executiveCommitteeMember'), TERM_2020_2025);
  await hold(TANG_THI_DUONG, postId(orgId(province, 'frontCommittee'), 'viceChair'));
  // "Trưởng Ban Dân vận Huyện ủy, Chủ tịch MTTQ huyện Chiêm Hóa"
  await hold(TRIEU_DUC_LONG, postId(orgId(district, 'massMobilizationBoard'), 'head'));
  await hold(TRIEU_DUC_LONG, postId(orgId(district, 'frontCommittee'), 'chair'));

  // Made-up cadres of the Front office of Thị trấn Vĩnh Lộc (until 2025) and of Xã Chiêm Hóa (from 2025).
  unwrap(await createPerson(trx, { id: CADRE_VINH_LOC, fullName: 'Cán bộ Minh Họa Vĩnh Lộc', sourceId: synthetic.id }));
  unwrap(await createPerson(trx, { id: CADRE_CHIEM_HOA, fullName: 'Cán bộ Minh Họa Xã Chiêm Hóa', sourceId: synthetic.id }));
  unwrap(
    await assignHolding(trx, {
      personId: CADRE_VINH_LOC,
      postId: postId(orgId(unitIdBefore('02287'), 'frontOffice'), 'cadre'),
      validity: validity(isoDate('2021-06-01'), REFORM_DATE),
      sourceId: synthetic.id,
    }),
  );
  unwrap(
    await assignHolding(trx, {
      personId: CADRE_CHIEM_HOA,
      postId: postId(orgId(unitIdFrom('02287'), 'frontOffice'), 'cadre'),
      validity: validity(REFORM_DATE, null),
      sourceId: synthetic.id,
    }),
  );
}
