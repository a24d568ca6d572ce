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
  type Lang,
  type OrganizationId,
} from '@mttq/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Command } from 'commander';
import { collect, dateArgument } from './cli-arguments.js';
import { coreRefusal, refuseCli } from './cli-refusal.js';
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
export function addTokensCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  const tokens = program
    .command('tokens')
    .summary(en ? 'create, list and revoke API bearer tokens' : 'tạo, liệt kê, thu hồi mã truy cập API')
    .description(
      en
        ? 'The API\'s bearer tokens: every write needs one; reads too when MTTQ_READS_REQUIRE_TOKEN=1. Works on the same store as "mttq serve".'
        : 'Mã truy cập (bearer token) của API: mọi thao tác ghi cần một mã; thao tác đọc cũng cần khi MTTQ_READS_REQUIRE_TOKEN=1. Làm việc trên cùng kho với "mttq serve".',
    );
  withStoreFlags(
    tokens
      .command('create')
      .summary(en ? 'create a token' : 'tạo mã truy cập')
      .description(
        en
          ? "Creates a token scoped to a unit subtree on a date. --unit is the unit's official code, read on --date (default today: a code names one unit only with a date). --expires is the first day the token no longer works (from 00:00 Vietnam time)."
          : 'Tạo mã truy cập có phạm vi là một cây đơn vị vào một ngày. --unit là mã đơn vị chính thức, đọc theo --date (mặc định hôm nay: một mã chỉ xác định một đơn vị khi có ngày). --expires là ngày đầu tiên mã hết hiệu lực (từ 00:00 giờ Việt Nam).',
      ),
    lang,
  )
    .requiredOption('--name <name>', en ? 'a name for people to read' : 'tên gợi nhớ')
    .requiredOption('--unit <code>', en ? 'official code of the scope unit' : 'mã đơn vị của phạm vi')
    .option(
      '--date <YYYY-MM-DD>',
      en ? 'the day the code is read on; default today' : 'ngày đọc mã đơn vị; mặc định hôm nay',
      dateArgument(lang),
    )
    .option('--org <id>', en ? 'only in these organizations’ name; repeatable' : 'chỉ ghi nhân danh tổ chức này; lặp lại được', collect)
    .option('--expires <YYYY-MM-DD>', en ? 'first day the token no longer works' : 'ngày hết hiệu lực', dateArgument(lang))
    .option('--admin', en ? 'admin token: may read the tokens’ own log' : 'mã quản trị: đọc được nhật ký của chính các mã', false)
    .action((flags: CreateFlags) => withTokenStore(flags, (db) => create(db, flags, lang)));
  withStoreFlags(
    tokens.command('list').description(en ? 'Lists every token, never a secret.' : 'Liệt kê mọi mã truy cập, không bao giờ in mã bí mật.'),
    lang,
  ).action((flags: StoreFlags) => withTokenStore(flags, (db) => list(db, lang)));
  withStoreFlags(tokens.command('revoke').description(en ? 'Revokes a token.' : 'Thu hồi một mã truy cập.'), lang)
    .argument('<token-id>', en ? "the token's id (tok_…)" : 'mã của token (tok_…)')
    .action((raw: string, flags: StoreFlags) => withTokenStore(flags, (db) => revoke(db, raw, lang)));
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

async function create(db: Db, flags: CreateFlags, lang: Lang): Promise<void> {
  const date = flags.date ?? today();
  const unit = await findUnitByCode(db, flags.unit, date);
  if (!unit.ok) refuseCli(coreRefusal(unit.error));
  const created = await createApiToken(db, {
    name: flags.name,
    scopeUnitId: unit.value.id,
    scopeOrganizationIds: (flags.org ?? []).map(organizationId),
    expiresAt: flags.expires && new Date(`${flags.expires}T00:00:00+07:00`),
    admin: flags.admin,
  });
  if (!created.ok) refuseCli(coreRefusal(created.error));
  console.log((await describe(db, [created.value.token], lang))[0]);
  console.log(
    lang === 'en'
      ? `\nThe secret (shown once, never stored):\n${created.value.secret}\n`
      : `\nMã bí mật (chỉ hiện một lần, không được lưu lại):\n${created.value.secret}\n`,
  );
  console.log(
    lang === 'en'
      ? 'Send it with every write: Authorization: Bearer <secret>'
      : 'Gửi kèm mỗi yêu cầu ghi: Authorization: Bearer <mã bí mật>',
  );
}

async function list(db: Db, lang: Lang): Promise<void> {
  const tokens = await listApiTokens(db);
  if (tokens.length === 0) console.log(lang === 'en' ? 'No tokens yet.' : 'Chưa có mã truy cập nào.');
  for (const line of await describe(db, tokens, lang)) console.log(line);
}

async function revoke(db: Db, raw: string, lang: Lang): Promise<void> {
  const id =
    parseApiTokenId(raw) ??
    refuseCli({ vi: `revoke cần mã của token (tok_…), không phải: ${raw}`, en: `revoke needs a token id (tok_…), not: ${raw}` });
  const revoked = await revokeApiToken(db, id);
  if (!revoked.ok) refuseCli(coreRefusal(revoked.error));
  console.log((await describe(db, [revoked.value], lang))[0]);
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
  return refuseCli({
    vi: `Không phải mã tổ chức (org_… hoặc mã toàn cục của Organization): ${raw}`,
    en: `Not an organization id (org_… or a global id of Organization): ${raw}`,
  });
}

const WORDS = {
  vi: {
    revoked: 'thu hồi',
    expired: 'hết hạn',
    valid: 'hiệu lực',
    until: 'đến',
    only: 'chỉ nhân danh',
    admin: 'quản trị',
    scope: 'phạm vi',
    created: 'tạo',
  },
  en: {
    revoked: 'revoked',
    expired: 'expired',
    valid: 'valid',
    until: 'until',
    only: 'only in the name of',
    admin: 'admin',
    scope: 'scope',
    created: 'created',
  },
} as const;

/** One line per token: id, name, status, scope. Never the secret: the store does not have it. */
async function describe(db: Db, tokens: readonly ApiToken[], lang: Lang): Promise<string[]> {
  const w = WORDS[lang];
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
        ? `${w.revoked} ${token.revokedAt}`
        : token.expiresAt && Date.parse(token.expiresAt) <= now
          ? `${w.expired} ${token.expiresAt}`
          : `${w.valid}${token.expiresAt ? ` ${w.until} ${token.expiresAt}` : ''}`;
      const scope = `${units[i]?.fullName ?? token.scopeUnitId}${orgs ? ` — ${w.only}: ${orgs.join('; ')}` : ''}`;
      return `${token.id}  "${token.name}"${token.admin ? `  (${w.admin})` : ''}  [${status}]  ${w.scope}: ${scope}  (${w.created} ${token.createdAt})`;
    }),
  );
}
