import type { BulkLoadError, Texts } from '@mttq/core';
import { ApiError, textsOfCore } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { BaseErrorInterface } from '../errors/base-error.js';

/**
 * A batch refused because of one record: the record's own code and message ("Lô dữ liệu bị từ chối ở chức vụ
 * thứ 2 (post_…): …"), and which record it was. Nothing of the batch was written.
 */
export class BatchRecordError extends ApiError {
  override readonly name = 'BatchRecordError';
  constructor(
    code: string,
    message: Texts,
    readonly recordKind: string,
    readonly recordIndex: number,
    readonly recordId: string | null,
  ) {
    super(code, message);
  }

  /** The API error of a refused batch. */
  static of(error: BulkLoadError): BatchRecordError {
    return new BatchRecordError(error.code, textsOfCore(error), error.record.kind, error.record.index, error.record.id ?? null);
  }
}

builder.objectType(BatchRecordError, {
  name: 'BatchRecordError',
  description:
    'A batch refused because of one record, named by its kind, its place in its list and its id; the code is the record’s own. Nothing of the batch was written.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof BatchRecordError,
  fields: (t) => ({
    recordKind: t.exposeString('recordKind', { description: 'unit, organization, post or term.' }),
    recordIndex: t.exposeInt('recordIndex', { description: 'Its place in its list, from 0.' }),
    recordId: t.exposeString('recordId', { nullable: true, description: 'The id it would have had (its kind’s prefix and its key).' }),
  }),
});
