import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ORGANIZATIONS_FROM_2025, ORGANIZATIONS_UNTIL_2025 } from '../src/catalog/organization-catalog.js';
import { FOUR_LEVEL_SCHEME } from '../src/catalog/hierarchy-scheme.js';
import * as tokenErrors from '../src/access/api-token.errors.js';
import * as assignmentErrors from '../src/assignment/assignment.errors.js';
import * as bulkErrors from '../src/bulk/bulk.errors.js';
import * as directiveErrors from '../src/directive/directive.errors.js';
import * as holdingErrors from '../src/holding/holding.errors.js';
import * as lineageErrors from '../src/lineage/lineage.errors.js';
import * as organizationErrors from '../src/organization/organization.errors.js';
import * as personErrors from '../src/person/person.errors.js';
import * as popoloErrors from '../src/popolo/popolo.errors.js';
import * as postErrors from '../src/post/post.errors.js';
import * as commonErrors from '../src/shared/common.errors.js';
import * as sourceErrors from '../src/source/source.errors.js';
import * as taskErrors from '../src/task/task.errors.js';
import * as unitErrors from '../src/unit/unit.errors.js';
import * as unitEndErrors from '../src/unit/unit-end.errors.js';
import { messageIn, VIETNAMESE_LETTERS, type AssignmentDecision, type CoreError, type IsoDate, type Validity } from '../src/index.js';
import type { Organization } from '../src/organization/organization.js';
import type { Term } from '../src/holding/term.js';
import type { Post } from '../src/post/post.js';
import type { Unit } from '../src/unit/unit.js';
import type { ApiToken } from '../src/access/api-token.js';

// Every argument is written without Vietnamese letters, so any Vietnamese letter in an English message comes from the builder.
const d = (s: string) => s as IsoDate;
const v = (from: string | null, to: string | null): Validity => ({ validFrom: from as IsoDate | null, validTo: to as IsoDate | null });
const unit = (fullName: string, level: Unit['level'] = 'commune'): Unit =>
  ({
    id: `unit_${fullName}`,
    code: '00001',
    kind: 'xa',
    level,
    name: fullName,
    fullName,
    validity: v('2020-01-01', null),
    sourceId: 'src_x',
  }) as unknown as Unit;
const org = (name: string, type: Organization['type'] = 'farmersUnion'): Organization =>
  ({
    id: `org_${name}`,
    type,
    unitId: 'unit_a',
    parentId: null,
    name,
    validity: v('2020-01-01', '2025-07-01'),
    end: null,
    sourceId: 'src_x',
  }) as unknown as Organization;
const term: Term = {
  id: 'term_1',
  organizationId: null,
  label: '2020-2025',
  validity: v('2020-01-01', '2025-01-01'),
  sourceId: 'src_x',
} as unknown as Term;
const token = {
  id: 'tok_1',
  name: 'Commune office',
  expiresAt: '2026-01-01T00:00:00Z',
  revokedAt: '2026-01-02T00:00:00Z',
} as unknown as ApiToken & {
  expiresAt: string;
  revokedAt: string;
};
const refused: AssignmentDecision & { allowed: false } = {
  allowed: false,
  packId: 'default',
  trace: [],
  preconditionFailures: ['Bên giao và bên nhận là một (A): không thể tự giao nhiệm vụ cho chính mình.'],
  preconditionFailuresEn: ['The assigner and the assignee are the same (A): nobody can assign a task to itself.'],
};
const used = { assignmentId: 'asg_1', taskTitle: 'Census', assignedOn: d('2024-05-01') };
const chair = {
  id: 'post_1',
  organizationId: 'org_a',
  type: 'chair',
  title: 'Chair',
  validity: v('2020-01-01', '2025-07-01'),
  sourceId: 'src_x',
} as unknown as Post;
const holders = [{ personId: 'per_1', fullName: 'Nguyen Van A', validity: v('2020-01-01', null) }];

/** One sample call of every error builder core exports from its `*.errors.ts` files (several where a builder has branches). */
const SAMPLES: Record<string, () => readonly CoreError[]> = {
  tokenUnknown: () => [tokenErrors.tokenUnknown()],
  tokenExpired: () => [tokenErrors.tokenExpired(token)],
  tokenRevoked: () => [tokenErrors.tokenRevoked(token)],
  tokenNotFound: () => [tokenErrors.tokenNotFound('tok_x')],
  ruleDenied: () => [
    assignmentErrors.ruleDenied(refused, 'Party board', 'Farmers union', 'Census'),
    assignmentErrors.ruleDenied({ ...refused, preconditionFailures: [], preconditionFailuresEn: [] }, 'A', 'B', 'C'),
  ],
  periodInvalid: () => [assignmentErrors.periodInvalid('2024-Q5', 'Census')],
  dueBeforeAssigned: () => [assignmentErrors.dueBeforeAssigned(d('2024-01-01'), d('2024-02-01'))],
  eventOutOfOrder: () => [assignmentErrors.eventOutOfOrder(d('2024-01-01'), d('2024-02-01'))],
  emptyText: () => [assignmentErrors.emptyText({ vi: 'Nội dung báo cáo', en: 'The report text' })],
  percentInvalid: () => [assignmentErrors.percentInvalid(120)],
  atRecord: () => [bulkErrors.atRecord(bulkErrors.invalidId('x'), { kind: 'organization', index: 11, id: 'org_x' })],
  invalidId: () => [bulkErrors.invalidId('x')],
  duplicateId: () => [bulkErrors.duplicateId('org_x')],
  invalidDate: () => [bulkErrors.invalidDate('validFrom', '2024-13-01')],
  unknownValue: () => [bulkErrors.unknownValue('type', 'club')],
  noIssuer: () => [directiveErrors.noIssuer()],
  issuerNotInForce: () => [directiveErrors.issuerNotInForce('Front committee', 'org_x', d('2024-01-01'))],
  emptyTitle: () => [directiveErrors.emptyTitle()],
  issuerNotInForceDuring: () => [directiveErrors.issuerNotInForceDuring('Front committee', 'org_x', v('2024-01-01', null))],
  symbolIssuerMismatch: () => [directiveErrors.symbolIssuerMismatch('02-DA/TU', 'TU', 'provincial Party committee', ['Commune committee'])],
  seatTaken: () => [
    holdingErrors.seatTaken('Chair', 1, holders[0]!, holders, 'post_1'),
    holdingErrors.seatTaken('Member', 3, holders[0]!, holders, 'post_1'),
  ],
  duplicateHolding: () => [holdingErrors.duplicateHolding('Nguyen Van A', 'Chair', 'hld_1', v('2020-01-01', null))],
  holdingOutsidePost: () => [holdingErrors.holdingOutsidePost('Chair', v('2020-01-01', null), v('2019-01-01', null))],
  holdingEndOutside: () => [holdingErrors.holdingEndOutside(d('2019-01-01'), v('2020-01-01', null))],
  holdingTermMismatch: () => [
    holdingErrors.holdingTermMismatch(term, 'Party committee', 'organization', 'Chair', 'post_1', v('2020-01-01', null)),
    holdingErrors.holdingTermMismatch(term, null, 'days', 'Chair', 'post_1', v('2026-01-01', null)),
  ],
  holdingInUse: () => [holdingErrors.holdingInUse('Nguyen Van A', 'Chair', d('2024-01-01'), 'hld_1', used)],
  lineageDatesMismatch: () => [lineageErrors.lineageDatesMismatch(unit('Commune A'), unit('Commune B'), d('2025-07-01'))],
  lineageLevelMismatch: () => [lineageErrors.lineageLevelMismatch(unit('Commune A'), unit('Province B', 'province'))],
  notASuccessor: () => [lineageErrors.notASuccessor(unit('Commune A'), unit('Commune B'))],
  typeNotAllowedAtLevel: () => [
    organizationErrors.typeNotAllowedAtLevel('frontWorkBoard', unit('Province A', 'province'), ORGANIZATIONS_UNTIL_2025),
    organizationErrors.typeNotAllowedAtLevel('frontWorkBoard', unit('Province A', 'province'), ORGANIZATIONS_FROM_2025),
  ],
  parentRequired: () => [organizationErrors.parentRequired('frontStandingBoard', ORGANIZATIONS_UNTIL_2025)],
  parentTypeNotAllowed: () => [
    organizationErrors.parentTypeNotAllowed('farmersUnion', org('Youth union', 'youthUnion'), ORGANIZATIONS_UNTIL_2025),
  ],
  parentElsewhere: () => [organizationErrors.parentElsewhere('farmersUnion', unit('Commune A'), org('Union B'))],
  outsideUnitValidity: () => [organizationErrors.outsideUnitValidity('Union A', unit('Commune A'), v('2019-01-01', null))],
  outsideParentValidity: () => [organizationErrors.outsideParentValidity('Branch A', org('Union B'), v('2019-01-01', null))],
  alreadyEnded: () => [organizationErrors.alreadyEnded(org('Union A'))],
  endBeforeStart: () => [organizationErrors.endBeforeStart(org('Union A'), d('2019-01-01'))],
  mergedIntoInvalid: () => [organizationErrors.mergedIntoInvalid(org('Union A'), org('Union B'), d('2025-07-01'))],
  organizationInUse: () => [organizationErrors.organizationInUse(org('Union A'), d('2024-01-01'), used)],
  emptyName: () => [personErrors.emptyName()],
  sameName: () => [personErrors.sameName('Nguyen Van A')],
  nameDateOutside: () => [personErrors.nameDateOutside('Nguyen Van A', v('2020-01-01', null), d('2019-01-01'))],
  popoloStoreNotEmpty: () => [popoloErrors.popoloStoreNotEmpty('person')],
  popoloInvalidDocument: () => [
    popoloErrors.popoloInvalidDocument([{ vi: 'persons[0].name: thiếu tên.', en: 'persons[0].name: missing name.' }]),
  ],
  postOutsideOrganization: () => [postErrors.postOutsideOrganization('Chair', org('Union A'), v('2019-01-01', null))],
  invalidSeats: () => [postErrors.invalidSeats(0)],
  postTypeNotAllowed: () => [postErrors.postTypeNotAllowed('secretary', org('Union A', 'frontCommittee'), ['chair', 'viceChair'])],
  postAlreadyEnded: () => [postErrors.postAlreadyEnded(chair)],
  postEndBeforeStart: () => [postErrors.postEndBeforeStart(chair, d('2019-01-01'))],
  postInUse: () => [postErrors.postInUse(chair, d('2024-01-01'), used)],
  invalidRange: () => [commonErrors.invalidRange({ vi: 'chức vụ Chair', en: 'the post Chair' }, v('2024-01-01', '2023-01-01'))],
  notFound: () =>
    (
      [
        'UNIT.NOT_FOUND',
        'ORGANIZATION.NOT_FOUND',
        'POST.NOT_FOUND',
        'PERSON.NOT_FOUND',
        'TERM.NOT_FOUND',
        'SOURCE.NOT_FOUND',
        'HOLDING.NOT_FOUND',
        'DIRECTIVE.NOT_FOUND',
        'TASK.NOT_FOUND',
        'ASSIGNMENT.NOT_FOUND',
      ] as const
    ).map((c) => commonErrors.notFound(c, 'x_1')),
  textTooLong: () => [commonErrors.textTooLong('fullName', 200, 208)],
  dateTooFar: () => [commonErrors.dateTooFar('on', d('9999-12-30'), d('2026-12-31'))],
  sourceEmptyTitle: () => [sourceErrors.sourceEmptyTitle()],
  sourceIncomplete: () => [sourceErrors.sourceIncomplete('url'), sourceErrors.sourceIncomplete('citation')],
  sourceUrlInvalid: () => [sourceErrors.sourceUrlInvalid('javascript:alert(1)')],
  emptyTaskTitle: () => [taskErrors.emptyTaskTitle()],
  taskOutsideDirective: () => [taskErrors.taskOutsideDirective('Census', v('2020-01-01', null), '35-KH/MTTQ', v('2021-01-01', null))],
  kindNotInScheme: () => [unitErrors.kindNotInScheme('huyen', FOUR_LEVEL_SCHEME, v('2026-01-01', null))],
  codeTaken: () => [unitErrors.codeTaken('00001', unit('Commune A'))],
  parentLevelMismatch: () => [
    unitErrors.parentLevelMismatch(unit('Commune A'), unit('Commune B'), 'district', v('2020-01-01', null)),
    unitErrors.parentLevelMismatch(unit('Province A', 'province'), unit('Commune B'), null, v('2020-01-01', null)),
  ],
  parentLinkOutsideValidity: () => [unitErrors.parentLinkOutsideValidity('Commune A', 'District B', v('2019-01-01', null))],
  parentOverlap: () => [unitErrors.parentOverlap('Commune A', unit('District B', 'district'), v('2020-01-01', null))],
  codeAmbiguous: () => [unitErrors.codeAmbiguous('00001', [unit('Commune A'), unit('Commune B')])],
  codeUnknown: () => [unitErrors.codeUnknown('99999', d('2024-01-01'))],
  unitAlreadyEnded: () => [unitEndErrors.unitAlreadyEnded({ ...unit('Commune A'), validity: v('2020-01-01', '2025-07-01') })],
  unitEndBeforeStart: () => [unitEndErrors.unitEndBeforeStart(unit('Commune A'), d('2019-01-01'))],
  unitHasChildren: () => [
    unitEndErrors.unitHasChildren(unit('Commune A'), d('2026-01-01'), [unit('Village B', 'residentialArea')]),
    unitEndErrors.unitHasChildren(
      unit('Commune A'),
      d('2026-01-01'),
      ['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((n) => unit(`Village ${n}`, 'residentialArea')),
    ),
  ],
  unitHasOrganizations: () => [unitEndErrors.unitHasOrganizations(unit('Commune A'), d('2026-01-01'), [org('Union A'), org('Union B')])],
  unitInUse: () => [unitEndErrors.unitInUse(unit('Commune A'), d('2024-01-01'), used)],
  successorIsSelf: () => [unitEndErrors.successorIsSelf(unit('Commune A'))],
  successorNotInForce: () => [unitEndErrors.successorNotInForce(unit('Commune A'), unit('Commune B'), d('2019-01-01'))],
};

/** The exported functions of every `*.errors.ts` under core's src: each must have a sample above. */
async function everyBuilder(): Promise<string[]> {
  const root = join(import.meta.dirname, '../src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.errors.ts'));
  const names: string[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === 'function') names.push(name);
  }
  return names.sort();
}

describe('every expected failure in one language at a time', () => {
  it('has a sample call for every error builder of core', async () => {
    expect(await everyBuilder()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const [builder, samples] of Object.entries(SAMPLES)) {
    it(`${builder}: a Vietnamese message by default, an English one on request with no Vietnamese letter`, () => {
      for (const error of samples()) {
        expect(error.message, error.code).toBe(messageIn(error));
        expect(messageIn(error, 'vi')).toBe(error.message);
        expect(error.message.trim().length, error.code).toBeGreaterThan(0);
        const en = messageIn(error, 'en');
        expect(en.trim().length, error.code).toBeGreaterThan(0);
        expect(en, error.code).not.toBe(error.message);
        expect(en, `${error.code}: ${en}`).not.toMatch(VIETNAMESE_LETTERS);
      }
    });
  }

  it('keeps an error written out as JSON in one language (Vietnamese), as before', () => {
    const error = commonErrors.notFound('PERSON.NOT_FOUND', 'per_x');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'PERSON.NOT_FOUND',
      message: 'Không tìm thấy người có mã per_x.',
      details: { id: 'per_x' },
    });
    expect(messageIn(error, 'en')).toBe('No person has the id per_x.');
  });

  it('names a refused record of a batch in the language asked for, around the record’s own message', () => {
    const error = bulkErrors.atRecord(bulkErrors.duplicateId('org_x'), { kind: 'organization', index: 11, id: 'org_x' });
    expect(error.message).toBe(
      'Lô dữ liệu bị từ chối ở tổ chức thứ 12 (org_x), không ghi bản ghi nào của lô: Mã org_x đã có (trong cơ sở dữ liệu hoặc ở một bản ghi trước trong lô).',
    );
    expect(messageIn(error, 'en')).toBe(
      'The batch was refused at organization number 12 (org_x); no record of the batch was written: The id org_x already exists (in the database or in an earlier record of the batch).',
    );
  });
});
