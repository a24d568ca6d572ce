/**
 * Starts the GraphQL API on an embedded SQLite file seeded with the example dataset (created on first start,
 * reused afterwards) — or on PostgreSQL when given a database URL — and serves GraphiQL at /graphql.
 *
 *   pnpm start                                      # port 4000, <repository>/data/mttq.sqlite
 *   pnpm start --port 8080 --db /tmp/mttq.sqlite     # or PORT=8080 MTTQ_DB=/tmp/mttq.sqlite pnpm start
 *   MTTQ_DATABASE_URL=postgres://user:pass@host/mttq pnpm start   # or --database-url
 *   MTTQ_READS_REQUIRE_TOKEN=1 pnpm start           # queries need a bearer token too (writes always do)
 *   pnpm start --production                         # or MTTQ_PRODUCTION=1: no GraphiQL, no introspection
 *   pnpm start --lang en                            # messages in English (or LANG=en_US.UTF-8); Vietnamese by default
 *   MTTQ_CORS_ORIGINS=https://app.example.vn pnpm start   # browser pages of these origins may call the API
 *   MTTQ_GRAPHIQL=1 MTTQ_INTROSPECTION=1            # turn either back on in production
 *
 * SIGTERM or SIGINT stops it gracefully (requests in flight finish, exit 0). A port in use or a database that
 * cannot be opened: one line on stderr, exit 1; a wrong flag: the usage, exit 2.
 * Tokens are made on the same store with `pnpm tokens create …` (scripts/tokens.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isLang, langFromLocale, type Lang } from '@mttq/core';
import { serve, ServeError } from './http/serve.js';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The usage in each language (`--lang`, else LC_ALL, LC_MESSAGES, LANG: `en_*` is English, anything else Vietnamese). */
const USAGE: Readonly<Record<Lang, string>> = {
  vi: `Cách dùng: pnpm start [--port 4000] [--host HOST] [--db data/mttq.sqlite | --database-url postgres://…] [--production] [--lang vi|en]

  --port N             cổng; mặc định $PORT hoặc 4000
  --host HOST          địa chỉ lắng nghe; mặc định mọi địa chỉ
  --db FILE            tệp SQLite; mặc định $MTTQ_DB hoặc data/mttq.sqlite
  --database-url URL   PostgreSQL thay cho SQLite; mặc định $MTTQ_DATABASE_URL
  --production         chế độ vận hành thật: tắt GraphiQL và introspection (hoặc MTTQ_PRODUCTION=1)
  --lang vi|en         ngôn ngữ của thông báo; mặc định theo LC_ALL, LC_MESSAGES, LANG
  -h, --help           in hướng dẫn này`,
  en: `Usage: pnpm start [--port 4000] [--host HOST] [--db data/mttq.sqlite | --database-url postgres://…] [--production] [--lang vi|en]

  --port N             port; default $PORT or 4000
  --host HOST          address to listen on; default every address
  --db FILE            SQLite file; default $MTTQ_DB or data/mttq.sqlite
  --database-url URL   PostgreSQL instead of SQLite; default $MTTQ_DATABASE_URL
  --production         production profile: no GraphiQL, no introspection (or MTTQ_PRODUCTION=1)
  --lang vi|en         language of messages; default from LC_ALL, LC_MESSAGES, LANG
  -h, --help           display this help`,
};

/** A wrong command line, said in `lang` from Node's parseArgs error (its code, and the argument it quotes). */
function wrongArguments(error: unknown, lang: Lang): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const en = lang === 'en';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return en ? `Unknown option '${quoted}'.` : `Không có tùy chọn '${quoted}'.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return en ? `Option '${quoted}' needs a value.` : `Tùy chọn '${quoted}' thiếu giá trị.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return en ? `Unexpected argument '${quoted}'.` : `Tham số thừa '${quoted}'.`;
    default:
      return en ? message : `Dòng lệnh sai: ${message}`;
  }
}

const argv = process.argv.slice(2);
const args = argv[0] === '--' ? argv.slice(1) : argv;
const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
const langAsked = langAt < 0 ? undefined : args[langAt]!.includes('=') ? args[langAt]!.slice('--lang='.length) : args[langAt + 1];
const lang: Lang = langAsked !== undefined && isLang(langAsked) ? langAsked : langFromLocale(process.env);
let values: {
  port?: string;
  db?: string;
  host?: string;
  'database-url'?: string;
  production?: boolean;
  lang?: string;
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      db: { type: 'string', default: process.env.MTTQ_DB ?? resolve(REPOSITORY_ROOT, 'data/mttq.sqlite') },
      host: { type: 'string', default: process.env.HOST },
      'database-url': { type: 'string', default: process.env.MTTQ_DATABASE_URL },
      production: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${wrongArguments(error, lang)}\n\n${USAGE[lang]}`);
  process.exit(2);
}
if (values.lang !== undefined && !isLang(values.lang)) {
  console.error(
    `${lang === 'en' ? `--lang takes vi or en, not '${values.lang}'.` : `--lang chỉ nhận vi hoặc en, không nhận '${values.lang}'.`}\n\n${USAGE[lang]}`,
  );
  process.exit(2);
}
if (values.help) {
  console.log(USAGE[lang]);
  process.exit(0);
}

try {
  await serve({
    port: /^\d+$/.test(values.port!) ? Number(values.port) : Number.NaN,
    host: values.host,
    db: values.db,
    databaseUrl: values['database-url'],
    production: values.production,
  });
} catch (error) {
  if (!(error instanceof ServeError)) throw error;
  console.error(error.texts[lang]);
  process.exit(1);
}
