import type { InvalidRangeError, NotFoundError, TextTooLongError } from '../shared/common.errors.js';
import { coreError, type CoreError } from '../shared/core-error.js';
import { formatValidity, type Validity } from '../time/validity.js';

export type TaskEmptyTitleError = CoreError<'TASK.EMPTY_TITLE'>;
export type TaskOutsideDirectiveError = CoreError<'TASK.OUTSIDE_DIRECTIVE_VALIDITY', { validity: Validity }>;
export type TaskWriteError = InvalidRangeError | NotFoundError | TaskOutsideDirectiveError | TaskEmptyTitleError | TextTooLongError;

export const emptyTaskTitle = (): TaskEmptyTitleError =>
  coreError('TASK.EMPTY_TITLE', { vi: 'Tên nhiệm vụ không được để trống.', en: 'The task title must not be empty.' });

export const taskOutsideDirective = (
  title: string,
  validity: Validity,
  directiveLabel: string,
  directiveValidity: Validity,
): TaskOutsideDirectiveError =>
  coreError(
    'TASK.OUTSIDE_DIRECTIVE_VALIDITY',
    {
      vi: `Nhiệm vụ "${title}" ${formatValidity(validity)} không thể kéo dài ngoài hiệu lực của văn bản ${directiveLabel} ${formatValidity(directiveValidity)}.`,
      en: `The task "${title}" ${formatValidity(validity)} cannot run beyond the validity of directive ${directiveLabel} ${formatValidity(directiveValidity)}.`,
    },
    { validity },
  );
