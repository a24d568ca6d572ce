import { coreError, type CoreError } from '../shared/core-error.js';

export type EmptyNameError = CoreError<'PERSON.EMPTY_NAME'>;

export const emptyName = (): EmptyNameError =>
  coreError('PERSON.EMPTY_NAME', { vi: 'Họ và tên không được để trống.', en: 'The full name must not be empty.' });
