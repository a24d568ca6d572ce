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
import { CHIEM_HOA_DISTRICT_CODE, REFORM_DATE, unitIdBefore } from './example-units.js';

export const TANG_THI_DUONG = stableId<PersonId>('person', 'tang-thi-duong');
export const TRIEU_DUC_LONG = stableId<PersonId>('person', 'trieu-duc-long');
export const TERM_2015_2020 = stableId<TermId>('term', 'tinh-uy-tuyen-quang-2015-2020');
export const TERM_2020_2025 = stableId<TermId>('term', 'tinh-uy-tuyen-quang-2020-2025');

/**
 * The two people the article names, each holding two posts at once, and the provincial Party committee's
 * terms 2015–2020 and 2020–2025.
 */
export async function loadExamplePeople(trx: Db): Promise<void> {
  const { article, articleHoldings, termDates } = EXAMPLE_SOURCES;
  const province = unitIdBefore('08');
  const district = unitIdBefore(CHIEM_HOA_DISTRICT_CODE);
  const provincialPartyCommittee = orgId(province, 'partyCommittee');

  unwrap(await createTerm(trx, { id: TERM_2015_2020, organizationId: provincialPartyCommittee, label: '2015–2020', validity: validity(isoDate('2015-10-01'), isoDate('2020-10-01')), sourceId: termDates.id }));
  unwrap(await createTerm(trx, { id: TERM_2020_2025, organizationId: provincialPartyCommittee, label: '2020–2025', validity: validity(isoDate('2020-10-01'), REFORM_DATE), sourceId: termDates.id }));

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
}
