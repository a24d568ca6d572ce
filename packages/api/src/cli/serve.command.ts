import { resolve } from 'node:path';
import type { Lang } from '@mttq/core';
import { Option, type Command } from 'commander';
import { serve, ServeError } from '../http/serve.js';
import { portArgument } from './cli-arguments.js';
import { CliRefusal } from './cli-refusal.js';
import { databaseUrlOf, withStoreFlags, type StoreFlags } from './store-options.js';

interface ServeFlags extends StoreFlags {
  readonly port: number;
  readonly host?: string;
  readonly production: boolean;
  readonly readsRequireToken: boolean;
  readonly exampleData: boolean;
}

/**
 * `mttq serve`: the GraphQL API and GraphiQL at /graphql, on a SQLite file (created and seeded with the example
 * dataset on first start) or on PostgreSQL. Stops cleanly on SIGTERM and SIGINT.
 */
export function addServeCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  withStoreFlags(
    program
      .command('serve')
      .summary(en ? 'serve the GraphQL API' : 'chạy API GraphQL')
      .description(
        en
          ? `Serves the GraphQL API and GraphiQL at /graphql, and the Explorer at /. A SQLite file is created and seeded with the example dataset on first start. Stops cleanly on SIGTERM or SIGINT.

Other variables: MTTQ_CORS_ORIGINS, MTTQ_GRAPHIQL=1, MTTQ_INTROSPECTION=1 — docs/deployment.md.`
          : `Chạy API GraphQL và GraphiQL tại /graphql, trang Explorer tại /. Tệp SQLite được tạo và nạp bộ dữ liệu mẫu ở lần chạy đầu. Dừng gọn khi nhận SIGTERM hoặc SIGINT.

Biến môi trường khác: MTTQ_CORS_ORIGINS, MTTQ_GRAPHIQL=1, MTTQ_INTROSPECTION=1 — docs/deployment.md.`,
      ),
    lang,
  )
    .addOption(
      new Option('-p, --port <port>', en ? 'port; 0 for a free one' : 'cổng; 0 để hệ thống chọn cổng trống')
        .env('PORT')
        .default(4000)
        .argParser(portArgument(lang)),
    )
    .addOption(new Option('--host <host>', en ? 'address to listen on' : 'địa chỉ lắng nghe').env('HOST'))
    .option(
      '--production',
      en
        ? 'production profile: no GraphiQL, no introspection; or MTTQ_PRODUCTION=1'
        : 'chế độ vận hành thật: tắt GraphiQL và introspection; hoặc MTTQ_PRODUCTION=1',
      false,
    )
    .option(
      '--reads-require-token',
      en
        ? 'queries need a bearer token too; or MTTQ_READS_REQUIRE_TOKEN=1'
        : 'truy vấn đọc cũng cần mã truy cập; hoặc MTTQ_READS_REQUIRE_TOKEN=1',
      false,
    )
    .option('--no-example-data', en ? 'do not seed an empty store with the example dataset' : 'không nạp bộ dữ liệu mẫu vào kho trống')
    .action((flags: ServeFlags) => start(flags));
}

async function start(flags: ServeFlags): Promise<void> {
  const databaseUrl = databaseUrlOf(flags);
  try {
    await serve({
      port: flags.port,
      ...(flags.host === undefined ? {} : { host: flags.host }),
      ...(databaseUrl === undefined ? { db: resolve(flags.db) } : { databaseUrl }),
      production: flags.production || process.env.MTTQ_PRODUCTION === '1',
      readsRequireToken: flags.readsRequireToken || process.env.MTTQ_READS_REQUIRE_TOKEN === '1',
      exampleData: flags.exampleData,
    });
  } catch (error) {
    if (error instanceof ServeError) throw new CliRefusal(error.texts);
    throw error;
  }
}
