import type { DateTooFarError, InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import type { IsoDate } from '../time/iso-date.js';
import { formatValidity, type Validity } from '../time/validity.js';

export type NoIssuerError = CoreError<'DIRECTIVE.NO_ISSUER'>;
/** An issuer not in force on the issue date (`date`), or, with no issue date, on any day of the directive's validity. */
export type IssuerNotInForceError = CoreError<
  'DIRECTIVE.ISSUER_NOT_IN_FORCE',
  { organizationId: string; date?: IsoDate; validity?: Validity }
>;
export type EmptyTitleError = CoreError<'DIRECTIVE.EMPTY_TITLE'>;
/** The symbol's issuer part (`TU`: Tỉnh ủy) names a body none of the issuers is (a commune's body writing `02-ĐA/TU`). */
export type SymbolIssuerMismatchError = CoreError<'DIRECTIVE.SYMBOL_ISSUER_MISMATCH', { symbol: string; issuer: string }>;

/** Every expected failure of a directive write. */
export type DirectiveWriteError =
  | InvalidRangeError
  | NotFoundError
  | NoIssuerError
  | IssuerNotInForceError
  | EmptyTitleError
  | SymbolIssuerMismatchError
  | TextTooLongError
  | DateTooFarError;

export const noIssuer = (): NoIssuerError =>
  coreError('DIRECTIVE.NO_ISSUER', {
    vi: 'Văn bản phải có cơ quan ban hành hoặc ít nhất một bên ký kết.',
    en: 'A directive needs an issuer or at least one signing party.',
  });

export const issuerNotInForce = (name: string, organizationId: string, date: IsoDate): IssuerNotInForceError =>
  coreError(
    'DIRECTIVE.ISSUER_NOT_IN_FORCE',
    { vi: `${name} không hoạt động vào ngày ban hành ${date}.`, en: `${name} is not active on the issue date ${date}.` },
    { organizationId, date },
  );

export const emptyTitle = (): EmptyTitleError =>
  coreError('DIRECTIVE.EMPTY_TITLE', {
    vi: 'Trích yếu (tên) văn bản không được để trống.',
    en: 'The title of a directive must not be empty.',
  });

export const issuerNotInForceDuring = (name: string, organizationId: string, validity: Validity): IssuerNotInForceError =>
  coreError(
    'DIRECTIVE.ISSUER_NOT_IN_FORCE',
    {
      vi: `${name} không hoạt động vào ngày nào trong thời gian hiệu lực của văn bản ${formatValidity(validity)}.`,
      en: `${name} is not active on any day of the directive's validity ${formatValidity(validity)}.`,
    },
    { organizationId, validity },
  );

export const symbolIssuerMismatch = (
  symbol: string,
  issuer: string,
  label: string,
  parties: readonly string[],
): SymbolIssuerMismatchError =>
  coreError(
    'DIRECTIVE.SYMBOL_ISSUER_MISMATCH',
    {
      vi: `Ký hiệu ${symbol} ghi cơ quan ban hành ${issuer} (${label}), nhưng ${parties.join(', ')} không phải cơ quan đó.`,
      en: `The symbol ${symbol} names the issuer ${issuer} (${label}), but ${parties.join(', ')} is not that body.`,
    },
    { symbol, issuer },
  );
