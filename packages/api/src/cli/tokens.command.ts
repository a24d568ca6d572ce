import {
  createApiToken,
  findUnitByCode,
  getOrganizations,
  getUnits,
  listApiTokens,
  loadExampleDataset,
  parseApiTokenId,
  revokeApiToken,
  runAs,
  today,
  type ApiToken,
  type Db,
  type IsoDate,
  type OrganizationId,
} from '@mttq/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Command } from 'commander';
import { collect, dateArgument } from './cli-arguments.js';
import { refuseCli } from './cli-refusal.js';
import { openStoreFromFlags, withStoreFlags, type StoreFlags } from './store-options.js';

interface CreateFlags extends StoreFlags {
  readonly name: string;
  readonly unit: string;
  readonly date?: IsoDate;
  readonly org?: readonly string[];
  readonly expires?: IsoDate;
  readonly admin: boolean;
}

/**
 * `mttq tokens create|list|revoke`: the API's bearer tokens, on the same store as `mttq serve`. The secret is
 * printed once and never stored.
 */
export function addTokensCommand(program: Command): void {
  const tokens = program
    .command('tokens')
    .summary('tạo, liệt kê, thu hồi mã truy cập API (API bearer tokens)')
    .description(
      `Mã truy cập (bearer token) của API: mọi thao tác ghi cần một mã; thao tác đọc cũng cần khi MTTQ_READS_REQUIRE_TOKEN=1. Làm việc trên cùng kho với "mttq serve" (the same store as mttq serve).`,
    );
  withStoreFlags(
    tokens
      .command('create')
      .summary('tạo mã truy cập (create a token)')
      .description(
        `Tạo mã truy cập có phạm vi là một cây đơn vị vào một ngày (a token scoped to a unit subtree on a date). --unit là mã đơn vị chính thức, đọc theo --date (mặc định hôm nay: một mã chỉ xác định một đơn vị khi có ngày). --expires là ngày đầu tiên mã hết hiệu lực (từ 00:00 giờ Việt Nam).`,
      ),
  )
    .requiredOption('--name <name>', 'tên gợi nhớ (a name for people)')
    .requiredOption('--unit <code>', 'mã đơn vị của phạm vi (official code of the scope unit)')
    .option('--date <YYYY-MM-DD>', 'ngày đọc mã đơn vị (the day the code is read on; default today)', dateArgument)
    .option('--org <id>', 'chỉ ghi nhân danh tổ chức này, lặp lại được (only in these organizations’ name; repeatable)', collect)
    .option('--expires <YYYY-MM-DD>', 'ngày hết hiệu lực (first invalid day)', dateArgument)
    .option('--admin', 'mã quản trị: đọc được nhật ký của chính các mã (admin token)', false)
    .action((flags: CreateFlags) => withTokenStore(flags, (db) => create(db, flags)));
  withStoreFlags(
    tokens.command('list').description('Liệt kê mọi mã truy cập, không bao giờ in mã bí mật (lists every token, never a secret).'),
  ).action((flags: StoreFlags) => withTokenStore(flags, list));
  withStoreFlags(tokens.command('revoke').description('Thu hồi một mã truy cập (revokes a token).'))
    .argument('<token-id>', 'mã của token (tok_…)')
    .action((raw: string, flags: StoreFlags) => withTokenStore(flags, (db) => revoke(db, raw)));
}

async function withTokenStore(flags: StoreFlags, work: (db: Db) => Promise<void>): Promise<void> {
  const store = await openStoreFromFlags(flags, 1);
  try {
    // The same store as `mttq serve`, which seeds the example dataset on first start (loading it again changes nothing).
    await loadExampleDataset(store.db);
    await runAs({ id: 'admin:tokens' }, () => work(store.db));
  } finally {
    await store.close();
  }
}

async function create(db: Db, flags: CreateFlags): Promise<void> {
  const date = flags.date ?? today();
  const unit = await findUnitByCode(db, flags.unit, date);
  if (!unit.ok) refuseCli(`${unit.error.code}: ${unit.error.message}`);
  const created = await createApiToken(db, {
    name: flags.name,
    scopeUnitId: unit.value.id,
    scopeOrganizationIds: (flags.org ?? []).map(organizationId),
    expiresAt: flags.expires && new Date(`${flags.expires}T00:00:00+07:00`),
    admin: flags.admin,
  });
  if (!created.ok) refuseCli(`${created.error.code}: ${created.error.message}`);
  console.log((await describe(db, [created.value.token]))[0]);
  console.log(`\nMã bí mật (chỉ hiện một lần, không được lưu lại — shown once, never stored):\n${created.value.secret}\n`);
  console.log('Gửi kèm mỗi yêu cầu ghi (send with every write): Authorization: Bearer <mã bí mật>');
}

async function list(db: Db): Promise<void> {
  const tokens = await listApiTokens(db);
  if (tokens.length === 0) console.log('Chưa có mã truy cập nào (no tokens yet).');
  for (const line of await describe(db, tokens)) console.log(line);
}

async function revoke(db: Db, raw: string): Promise<void> {
  const id = parseApiTokenId(raw) ?? refuseCli(`revoke cần mã của token (tok_…), không phải (not a token id): ${raw}`);
  const revoked = await revokeApiToken(db, id);
  if (!revoked.ok) refuseCli(`${revoked.error.code}: ${revoked.error.message}`);
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
  return refuseCli(`Không phải mã tổ chức (not an organization id: org_… or a global id of Organization): ${raw}`);
}

/** One line per token: id, name, status, scope. Never the secret: the store does not have it. */
async function describe(db: Db, tokens: readonly ApiToken[]): Promise<string[]> {
  const units = await getUnits(
    db,
    tokens.map((t) => t.scopeUnitId),
  );
  const now = Date.now();
  return Promise.all(
    tokens.map(async (token, i) => {
      const orgs = token.scopeOrganizationIds
        ? (await getOrganizations(db, token.scopeOrganizationIds)).map((o, j) => o?.name ?? token.scopeOrganizationIds![j])
        : null;
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
