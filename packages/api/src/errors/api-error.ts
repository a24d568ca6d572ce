import {
  explainDecision,
  type AssignmentDecision,
  type CoreError,
  type Lang,
  type Result,
  type RuleTrace,
  type Texts,
  type Validity,
} from '@mttq/core';
import type { GraphQLError } from 'graphql';
import { localizedError } from './localized-error.js';

/**
 * An expected failure of `@mttq/core` carried through a resolver: thrown, then turned by the errors plugin
 * into a typed result (`... on BaseError { code message }`) with the core's stable code and its message in
 * the request's language (`messageIn`). `message` is the Vietnamese text.
 */
export abstract class ApiError extends Error {
  readonly texts: Texts;
  constructor(
    readonly code: string,
    texts: Texts,
  ) {
    super(texts.vi);
    this.texts = texts;
  }

  /** The message in `lang`. */
  messageIn(lang: Lang): string {
    return this.texts[lang];
  }
}

/** A core error's message in both languages (core writes every one in both). */
export const textsOfCore = (error: CoreError): Texts => error.texts ?? { vi: error.message, en: error.message };

/** Any expected failure without details of its own (`VALIDITY.INVALID_RANGE`, `ASSIGNMENT.TRANSITION_NOT_ALLOWED`…). */
export class DomainError extends ApiError {
  override readonly name = 'DomainError';
}

/** A record named by id or code that does not exist (`*.NOT_FOUND`, `UNIT.CODE_UNKNOWN`). */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
  constructor(
    code: string,
    texts: Texts,
    readonly id: string | null,
  ) {
    super(code, texts);
  }
}

/** The rule pack refused an assignment: why, rule by rule (`ASSIGNMENT.RULE_DENIED`). */
export class RuleDeniedError extends ApiError {
  override readonly name = 'RuleDeniedError';
  readonly explanation: string;
  readonly trace: readonly RuleTrace[];
  readonly preconditionFailures: readonly string[];
  readonly packId: string;
  constructor(
    texts: Texts,
    readonly decision: AssignmentDecision,
  ) {
    super('ASSIGNMENT.RULE_DENIED', texts);
    this.explanation = explainDecision(decision);
    this.trace = decision.trace;
    this.preconditionFailures = decision.preconditionFailures;
    this.packId = decision.packId;
  }

  /** The decision in words, in `lang`. */
  explanationIn(lang: Lang): string {
    return explainDecision(this.decision, lang);
  }

  /** Why the request could not be considered at all, in `lang`. */
  preconditionFailuresIn(lang: Lang): readonly string[] {
    return lang === 'en' && !this.decision.allowed ? this.decision.preconditionFailuresEn : this.preconditionFailures;
  }
}

/** A post whose seats are all taken on some of the requested days (`HOLDING.SEAT_TAKEN`), naming the holders. */
export class SeatTakenError extends ApiError {
  override readonly name = 'SeatTakenError';
  constructor(
    texts: Texts,
    readonly seats: number,
    readonly holders: readonly { personId: string; fullName: string; validity: Validity }[],
  ) {
    super('HOLDING.SEAT_TAKEN', texts);
  }
}

/**
 * A write refused for want of a valid bearer token, or outside the token's scope: `AUTH.TOKEN_REQUIRED`,
 * `AUTH.TOKEN_UNKNOWN`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_REVOKED`, `AUTH.OUTSIDE_SCOPE`. Nothing was written.
 */
export class AuthError extends ApiError {
  override readonly name = 'AuthError';
}

/** The API codes of core's token errors. */
const AUTH_CODES: Readonly<Record<string, string>> = {
  'TOKEN.UNKNOWN': 'AUTH.TOKEN_UNKNOWN',
  'TOKEN.EXPIRED': 'AUTH.TOKEN_EXPIRED',
  'TOKEN.REVOKED': 'AUTH.TOKEN_REVOKED',
  'TOKEN.OUTSIDE_SCOPE': 'AUTH.OUTSIDE_SCOPE',
};

/** The API error for a core error: the one mapper between the two. */
export function fromCoreError(error: CoreError): ApiError {
  const details = (error.details ?? {}) as Record<string, unknown>;
  const texts = textsOfCore(error);
  const authCode = AUTH_CODES[error.code];
  if (authCode) return new AuthError(authCode, texts);
  if (error.code === 'ASSIGNMENT.RULE_DENIED') return new RuleDeniedError(texts, details.decision as AssignmentDecision);
  if (error.code === 'HOLDING.SEAT_TAKEN') {
    return new SeatTakenError(texts, details.seats as number, details.holders as SeatTakenError['holders']);
  }
  if (error.code.endsWith('.NOT_FOUND') || error.code === 'UNIT.CODE_UNKNOWN') {
    return new NotFoundError(error.code, texts, typeof details.id === 'string' ? details.id : null);
  }
  return new DomainError(error.code, texts);
}

/** The value of a core result, or its error thrown as an `ApiError` for the errors plugin to return. */
export function orThrow<T>(result: Result<T, CoreError>): T {
  if (result.ok) return result.value;
  throw fromCoreError(result.error);
}

/**
 * A request the API refuses as asked (a bad page cursor, an unknown unit code where no typed result is
 * offered): a GraphQL error that is not masked, with the stable code in `extensions.code`, answered in the
 * request's language.
 */
export function requestError(code: string, texts: Texts): GraphQLError {
  return localizedError(texts, { extensions: { code } });
}

/** A core error refused as a GraphQL error: its code, its message in the request's language. */
export function coreRequestError(error: CoreError): GraphQLError {
  return requestError(error.code, textsOfCore(error));
}
