import { randomUUID } from 'node:crypto';
import type { Brand } from './brand.js';
import { coreError, type CoreError } from './core-error.js';
import { err, ok, type Result } from './result.js';

export type UnitId = Brand<string, 'UnitId'>;
export type OrganizationId = Brand<string, 'OrganizationId'>;
export type PostId = Brand<string, 'PostId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type HoldingId = Brand<string, 'HoldingId'>;
export type TermId = Brand<string, 'TermId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type UnitParentLinkId = Brand<string, 'UnitParentLinkId'>;
export type DirectiveId = Brand<string, 'DirectiveId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type AssignmentId = Brand<string, 'AssignmentId'>;
export type AssignmentEventId = Brand<string, 'AssignmentEventId'>;
export type ProgressReportId = Brand<string, 'ProgressReportId'>;
export type AuditEntryId = Brand<string, 'AuditEntryId'>;

/** The branded id type of each prefix: `unit_…` is a `UnitId`, `org_…` an `OrganizationId`. */
export interface IdBrands {
  unit: UnitId;
  org: OrganizationId;
  post: PostId;
  person: PersonId;
  holding: HoldingId;
  term: TermId;
  src: SourceId;
  link: UnitParentLinkId;
  dir: DirectiveId;
  task: TaskId;
  asg: AssignmentId;
  evt: AssignmentEventId;
  rep: ProgressReportId;
  aud: AuditEntryId;
}

/** The prefix of an id (`unit`, `org`…), which says what it names. */
export type IdPrefix = keyof IdBrands;

/** The id type of a prefix: `IdOf<'unit'>` is `UnitId`. */
export type IdOf<P extends IdPrefix> = IdBrands[P];

/** What each prefix names, in Vietnamese and English, for messages. */
const ID_NAMES: { readonly [P in IdPrefix]: { readonly vi: string; readonly en: string } } = {
  unit: { vi: 'đơn vị', en: 'unit' },
  org: { vi: 'tổ chức', en: 'organization' },
  post: { vi: 'chức danh', en: 'post' },
  person: { vi: 'người', en: 'person' },
  holding: { vi: 'lần giữ chức', en: 'holding' },
  term: { vi: 'nhiệm kỳ', en: 'term' },
  src: { vi: 'nguồn', en: 'source' },
  link: { vi: 'liên kết cấp trên', en: 'parent link' },
  dir: { vi: 'văn bản chỉ đạo', en: 'directive' },
  task: { vi: 'nhiệm vụ', en: 'task' },
  asg: { vi: 'lần giao nhiệm vụ', en: 'assignment' },
  evt: { vi: 'sự kiện giao việc', en: 'assignment event' },
  rep: { vi: 'báo cáo tiến độ', en: 'progress report' },
  aud: { vi: 'mục nhật ký', en: 'audit entry' },
};

/** A fresh random id with a readable prefix (`unit_…`, `person_…`). */
export function newId<T extends string>(prefix: IdPrefix): T {
  return `${prefix}_${randomUUID().replaceAll('-', '')}` as T;
}

/** A well-formed new id: what a file or a batch may bring (`claimId`), at most 120 characters after the prefix. */
const ID_PATTERN = /^[a-z]+_[A-Za-z0-9_.:-]{1,120}$/;

/**
 * Parses an id given from outside (a file, a batch) into the brand its prefix names; `undefined` when it is
 * malformed (see `ID_PATTERN`) or names another kind of record.
 *
 * @example
 * parseId('unit', 'unit_073'); // 'unit_073' as UnitId
 * parseId('unit', 'org_x'); // undefined
 */
export function parseId<P extends IdPrefix>(prefix: P, raw: string): IdOf<P> | undefined {
  return ID_PATTERN.test(raw) && isIdOf(prefix, raw) ? raw : undefined;
}

/**
 * The id of an existing record, as a client sends it back: a prefix, then any visible characters (ids built
 * by `stableId` from dataset keys may be long), within a bound.
 */
const RECORD_ID_PATTERN = /^([a-z]+)_[^\s\p{Cc}]{1,1000}$/u;

/** Why an id given from outside was refused. */
export type IdError = CoreError<'ID.MALFORMED' | 'ID.WRONG_TYPE', { readonly id: string; readonly expected: IdPrefix }>;

/**
 * Reads the id of an existing record given from outside (an API argument) into the brand its prefix names,
 * or says why not: `ID.WRONG_TYPE` for a
 * well-formed id of another kind of record (a person's id where a unit's is wanted), `ID.MALFORMED` otherwise.
 *
 * @example
 * readId('person', 'unit_073'); // err({ code: 'ID.WRONG_TYPE', … })
 */
export function readId<P extends IdPrefix>(prefix: P, raw: string): Result<IdOf<P>, IdError> {
  const match = RECORD_ID_PATTERN.exec(raw);
  const given = match?.[1];
  if (given === prefix) return ok(raw as IdOf<P>);
  const wanted = ID_NAMES[prefix];
  const details = { id: raw, expected: prefix };
  if (given !== undefined && isIdPrefix(given)) {
    const named = ID_NAMES[given];
    return err(
      coreError(
        'ID.WRONG_TYPE',
        {
          vi: `Mã ${raw} là mã của một ${named.vi}, không phải của một ${wanted.vi}.`,
          en: `${raw} is the id of a ${named.en}, not of a ${wanted.en}.`,
        },
        details,
      ),
    );
  }
  return err(
    coreError(
      'ID.MALFORMED',
      {
        vi: `Mã ${JSON.stringify(raw)} không hợp lệ: mã của một ${wanted.vi} có dạng ${prefix}_….`,
        en: `${JSON.stringify(raw)} is not a valid id: the id of a ${wanted.en} reads ${prefix}_….`,
      },
      details,
    ),
  );
}

/**
 * Whether an id (already parsed, of one of several kinds) is of the kind `prefix` names: narrows a union of
 * brands without a cast.
 *
 * @example
 * if (isIdOf('post', assigner)) assignerIsPost(assigner); // assigner: OrganizationId | PostId → PostId
 */
export function isIdOf<P extends IdPrefix>(prefix: P, id: string): id is IdOf<P> {
  return id.startsWith(`${prefix}_`);
}

/** Whether `value` is the prefix of some kind of id. */
export function isIdPrefix(value: string): value is IdPrefix {
  return Object.hasOwn(ID_NAMES, value);
}

/** A deterministic id for datasets: the same key always gives the same id. */
export function stableId<T extends string>(prefix: IdPrefix, key: string): T {
  return `${prefix}_${key}` as T;
}
