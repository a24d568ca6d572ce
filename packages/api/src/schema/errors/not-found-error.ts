import { NotFoundError } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { BaseErrorInterface } from './base-error.js';

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'A record named by id or code that does not exist (UNIT.NOT_FOUND, PERSON.NOT_FOUND, UNIT.CODE_UNKNOWN…).',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: 'The id that was not found (the core id, not the global id).' }),
  }),
});
