import { AuthError } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { BaseErrorInterface } from './base-error.js';

builder.objectType(AuthError, {
  name: 'AuthError',
  description:
    'A write refused: no bearer token (AUTH.TOKEN_REQUIRED), an unknown, expired or revoked one (AUTH.TOKEN_UNKNOWN, AUTH.TOKEN_EXPIRED, AUTH.TOKEN_REVOKED), or a unit or organization outside its scope (AUTH.OUTSIDE_SCOPE, naming it). Nothing was written.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof AuthError,
});
