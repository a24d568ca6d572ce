import { afterAll } from 'vitest';
import {
  createApiToken,
  findUnitByCode,
  isoDate,
  loadExampleDataset,
  revokeApiToken,
  unwrap,
  type Db,
  type ExampleDataset,
  type OrganizationId,
  type Store,
} from '@mttq/core';
import { openFreshExampleStore } from '@mttq/core/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createApi, type ApiOptions } from '../src/index.js';
import type { RequestLogEntry } from '../src/index.js';

/** "Today" in the tests, so that answers do not change with the calendar. */
export const TODAY = isoDate('2026-06-01');

const open: Store[] = [];
afterAll(async () => {
  while (open.length > 0) await open.pop()!.close();
});

/** A GraphQL answer. */
export interface Answer<D = any> {
  readonly data?: D;
  readonly errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

/** The scope of a test token: a unit by code on a date, optionally organizations; optionally expired or revoked. */
export interface TokenScope {
  readonly unitCode: string;
  /** The date the code is read on (a code names a unit only with a date); default: TODAY. */
  readonly date?: string;
  readonly organizationIds?: readonly string[];
  readonly expiresAt?: Date;
  readonly revoked?: boolean;
  readonly name?: string;
}

/** Creates a token in the store and returns its secret. */
export async function createTestToken(db: Db, scope: TokenScope): Promise<string> {
  const unit = unwrap(await findUnitByCode(db, scope.unitCode, isoDate(scope.date ?? TODAY)));
  const created = unwrap(
    await createApiToken(db, {
      name: scope.name ?? `Kiểm thử ${unit.fullName}`,
      scopeUnitId: unit.id,
      scopeOrganizationIds: scope.organizationIds as OrganizationId[] | undefined,
      expiresAt: scope.expiresAt,
    }),
  );
  if (scope.revoked) unwrap(await revokeApiToken(db, created.token.id));
  return created.secret;
}

/** Options of a test API: those of `createApi`, and a token every request sends unless told otherwise. */
export interface ExampleApiOptions extends Partial<ApiOptions> {
  readonly token?: TokenScope;
}

/**
 * The API over a fresh in-memory store holding the example dataset, called through `yoga.fetch` (no port).
 * `statements` counts the SQL statements issued since the last `reset()`. With `token`, every request sends
 * `Authorization: Bearer <secret>` of a token of that scope (writes need one); `gql(..., { token })` sends
 * another secret, or none with `token: null`.
 */
export async function exampleApi({ token: tokenScope, ...options }: ExampleApiOptions = {}) {
  let statements = 0;
  const store = await openFreshExampleStore({ onQuery: () => statements++ });
  open.push(store);
  const ids: ExampleDataset = await loadExampleDataset(store.db);
  const logs: RequestLogEntry[] = [];
  const api = createApi({ db: store.db, today: () => TODAY, log: (entry) => logs.push(entry), ...options });
  const token = tokenScope ? await createTestToken(store.db, tokenScope) : null;
  async function gql<D = any>(
    query: string,
    variables?: Record<string, unknown>,
    send: { token?: string | null } = {},
  ): Promise<Answer<D>> {
    const secret = send.token === undefined ? token : send.token;
    const response = await api.fetch('http://mttq.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(secret && { authorization: `Bearer ${secret}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer<D>;
  }
  return {
    api,
    store,
    ids,
    logs,
    gql,
    /** The secret of the token given in the options, if any. */
    token,
    /** Creates another token in this store and returns its secret. */
    createToken: (scope: TokenScope) => createTestToken(store.db, scope),
    get statements() {
      return statements;
    },
    reset() {
      statements = 0;
    },
  };
}

/** The global id of a record of core. */
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The data of an answer, failing the test with the errors when there are any. */
export function dataOf<D>(answer: Answer<D>): D {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors, null, 2)}`);
  return answer.data!;
}

/** The synthetic source of the example dataset, for writes in tests. */
export const SYNTHETIC_SOURCE = gid('Source', 'src_minh-hoa');
