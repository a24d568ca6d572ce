/**
 * Loads the example dataset into an embedded SQLite file (created on first run, reused afterwards) and
 * prints Tuyên Quang's hierarchy on two dates, with who holds the posts the article names.
 *
 *   pnpm start                      # dates 2022-01-01 and 2026-01-01, file data/mttq.sqlite
 *   pnpm start -- --db /tmp/x.sqlite --date 2024-05-01
 */
import { parseArgs } from 'node:util';
import {
  UNIT_KINDS,
  findUnitByCode,
  loadExampleDataset,
  openStore,
  parseIsoDate,
  postsHeldBy,
  unitTreeOn,
  type Db,
  type IsoDate,
  type UnitTreeNode,
} from '@mttq/core';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.MTTQ_DB ?? 'data/mttq.sqlite' },
    date: { type: 'string', multiple: true },
  },
});

const dates = (values.date ?? ['2022-01-01', '2026-01-01']).map((raw) => {
  const date = parseIsoDate(raw);
  if (!date) throw new Error(`Ngày không hợp lệ (cần YYYY-MM-DD): ${raw}`);
  return date;
});

function printTree(node: UnitTreeNode, prefix = '', last = true, root = true): void {
  const { unit } = node;
  const code = unit.code ? ` [${unit.code}]` : '';
  const kind = UNIT_KINDS[unit.kind].english;
  console.log(`${root ? '' : `${prefix}${last ? '└─ ' : '├─ '}`}${unit.fullName}${code} · ${kind}`);
  const childPrefix = root ? '' : `${prefix}${last ? '   ' : '│  '}`;
  node.children.forEach((child, i) => printTree(child, childPrefix, i === node.children.length - 1, false));
}

async function printDate(db: Db, date: IsoDate, people: readonly string[]): Promise<void> {
  const province = await findUnitByCode(db, '08', date);
  if (!province.ok) throw new Error(province.error.message);
  console.log(`\n=== ${date} ===`);
  printTree((await unitTreeOn(db, province.value.id, date))!);
  for (const personId of people) {
    const held = await postsHeldBy(db, personId as never, date);
    if (held.length === 0) continue;
    console.log(`\n${held[0]!.person.fullName}:`);
    for (const h of held) console.log(`  • ${h.post.title} — ${h.organization.name}`);
  }
}

const store = await openStore({ filename: values.db });
try {
  const started = Date.now();
  const ids = await loadExampleDataset(store.db);
  console.log(`Cơ sở dữ liệu: ${values.db} (sẵn sàng sau ${Date.now() - started} ms)`);
  for (const date of dates) await printDate(store.db, date, Object.values(ids.people));
} finally {
  await store.close();
}
