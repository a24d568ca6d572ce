import { randomUUID } from 'node:crypto';
import type { Brand } from './brand.js';

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

type IdPrefix = 'unit' | 'org' | 'post' | 'person' | 'holding' | 'term' | 'src' | 'link' | 'dir' | 'task' | 'asg' | 'evt' | 'rep' | 'aud';

/** A fresh random id with a readable prefix (`unit_…`, `person_…`). */
export function newId<T extends string>(prefix: IdPrefix): T {
  return `${prefix}_${randomUUID().replaceAll('-', '')}` as T;
}

const ID_PATTERN = /^[a-z]+_[A-Za-z0-9_.:-]{1,120}$/;

/** Parses an id given from outside (an API argument, a file): `prefix_rest`. */
export function parseId<T extends string>(prefix: IdPrefix, raw: string): T | undefined {
  return raw.startsWith(`${prefix}_`) && ID_PATTERN.test(raw) ? (raw as T) : undefined;
}

/** A deterministic id for datasets: the same key always gives the same id. */
export function stableId<T extends string>(prefix: IdPrefix, key: string): T {
  return `${prefix}_${key}` as T;
}
