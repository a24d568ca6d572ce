import type { InvalidRangeError, NotFoundError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';

export type NoIssuerError = CoreError<'DIRECTIVE.NO_ISSUER'>;
export type IssuerNotInForceError = CoreError<'DIRECTIVE.ISSUER_NOT_IN_FORCE', { organizationId: string; date: IsoDate }>;
export type EmptyTitleError = CoreError<'DIRECTIVE.EMPTY_TITLE'>;

/** Every expected failure of a directive write. */
export type DirectiveWriteError = InvalidRangeError | NotFoundError | NoIssuerError | IssuerNotInForceError | EmptyTitleError;

export const noIssuer = (): NoIssuerError => coreError('DIRECTIVE.NO_ISSUER', 'Văn bản phải có cơ quan ban hành hoặc ít nhất một bên ký kết.');

export const issuerNotInForce = (name: string, organizationId: string, date: IsoDate): IssuerNotInForceError =>
  coreError('DIRECTIVE.ISSUER_NOT_IN_FORCE', `${name} không hoạt động vào ngày ban hành ${date}.`, { organizationId, date });

export const emptyTitle = (): EmptyTitleError => coreError('DIRECTIVE.EMPTY_TITLE', 'Trích yếu (tên) văn bản không được để trống.');
