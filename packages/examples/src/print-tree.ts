/**
 * Loads the example dataset into the examples' SQLite file (created on first run, reused afterwards) and
 * prints Tuyên Quang's hierarchy on two dates, with who holds the posts the article names.
 *
 *   pnpm start                      # dates 2022-01-01 and 2026-01-01, file data/examples.sqlite
 *   pnpm start -- --db /tmp/x.sqlite --date 2024-05-01
 */
import { UNIT_KINDS, isoDate, postsHeldBy, unitTreeOn, type Db, type IsoDate, type PersonId, type UnitTreeNode } from '@mttq/core';
import { collect, dateArgument, userPath } from './lib/cli-args.js';
import { say } from './lib/example-lang.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { openExampleStore } from './lib/open-example-store.js';
import { unitByCodeOrRefuse } from './lib/unit-lookup.js';

interface TreeFlags extends ExampleFlags {
  readonly unit: string;
  readonly date?: readonly IsoDate[];
}

const program = exampleProgram('print-tree', {
  vi: 'In cây đơn vị của Tỉnh Tuyên Quang vào hai ngày 2022-01-01 và 2026-01-01 (trước và sau cuộc sắp xếp năm 2025), kèm chức vụ của những người bài viết nêu tên.',
  en: 'Prints the hierarchy of Tỉnh Tuyên Quang on 2022-01-01 and 2026-01-01 (before and after the 2025 reform), with the posts of the people the article names.',
})
  .option('--unit <code>', say({ vi: 'mã đơn vị gốc của cây', en: 'official code of the root unit' }), '08')
  .option(
    '--date <YYYY-MM-DD>',
    say({ vi: 'ngày xem, lặp lại được; mặc định 2022-01-01 và 2026-01-01', en: 'a date, repeatable; default 2022-01-01 and 2026-01-01' }),
    collect(dateArgument),
  )
  .action(async (flags: TreeFlags) => {
    const started = Date.now();
    const { store, ids } = await openExampleStore(flags.db);
    try {
      const ms = Date.now() - started;
      console.log(
        say({ vi: `Cơ sở dữ liệu: ${userPath(flags.db)} (sẵn sàng sau ${ms} ms)`, en: `Store: ${userPath(flags.db)} (ready in ${ms} ms)` }),
      );
      for (const date of flags.date ?? [isoDate('2022-01-01'), isoDate('2026-01-01')])
        await printDate(store.db, flags.unit, date, Object.values(ids.people));
    } finally {
      await store.close();
    }
  });

function printTree(node: UnitTreeNode, prefix = '', last = true, root = true): void {
  const { unit } = node;
  const code = unit.code ? ` [${unit.code}]` : '';
  const kind = say({ vi: UNIT_KINDS[unit.kind].label, en: UNIT_KINDS[unit.kind].english });
  console.log(`${root ? '' : `${prefix}${last ? '└─ ' : '├─ '}`}${unit.fullName}${code} · ${kind}`);
  const childPrefix = root ? '' : `${prefix}${last ? '   ' : '│  '}`;
  node.children.forEach((child, i) => printTree(child, childPrefix, i === node.children.length - 1, false));
}

async function printDate(db: Db, code: string, date: IsoDate, people: readonly PersonId[]): Promise<void> {
  const root = await unitByCodeOrRefuse(db, code, date);
  console.log(`\n=== ${date} ===`);
  printTree((await unitTreeOn(db, root.id, date))!);
  for (const personId of people) {
    const held = await postsHeldBy(db, personId, date);
    if (held.length === 0) continue;
    console.log(`\n${held[0]!.person.fullName}:`);
    for (const h of held) console.log(`  • ${h.post.title} — ${h.organization.name}`);
  }
}

await runExample(program);
