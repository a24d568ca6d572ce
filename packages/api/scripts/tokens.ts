/**
 * Creates, lists and revokes the API's bearer tokens (writes need one; reads too with MTTQ_READS_REQUIRE_TOKEN=1).
 * Works on the same store as `pnpm start` (default data/mttq.sqlite; MTTQ_DATABASE_URL, MTTQ_DB, or --db FILE|postgres://…).
 *
 *   pnpm tokens create --name "MTTQ xã Chiêm Hóa" --unit 02287 [--date 2026-01-01] [--org ID ...] [--expires 2027-01-01] [--admin]
 *   pnpm tokens list
 *   pnpm tokens revoke tok_…
 *
 * `--unit` is an official code read on `--date` (default today: a code names a unit only with a date);
 * `--org` (repeatable) limits the token to writing in those organizations' name; `--expires` is a date, the
 * token's first invalid day (from 00:00 in Vietnam); `--admin` makes an admin token, which also reads the
 * tokens' own audit entries (names, scopes, expiries) through `auditLog`. The secret is printed once and never stored.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createApiToken,
  findUnitByCode,
  getOrganizations,
  getUnits,
  listApiTokens,
  loadExampleDataset,
  openStore,
  parseApiTokenId,
  parseIsoDate,
  revokeApiToken,
  runAs,
  today,
  type ApiToken,
  type Db,
  type OrganizationId,
} from '@mttq/core';
import { decodeGlobalID } from '@pothos/plugin-relay';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const USAGE = `usage:
  tokens create --name NAME --unit CODE [--date YYYY-MM-DD] [--org ID ...] [--expires YYYY-MM-DD] [--admin] [--db FILE|URL]
  tokens list [--db FILE|URL]
  tokens revoke TOKEN_ID [--db FILE|URL]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    unit: { type: 'string' },
    date: { type: 'string' },
    org: { type: 'string', multiple: true },
    expires: { type: 'string' },
    admin: { type: 'boolean', default: false },
    db: { type: 'string', default: process.env.MTTQ_DATABASE_URL ?? process.env.MTTQ_DB ?? resolve(REPOSITORY_ROOT, 'data/mttq.sqlite') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const [command, ...rest] = positionals;
if (values.help || !command) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

// A relative --db is taken from where the command was typed (pnpm runs scripts in the package's folder).
const store = await openStore(
  /^postgres(ql)?:\/\//.test(values.db) ? { url: values.db, poolSize: 1 } : { filename: resolve(process.env.INIT_CWD ?? process.cwd(), values.db) },
);
try {
  // The same store as `pnpm start`, which seeds the example dataset on first start (loading it again changes nothing).
  await loadExampleDataset(store.db);
  await runAs({ id: 'admin:tokens' }, async () => {
    switch (command) {
      case 'create':
        return create(store.db);
      case 'list':
        return list(store.db);
      case 'revoke':
        return revoke(store.db, rest[0]);
      default:
        fail(`Lệnh không rõ: ${command}\n${USAGE}`);
    }
  });
} finally {
  await store.close();
}

async function create(db: Db): Promise<void> {
  if (!values.name || !values.unit) fail(`create cần --name và --unit.\n${USAGE}`);
  const date = values.date === undefined ? today() : (parseIsoDate(values.date) ?? fail(`Ngày không hợp lệ (--date): ${values.date}`));
  const unit = await findUnitByCode(db, values.unit, date);
  if (!unit.ok) fail(`${unit.error.code}: ${unit.error.message}`);
  const expiresOn = values.expires === undefined ? undefined : (parseIsoDate(values.expires) ?? fail(`Ngày không hợp lệ (--expires): ${values.expires}`));
  const created = await createApiToken(db, {
    name: values.name,
    scopeUnitId: unit.value.id,
    scopeOrganizationIds: (values.org ?? []).map(organizationId),
    expiresAt: expiresOn && new Date(`${expiresOn}T00:00:00+07:00`),
    admin: values.admin,
  });
  if (!created.ok) fail(`${created.error.code}: ${created.error.message}`);
  console.log((await describe(db, [created.value.token]))[0]);
  console.log(`\nMã bí mật (chỉ hiện một lần, không được lưu lại):\n${created.value.secret}\n`);
  console.log('Gửi kèm mỗi yêu cầu ghi: Authorization: Bearer <mã bí mật>');
}

async function list(db: Db): Promise<void> {
  const tokens = await listApiTokens(db);
  if (tokens.length === 0) console.log('Chưa có mã truy cập nào.');
  for (const line of await describe(db, tokens)) console.log(line);
}

async function revoke(db: Db, raw: string | undefined): Promise<void> {
  const id = raw === undefined ? undefined : parseApiTokenId(raw);
  if (!id) fail(`revoke cần mã của token (tok_…), không phải: ${raw ?? '(trống)'}`);
  const revoked = await revokeApiToken(db, id);
  if (!revoked.ok) fail(`${revoked.error.code}: ${revoked.error.message}`);
  console.log((await describe(db, [revoked.value]))[0]);
}

/** An organization named by its id (`org_…`) or its global id, as GraphiQL shows it. */
function organizationId(raw: string): OrganizationId {
  if (raw.startsWith('org_')) return raw as OrganizationId;
  try {
    const { typename, id } = decodeGlobalID(raw);
    if (typename === 'Organization') return id as OrganizationId;
  } catch {
    // not a global id either
  }
  return fail(`Không phải mã tổ chức (org_… hoặc ID toàn cục của Organization): ${raw}`);
}

/** One line per token: id, name, status, scope. Never the secret: the store does not have it. */
async function describe(db: Db, tokens: readonly ApiToken[]): Promise<string[]> {
  const units = await getUnits(db, tokens.map((t) => t.scopeUnitId));
  const now = Date.now();
  return Promise.all(
    tokens.map(async (token, i) => {
      const orgs = token.scopeOrganizationIds ? (await getOrganizations(db, token.scopeOrganizationIds)).map((o, j) => o?.name ?? token.scopeOrganizationIds![j]) : null;
      const status = token.revokedAt
        ? `thu hồi ${token.revokedAt}`
        : token.expiresAt && Date.parse(token.expiresAt) <= now
          ? `hết hạn ${token.expiresAt}`
          : `hiệu lực${token.expiresAt ? ` đến ${token.expiresAt}` : ''}`;
      const scope = `${units[i]?.fullName ?? token.scopeUnitId}${orgs ? ` — chỉ nhân danh: ${orgs.join('; ')}` : ''}`;
      return `${token.id}  "${token.name}"${token.admin ? '  (quản trị)' : ''}  [${status}]  phạm vi: ${scope}  (tạo ${token.createdAt})`;
    }),
  );
}
