/**
 * Load benchmark (issue 8): generates the national synthetic dataset with core's bulk loader into a
 * temporary SQLite file — and into a fresh PostgreSQL database when `--database-url` or
 * `MTTQ_BENCH_POSTGRES_URL` is given — and prints rows, seconds and rows per second per table and in total.
 * In the same run, the baseline: the very rows the loader wrote, copied table by table into a fresh store of
 * the same schema (same indexes, foreign keys on, same page cache) with one raw better-sqlite3 prepared
 * INSERT per table, one transaction per 100,000 rows, no checks — only the inserts are timed. The ratio is
 * printed beside issue 16's target (≥ 0.7), with the CPU time of both (this machine is shared: wall time
 * moves with the load of others, CPU time much less). `--keep-indexes` loads the way a store in use is
 * loaded (indexes kept row by row); by default the generator builds the secondary indexes of the tables it
 * fills once at the end (`deferIndexes`).
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/bulk-load.bench.ts                       # the whole country
 * npx tsx --conditions=source packages/bench/src/bulk-load.bench.ts --communes 100 --areas 10
 * npx tsx --conditions=source packages/bench/src/bulk-load.bench.ts --keep data/national.sqlite --database-url 'postgres://root@localhost/postgres?host=/var/run/postgresql'
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { benchArgs } from './bench-args.js';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, readNationalUnits, type NationalUnits } from '@mttq/core';
import { generateNationalDataset, NATIONAL_SIZE, type NationalDataset } from '@mttq/core/testing';

const args = benchArgs(
  'pnpm bench:bulk-load',
  'The bulk loader against raw prepared inserts into the same schema (issue 16: ≥ 0.7× on a fresh load).',
  {
    communes: { type: 'string' },
    areas: { type: 'string', default: String(NATIONAL_SIZE.areasPerCommune) },
    people: { type: 'string', default: String(NATIONAL_SIZE.peoplePerUnit) },
    assignments: { type: 'string', default: String(NATIONAL_SIZE.assignmentsPerUnit) },
    batch: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20250701' },
    keep: { type: 'string' },
    'database-url': { type: 'string' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-sqlite': { type: 'boolean', default: false },
    'keep-indexes': { type: 'boolean', default: false },
  },
);
const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const options = {
  seed: Number(args.seed),
  ...(args.communes && { communes: Number(args.communes) }),
  areasPerCommune: Number(args.areas),
  peoplePerUnit: Number(args.people),
  assignmentsPerUnit: Number(args.assignments),
  communesPerBatch: Number(args.batch),
  deferIndexes: !args['keep-indexes'],
};
/** Issue 16's target: the whole generation at ≥ 0.7× the rows per second of raw prepared inserts. */
const TARGET_RATIO = 0.7;
const postgresUrl = args['database-url'] ?? process.env.MTTQ_BENCH_POSTGRES_URL;
/** Tables in the order rows can be inserted (references first); a table of the store not named here is copied after them. */
const TABLES = [
  'source',
  'admin_unit',
  'unit_parent',
  'unit_closure',
  'person',
  'organization',
  'post',
  'term',
  'holding',
  'directive',
  'directive_party',
  'task',
  'assignment',
  'assignment_event',
  'audit_log',
] as const;
/** The page cache the bulk loader gives SQLite during its session; the baseline gets the same. */
const CACHE_MIB = 512;

const units = await readNationalUnits();
console.log(
  `national load: seed ${options.seed}, ${options.communes ?? 'all'} communes × ${options.areasPerCommune} areas, ${options.peoplePerUnit} people per unit, ${options.assignmentsPerUnit} assignments per area, ${options.communesPerBatch} communes per batch`,
);

if (!args['skip-sqlite']) await sqliteRun(units);
if (postgresUrl) await postgresRun(units, postgresUrl);

async function sqliteRun(national: NationalUnits): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mttq-load-'));
  const file = args.keep ? resolve(args.keep) : join(dir, 'national.sqlite');
  if (args.keep && existsSync(file)) throw new Error(`--keep ${file}: the file exists; remove it or choose another`);
  try {
    const store = await openStore({ filename: file });
    let dataset: NationalDataset;
    const cpuBefore = process.cpuUsage();
    try {
      dataset = await generateNationalDataset(store.db, { ...options, units: national, onProgress: progressLogger('sqlite') });
    } finally {
      await store.close();
    }
    const cpu = process.cpuUsage(cpuBefore);
    const loaderCpuS = (cpu.user + cpu.system) / 1e6;
    const bytes = ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
    report('sqlite', dataset, `file ${(bytes / 2 ** 30).toFixed(2)} GiB`);
    console.log(`sqlite loader CPU: ${loaderCpuS.toFixed(1)} s (user + system, whole generation)`);
    if (!args['skip-baseline']) {
      const baseline = sqliteBaseline(file, join(dirname(file), `baseline-${process.pid}.sqlite`));
      const total = dataset.rowsWritten / (dataset.durationMs / 1000);
      if (baseline.rows !== dataset.rowsWritten)
        console.log(
          `WARNING: the baseline copied ${fmt(baseline.rows)} rows, the loader wrote ${fmt(dataset.rowsWritten)}: the ratio compares different work`,
        );
      const ratio = total / baseline.rowsPerSecond;
      const cpuRatio = baseline.cpuS / loaderCpuS;
      console.log(
        `sqlite ratio loader/baseline: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO.toFixed(2)}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}; ` +
          `whole generation ${fmt(total)} rows/s vs raw prepared inserts ${fmt(baseline.rowsPerSecond)} rows/s); ` +
          `by CPU time: ${cpuRatio.toFixed(2)} (baseline ${baseline.cpuS.toFixed(1)} s vs loader ${loaderCpuS.toFixed(1)} s for the same rows)`,
      );
    }
    if (args.keep) console.log(`kept the SQLite national dataset: ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(national: NationalUnits, adminUrl: string): Promise<void> {
  const name = `mttq_load_${process.pid}_${Date.now()}`;
  await admin(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let keep = false;
  try {
    const store = await openStore({ url: url.toString(), poolSize: 2 });
    let dataset: NationalDataset;
    try {
      dataset = await generateNationalDataset(store.db, { ...options, units: national, onProgress: progressLogger('postgres') });
    } finally {
      await store.close();
    }
    const { rows } = await query<{ size: string }>(url.toString(), `SELECT pg_database_size(current_database())::text AS size`);
    report('postgres', dataset, `database ${(Number(rows[0]!.size) / 2 ** 30).toFixed(2)} GiB`);
    keep = Boolean(args.keep);
    if (keep) console.log(`kept the PostgreSQL national dataset: ${url.toString()}`);
  } finally {
    if (!keep) await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function progressLogger(label: string) {
  let last = 0;
  return (p: { phase: string; done: number; total: number; rowsWritten: number; rowsPerSecond: number }) => {
    const now = performance.now();
    if (p.done === p.total || now - last > 5000) {
      log(`  ${label} ${p.phase} ${p.done}/${p.total}: ${fmt(p.rowsWritten)} rows, ${fmt(p.rowsPerSecond)} rows/s`);
      last = now;
    }
  };
}

function report(label: string, d: NationalDataset, size: string): void {
  const s = d.durationMs / 1000;
  console.log(
    `\n${label} loader: ${fmt(d.rowsWritten)} rows in ${s.toFixed(1)} s = ${fmt(d.rowsWritten / s)} rows/s (whole generation: national units, bulk load, final count); ${size}`,
  );
  console.log(
    `${label} bulk loader alone: ${fmt(d.bulk.rows)} rows in ${(d.bulk.durationMs / 1000).toFixed(1)} s = ${fmt(d.bulk.rows / (d.bulk.durationMs / 1000))} rows/s, ${d.bulk.batches} batches; ` +
      `of which reading stored records ${(d.bulk.readMs / 1000).toFixed(1)} s, checking ${(d.bulk.checkMs / 1000).toFixed(1)} s, writing ${(sum(Object.values(d.bulk.writeMsByTable)) / 1000).toFixed(1)} s, ` +
      `building the indexes set aside ${(d.bulk.indexMs / 1000).toFixed(1)} s ` +
      `(the rest: building the records, audit entries, commits)`,
  );
  console.log(
    `${label} sizes: ${d.provinces.length} provinces, ${fmt(d.communes.length)} communes, ${fmt(d.areas.length)} areas, ${fmt(d.peopleCount)} people, ${fmt(d.assignmentCount)} assignments`,
  );
  console.log(`${'table'.padEnd(18)} ${'rows'.padStart(11)} ${'write s'.padStart(8)} ${'rows/s (write)'.padStart(15)}`);
  for (const [table, rows] of Object.entries(d.rowsByTable)) {
    if (rows === 0) continue;
    const ms = d.bulk.writeMsByTable[table];
    console.log(
      `${table.padEnd(18)} ${fmt(rows).padStart(11)} ${ms === undefined ? '—'.padStart(8) : (ms / 1000).toFixed(1).padStart(8)} ${ms === undefined ? '—'.padStart(15) : fmt(rows / (ms / 1000)).padStart(15)}`,
    );
  }
}

/** Copies every row of `from` into a fresh store at `to` with raw prepared inserts; returns rows, rows per second and the inserts' CPU seconds. */
function sqliteBaseline(from: string, to: string): { rows: number; rowsPerSecond: number; cpuS: number } {
  for (const suffix of ['', '-wal', '-shm']) rmSync(to + suffix, { force: true });
  const source = new Database(from, { readonly: true });
  // The same schema and indexes as the loaded file: its own DDL, in order, on an empty file.
  const target = new Database(to);
  try {
    target.pragma('journal_mode = WAL');
    target.pragma(`cache_size = ${-CACHE_MIB * 1024}`);
    for (const { sql } of source
      .prepare(
        `SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'kysely_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid`,
      )
      .all() as { sql: string }[]) {
      target.exec(sql);
    }
    target.pragma('foreign_keys = ON');
    console.log(
      `\nsqlite baseline: raw prepared inserts of the same rows, same schema and indexes, foreign keys on, ${CACHE_MIB} MiB cache, 100,000 rows per transaction`,
    );
    console.log(`${'table'.padEnd(18)} ${'rows'.padStart(11)} ${'s'.padStart(8)} ${'rows/s'.padStart(15)}`);
    let rows = 0;
    let ms = 0;
    let cpuMicros = 0;
    // Every table the loaded file has: a table added to the schema later (e.g. one the loader derives) is copied too.
    const stored = (
      source
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%'`)
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const tables = [
      ...TABLES.filter((t) => stored.includes(t)),
      ...stored.filter((t) => !(TABLES as readonly string[]).includes(t)).sort(),
    ];
    for (const table of tables) {
      const columns = (source.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns() as { name: string }[]).map((c) => c.name);
      const insert = target.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      const write = target.transaction((chunk: unknown[][]) => {
        for (const row of chunk) insert.run(row);
      });
      let tableRows = 0;
      let tableMs = 0;
      let chunk: unknown[][] = [];
      const flush = () => {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        write(chunk);
        const cpu = process.cpuUsage(cpuBefore);
        cpuMicros += cpu.user + cpu.system;
        tableMs += performance.now() - started;
        tableRows += chunk.length;
        chunk = [];
      };
      for (const row of source.prepare(`SELECT * FROM "${table}"`).raw(true).iterate() as Iterable<unknown[]>) {
        chunk.push(row);
        if (chunk.length === 100_000) flush();
      }
      if (chunk.length > 0) flush();
      if (tableRows === 0) continue;
      rows += tableRows;
      ms += tableMs;
      console.log(
        `${table.padEnd(18)} ${fmt(tableRows).padStart(11)} ${(tableMs / 1000).toFixed(1).padStart(8)} ${fmt(tableRows / (tableMs / 1000)).padStart(15)}`,
      );
    }
    console.log(
      `sqlite baseline total: ${fmt(rows)} rows in ${(ms / 1000).toFixed(1)} s = ${fmt(rows / (ms / 1000))} rows/s; CPU ${(cpuMicros / 1e6).toFixed(1)} s`,
    );
    return { rows, rowsPerSecond: rows / (ms / 1000), cpuS: cpuMicros / 1e6 };
  } finally {
    source.close();
    target.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(to + suffix, { force: true });
  }
}

async function admin(url: string, statement: string): Promise<void> {
  await query(url, statement);
}

async function query<R extends pg.QueryResultRow>(url: string, statement: string): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<R>(statement);
  } finally {
    await client.end();
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
