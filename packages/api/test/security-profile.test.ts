import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApiToken, findUnitByCode, isoDate, runAs, unwrap } from '@mttq/core';
import { apiProfile, profileFromEnvironment } from '../src/index.js';
import { dataOf, exampleApi, TODAY, type Answer } from './api.js';

/**
 * Issue 19, item 4: what a server tells anyone who asks. CORS answers only allow-listed origins and never
 * with credentials; the production profile turns GraphiQL and introspection off unless asked for; the tokens'
 * own audit entries (names, scopes, expiries) are read only with an admin token, in every profile.
 */
const URL_ = 'http://mttq.test/graphql';
const EVIL = 'https://evil.example';
const APP = 'https://app.mttq.example.vn';

const preflight = (origin: string): RequestInit => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
});

const ask = async (api: Awaited<ReturnType<typeof exampleApi>>['api'], query: string, headers: Record<string, string> = {}) => {
  const response = await api.fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, answer: (await response.json()) as Answer };
};

describe('CORS', () => {
  it('answers a preflight from a foreign origin without any CORS header, by default', async () => {
    const { api } = await exampleApi();
    const response = await api.fetch(URL_, preflight(EVIL));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const { response: post } = await ask(api, '{ rulePack { id } }', { origin: EVIL });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allow-listed origin in, without credentials, and still no other', async () => {
    const { api } = await exampleApi({ corsOrigins: [APP] });
    const allowed = await api.fetch(URL_, preflight(APP));
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await api.fetch(URL_, preflight(EVIL));
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const { response } = await ask(api, '{ rulePack { id } }', { origin: APP });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });
});

describe('the production profile', () => {
  it('reads its options from the environment and the --production flag', () => {
    expect(profileFromEnvironment({})).toEqual({});
    expect(apiProfile(profileFromEnvironment({}))).toEqual({ production: false, graphiql: true, introspection: true, corsOrigins: [] });
    expect(apiProfile(profileFromEnvironment({ MTTQ_PRODUCTION: '1', MTTQ_CORS_ORIGINS: ` ${APP}, https://b.example.vn ,` }))).toEqual({
      production: true,
      graphiql: false,
      introspection: false,
      corsOrigins: [APP, 'https://b.example.vn'],
    });
    expect(apiProfile(profileFromEnvironment({ MTTQ_INTROSPECTION: '1' }, { production: true }))).toMatchObject({
      production: true,
      graphiql: false,
      introspection: true,
    });
    expect(apiProfile(profileFromEnvironment({ MTTQ_PRODUCTION: '1', MTTQ_GRAPHIQL: 'true' }))).toMatchObject({
      graphiql: true,
      introspection: false,
    });
  });

  it('turns GraphiQL and introspection off, with INTROSPECTION.DISABLED, and keeps __typename', async () => {
    const { api } = await exampleApi({ production: true });
    const page = await api.fetch(URL_, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const { answer } = await ask(api, getIntrospectionQuery());
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTROSPECTION.DISABLED');
    const { answer: type } = await ask(api, '{ __type(name: "Unit") { name } }');
    expect(type.errors?.[0]?.extensions?.code).toBe('INTROSPECTION.DISABLED');
    expect(dataOf((await ask(api, '{ rulePack { __typename id } }')).answer).rulePack.__typename).toBe('RulePack');
  });

  it('turns either back on when asked for', async () => {
    const { api } = await exampleApi({ production: true, graphiql: true, introspection: true });
    expect(await (await api.fetch(URL_, { headers: { accept: 'text/html' } })).text()).toContain('GraphiQL');
    expect(dataOf((await ask(api, getIntrospectionQuery())).answer).__schema.queryType.name).toBe('Query');
  });
});

describe('token metadata, in every profile', () => {
  async function withTokenEntries() {
    const api = await exampleApi();
    const unit = unwrap(await findUnitByCode(api.store.db, '02287', isoDate(TODAY)));
    // As `pnpm tokens create` does: written by the admin:tokens actor.
    const made = await runAs({ id: 'admin:tokens' }, async () => ({
      plain: unwrap(
        await createApiToken(api.store.db, {
          name: 'MTTQ xã Chiêm Hóa (bí mật)',
          scopeUnitId: unit.id,
          expiresAt: new Date('2027-01-01T00:00:00Z'),
        }),
      ),
      admin: unwrap(await createApiToken(api.store.db, { name: 'Quản trị', scopeUnitId: unit.id, admin: true })),
    }));
    expect(made.admin.token.admin).toBe(true);
    expect(made.plain.token.admin).toBe(false);
    return { api, made };
  }
  const BY_ACTOR = '{ auditLog(actor: "admin:tokens", first: 100) { totalCount edges { node { action after } } } }';
  const UNDER = '{ auditLog(under: { code: "02287" }, first: 100) { totalCount edges { node { action entityType after } } } }';

  it('refuses auditLog(actor: "admin:tokens") without a token and with a token that is not an admin’s', async () => {
    const { api, made } = await withTokenEntries();
    for (const token of [null, made.plain.secret]) {
      const answer = await api.gql(BY_ACTOR, undefined, { token });
      expect(answer.data?.auditLog ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('AUTH.ADMIN_REQUIRED');
      expect(JSON.stringify(answer)).not.toContain('bí mật');
    }
  });

  it('leaves the tokens’ entries out of every other listing for anyone but an admin token', async () => {
    const { api, made } = await withTokenEntries();
    for (const query of [
      UNDER,
      '{ auditLog(first: 100) { totalCount edges { node { action entityType after } } } }',
      '{ auditLog(from: "2000-01-01", first: 100) { edges { node { entityType after } } } }',
    ]) {
      const seen = JSON.stringify(dataOf(await api.gql(query, undefined, { token: made.plain.secret })));
      expect(seen).not.toContain('api_token');
      expect(seen).not.toContain('bí mật');
    }
  });

  it('lists them to an admin token: names, scopes and expiries', async () => {
    const { api, made } = await withTokenEntries();
    const log = dataOf(await api.gql(BY_ACTOR, undefined, { token: made.admin.secret })).auditLog;
    expect(log.totalCount).toBe(2);
    expect(log.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['api_token.create', 'api_token.create']);
    expect(log.edges[0].node.after).toContain('MTTQ xã Chiêm Hóa (bí mật)');
    const count = async (token: string) => dataOf(await api.gql(UNDER, undefined, { token })).auditLog.totalCount as number;
    expect(await count(made.admin.secret)).toBe((await count(made.plain.secret)) + 2);
  });
});
