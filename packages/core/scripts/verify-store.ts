// Checks every stored row of a store for the invariants the writes keep (see `verifyStore`) and lists each
// broken one with its records: `npx -y pnpm@12.4.2 verify [--db data/mttq.sqlite | --database-url URL] [--json]`.
// Exit status: 0 when nothing is wrong, 1 when something is (or the store cannot be opened), 2 for a wrong flag.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore, verifyStore, type Store } from '../src/index.js';

const USAGE = `Cách dùng (usage): pnpm verify [--db TỆP.sqlite | --database-url postgres://…] [--json]

Kiểm tra mọi dòng dữ liệu đã lưu theo các bất biến mà các thao tác ghi giữ gìn: số chỗ của chức vụ, giữ trùng
chức vụ, thời gian giữ chức vụ nằm trong thời gian của chức vụ và tổ chức, mã đơn vị, bảng bao đóng, chuỗi trạng
thái của nhiệm vụ được giao, nhật ký kiểm toán cho mọi bản ghi.

  --db FILE            tệp SQLite (mặc định: $MTTQ_DB hoặc data/mttq.sqlite)
  --database-url URL   cơ sở dữ liệu PostgreSQL (mặc định: $MTTQ_DATABASE_URL)
  --json               in kết quả dạng JSON, mỗi vi phạm một dòng
  -h, --help           in hướng dẫn này

Mã thoát: 0 — không có vi phạm; 1 — có vi phạm, hoặc không mở được dữ liệu; 2 — tham số sai.`;

let values: { db?: string; 'database-url'?: string; json?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      db: { type: 'string', default: process.env.MTTQ_DB ?? 'data/mttq.sqlite' },
      'database-url': { type: 'string', default: process.env.MTTQ_DATABASE_URL },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const url = values['database-url'];
if (!url && !existsSync(values.db!)) {
  console.error(`Không tìm thấy tệp dữ liệu ${values.db} (file not found). Chỉ định tệp bằng --db hoặc PostgreSQL bằng --database-url.`);
  process.exit(1);
}

let store: Store;
try {
  store = await openStore(url ? { url, poolSize: 2 } : { filename: values.db });
} catch (error) {
  console.error(`Không mở được dữ liệu (cannot open the store): ${(error as Error).message}`);
  process.exit(1);
}
try {
  const started = performance.now();
  const violations = await verifyStore(store.db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = url ? new URL(url).host + new URL(url).pathname : values.db;
  if (values.json) {
    for (const v of violations) console.log(JSON.stringify(v));
  } else if (violations.length === 0) {
    console.log(`${where}: không có vi phạm nào (no violations), kiểm tra trong ${seconds} s.`);
  } else {
    console.log(`${where}: ${violations.length} vi phạm (violations), kiểm tra trong ${seconds} s:`);
    for (const v of violations) console.log(`- ${v.check}: ${v.message}${v.records.length ? `\n  bản ghi: ${v.records.join(', ')}` : ''}`);
  }
  if (violations.length > 0) process.exitCode = 1;
} finally {
  await store.close();
}
