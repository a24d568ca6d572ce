import { resolve } from 'node:path';
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
export function addServeCommand(program: Command): void {
  withStoreFlags(
    program
      .command('serve')
      .summary('chạy API GraphQL (serve the GraphQL API)')
      .description(
        `Chạy API GraphQL và GraphiQL tại /graphql (serves the GraphQL API and GraphiQL at /graphql). Tệp SQLite được tạo và nạp bộ dữ liệu mẫu ở lần chạy đầu (created and seeded with the example dataset on first start). Dừng gọn khi nhận SIGTERM hoặc SIGINT (stops cleanly on SIGTERM/SIGINT).

Biến môi trường khác (other variables): MTTQ_CORS_ORIGINS, MTTQ_GRAPHIQL=1, MTTQ_INTROSPECTION=1 — docs/deployment.md.`,
      ),
  )
    .addOption(
      new Option('-p, --port <port>', 'cổng; 0 để hệ thống chọn cổng trống (port; 0 for a free one)')
        .env('PORT')
        .default(4000)
        .argParser(portArgument),
    )
    .addOption(new Option('--host <host>', 'địa chỉ lắng nghe (address to listen on)').env('HOST'))
    .option('--production', 'chế độ sản xuất: tắt GraphiQL và introspection; hoặc MTTQ_PRODUCTION=1 (production profile)', false)
    .option('--reads-require-token', 'truy vấn đọc cũng cần mã truy cập; hoặc MTTQ_READS_REQUIRE_TOKEN=1 (reads need a token too)', false)
    .option('--no-example-data', 'không nạp bộ dữ liệu mẫu vào kho trống (do not seed an empty store)')
    .action(start);
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
    if (error instanceof ServeError) throw new CliRefusal(error.message);
    throw error;
  }
}
