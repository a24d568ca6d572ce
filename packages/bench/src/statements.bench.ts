/**
 * SQL statements per GraphQL request for growing answers: the benchmark question with more and more areas,
 * and a bigger tree (a province → its communes → their areas → organizations → office holders) with more and
 * more communes. The API runs in this process (`createApi` over a store whose `onQuery` counts statements);
 * each row prints the objects in the answer and the statements it took. The target: statements independent
 * of the answer's size.
 *
 * @example
 * npx tsx --conditions=source packages/bench/src/statements.bench.ts --db /tmp/national.sqlite
 */
import { benchArgs } from './bench-args.js';
import { createApi } from '@mttq/api';
import { openStore } from '@mttq/core';
import { prepareDataset } from './dataset.js';
import { QUESTION_DATE } from './question.js';
import { busiestProvince, questionCommunes } from './question-communes.js';
import { PAGED_QUESTION, QUESTION_PAGES } from './question-pages.js';

const args = benchArgs('pnpm bench:statements', 'SQL statements per API request for the documented questions.', {
  db: { type: 'string', existing: true },
  'database-url': { type: 'string' },
  communes: { type: 'string', default: '20' },
  areas: { type: 'string', default: '30' },
  seed: { type: 'string', default: '20250701' },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const seed = Number(args.seed);

/** A province, its communes, their areas, the organizations at each and who holds what in them. */
const PROVINCE_TREE = `query ProvinceTree($code: String!, $asOf: Date!, $communes: Int!) {
  unitByCode(code: $code, asOf: $asOf) {
    ... on Unit {
      fullName
      children(first: $communes) { edges { node {
        fullName
        children(first: 30) { edges { node {
          fullName
          organizations(first: 5) { edges { node {
            name
            officeHolders(first: 2) { edges { node { person { fullName } post { title } } } }
          } } }
        } } }
      } } }
    }
  }
}`;

const dataset = await prepareDataset(
  { db: args.db, databaseUrl: args['database-url'], communes: Number(args.communes), areasPerCommune: Number(args.areas), seed },
  log,
);
let statements = 0;
const sqls = new Map<string, number>();
const store = await openStore({
  ...dataset.store,
  onQuery: ({ sql }) => {
    statements++;
    const table = /from\s+"?(\w+)"?/i.exec(sql)?.[1] ?? sql.slice(0, 30);
    sqls.set(table, (sqls.get(table) ?? 0) + 1);
  },
});
try {
  const api = createApi({ db: store.db, log: false });
  const [commune] = await questionCommunes(store.db, 1, seed + 3);
  const province = await busiestProvince(store.db);
  console.log(`dataset: ${dataset.label}`);
  console.log(`commune ${commune}; province ${province.code} (${province.communes} communes with generated areas); date ${QUESTION_DATE}`);
  console.log('');
  console.log('| request | objects in the answer | SQL statements | statements by first table |');
  console.log('|---|---:|---:|---|');

  async function count(label: string, query: string, variables: Record<string, unknown>): Promise<void> {
    statements = 0;
    sqls.clear();
    const response = await api.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown };
    if (answer.errors) throw new Error(`${label}: ${JSON.stringify(answer.errors)}`);
    const byTable = [...sqls].map(([table, n]) => `${table} ${n}`).join(', ');
    console.log(`| ${label} | ${countObjects(answer.data)} | ${statements} | ${byTable} |`);
  }

  for (const areas of [1, 5, 20, 40]) {
    await count(`commune question, areas first ${areas}`, PAGED_QUESTION, { code: commune, asOf: QUESTION_DATE, ...QUESTION_PAGES, areas });
  }
  // Past 20 communes the tree exceeds the complexity limit (50,000; 100 communes count 204,303) and is refused.
  for (const communes of [1, 5, 10, 20].filter((n, i, all) => n <= province.communes || all[i - 1]! < province.communes)) {
    await count(`province tree, communes first ${communes}`, PROVINCE_TREE, { code: province.code, asOf: QUESTION_DATE, communes });
  }
} finally {
  await store.close();
  dataset.dispose();
}

/** Objects in an answer that carry at least one scalar: units, organizations, holders, people, posts. */
function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countObjects(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const entries = Object.values(value);
  return (entries.some((v) => typeof v === 'string') ? 1 : 0) + entries.reduce((n: number, v) => n + countObjects(v), 0);
}
