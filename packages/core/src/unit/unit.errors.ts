import { LEVEL_ENGLISH, LEVEL_LABELS, type Level } from '../catalog/level.js';
import { UNIT_KINDS, type UnitKind } from '../catalog/unit-kind.js';
import type { InvalidRangeError, NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';
import type { Unit } from './unit.js';

export type UnitKindNotInSchemeError = CoreError<'UNIT.KIND_NOT_IN_SCHEME', { kind: UnitKind; scheme: string }>;
export type UnitCodeTakenError = CoreError<'UNIT.CODE_TAKEN', { code: string; holder: string }>;
export type ParentLevelMismatchError = CoreError<'UNIT.PARENT_LEVEL_MISMATCH', { expected: Level | null; actual: Level }>;
export type ParentLinkOutsideValidityError = CoreError<'UNIT.PARENT_LINK_OUTSIDE_VALIDITY', { validity: Validity }>;
export type ParentOverlapError = CoreError<'UNIT.PARENT_OVERLAP', { otherParent: string; validity: Validity }>;
export type UnitCodeAmbiguousError = CoreError<'UNIT.CODE_AMBIGUOUS', { code: string; units: string[] }>;
export type UnitCodeUnknownError = CoreError<'UNIT.CODE_UNKNOWN', { code: string; date: IsoDate }>;

/** Every expected failure of a unit write. */
export type UnitWriteError =
  | InvalidRangeError
  | NotFoundError
  | UnitKindNotInSchemeError
  | UnitCodeTakenError
  | ParentLevelMismatchError
  | ParentLinkOutsideValidityError
  | ParentOverlapError;

/** Every expected failure of a lookup by code. */
export type UnitLookupError = UnitCodeAmbiguousError | UnitCodeUnknownError;

/** The hierarchy schemes named in English, by key (their names are Vietnamese). */
const SCHEME_ENGLISH: Readonly<Record<string, string>> = {
  'four-level': 'province → district → commune → residential area (until 2025-06-30)',
  'three-level': 'province → commune → residential area (from 2025-07-01)',
};

/** `scheme` is the hierarchy scheme (its name in Vietnamese, its key for the English message), or just its name. */
export function kindNotInScheme(
  kind: UnitKind,
  scheme: string | { readonly key: string; readonly name: string },
  validity: Validity,
): UnitKindNotInSchemeError {
  const schemeName = typeof scheme === 'string' ? scheme : scheme.name;
  const schemeEn = typeof scheme === 'string' ? scheme : (SCHEME_ENGLISH[scheme.key] ?? scheme.key);
  return coreError(
    'UNIT.KIND_NOT_IN_SCHEME',
    {
      vi:
        `Loại đơn vị "${UNIT_KINDS[kind].label}" không có trong hệ thống hành chính "${schemeName}", ` +
        `nhưng đơn vị được ghi hiệu lực ${formatValidity(validity)}.`,
      en: `The kind of unit "${UNIT_KINDS[kind].english}" is not in the administrative system "${schemeEn}", but the unit is recorded as valid ${formatValidity(validity)}.`,
    },
    { kind, scheme: schemeName },
  );
}

export function codeTaken(code: string, holder: Unit): UnitCodeTakenError {
  return coreError(
    'UNIT.CODE_TAKEN',
    {
      vi:
        `Mã ${code} đã thuộc về ${holder.fullName} trong khoảng ${formatValidity(holder.validity)}; ` +
        'một mã chỉ chỉ một đơn vị tại mỗi ngày.',
      en: `The code ${code} already belongs to ${holder.fullName} during ${formatValidity(holder.validity)}; a code names one unit on each day.`,
    },
    { code, holder: holder.id },
  );
}

export function parentLevelMismatch(
  unit: { fullName: string; level: Level },
  parent: Unit,
  expected: Level | null,
  validity: Validity,
): ParentLevelMismatchError {
  const want = expected === null ? 'không có đơn vị cấp trên' : `phải thuộc một đơn vị ${LEVEL_LABELS[expected]}`;
  const wantEn = expected === null ? 'has no parent unit' : `must be under a unit at ${LEVEL_ENGLISH[expected]}`;
  return coreError(
    'UNIT.PARENT_LEVEL_MISMATCH',
    {
      vi:
        `${unit.fullName} (${LEVEL_LABELS[unit.level]}) ${want} trong khoảng ${formatValidity(validity)}, ` +
        `nhưng ${parent.fullName} là đơn vị ${LEVEL_LABELS[parent.level]}.`,
      en: `${unit.fullName} (${LEVEL_ENGLISH[unit.level]}) ${wantEn} during ${formatValidity(validity)}, but ${parent.fullName} is at ${LEVEL_ENGLISH[parent.level]}.`,
    },
    { expected, actual: parent.level },
  );
}

export function parentLinkOutsideValidity(unitName: string, parentName: string, validity: Validity): ParentLinkOutsideValidityError {
  return coreError(
    'UNIT.PARENT_LINK_OUTSIDE_VALIDITY',
    {
      vi: `Quan hệ "${unitName} thuộc ${parentName}" ${formatValidity(validity)} vượt ra ngoài thời gian tồn tại của một trong hai đơn vị.`,
      en: `The link "${unitName} under ${parentName}" ${formatValidity(validity)} reaches outside the existence of one of the two units.`,
    },
    { validity },
  );
}

export function parentOverlap(unitName: string, other: Unit, validity: Validity): ParentOverlapError {
  return coreError(
    'UNIT.PARENT_OVERLAP',
    {
      vi: `${unitName} đã thuộc ${other.fullName} trong khoảng ${formatValidity(validity)}; mỗi ngày một đơn vị chỉ có một đơn vị cấp trên.`,
      en: `${unitName} is already under ${other.fullName} during ${formatValidity(validity)}; on each day a unit has only one parent.`,
    },
    { otherParent: other.id, validity },
  );
}

export function codeAmbiguous(code: string, units: readonly Unit[]): UnitCodeAmbiguousError {
  return coreError(
    'UNIT.CODE_AMBIGUOUS',
    {
      vi: `Mã ${code} chỉ nhiều đơn vị cùng lúc: ${units.map((u) => u.fullName).join(', ')}.`,
      en: `The code ${code} names several units at once: ${units.map((u) => u.fullName).join(', ')}.`,
    },
    { code, units: units.map((u) => u.id) },
  );
}

export function codeUnknown(code: string, date: IsoDate): UnitCodeUnknownError {
  return coreError(
    'UNIT.CODE_UNKNOWN',
    { vi: `Không có đơn vị nào mang mã ${code} vào ngày ${date}.`, en: `No unit has the code ${code} on ${date}.` },
    { code, date },
  );
}
