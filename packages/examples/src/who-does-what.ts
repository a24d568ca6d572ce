/**
 * Who does what: a readable report of the tasks of a person, a unit (its whole subtree) or a directive on a
 * date, with assignees, the path by which each person is responsible, status and overdue work.
 *
 *   pnpm --filter @mttq/examples who --person "trieu duc long" --date 2023-06-01
 *   pnpm --filter @mttq/examples who --unit 073 --date 2024-07-01
 *   pnpm --filter @mttq/examples who --directive 02-ĐA/TU --date 2023-06-01
 */
import { findDirectivesBySymbol, searchPeople, today, type Db, type IsoDate } from '@mttq/core';
import { Option } from 'commander';
import { dateArgument } from './lib/cli-args.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';
import { unitByCodeOrRefuse } from './lib/unit-lookup.js';
import { directiveReport, personReport, unitReport } from './lib/who-does-what.report.js';

interface WhoFlags extends ExampleFlags {
  readonly date?: IsoDate;
  readonly person?: string;
  readonly unit?: string;
  readonly directive?: string;
}

const program = exampleProgram(
  'who-does-what',
  'Ai làm gì: nhiệm vụ của một người, một đơn vị (cả cây dưới nó) hoặc một văn bản vào một ngày — đúng một trong --person, --unit, --directive (who does what: the tasks of a person, a unit or a directive on a date — exactly one of the three).',
)
  .addOption(
    new Option('--person <name>', 'tên người, không cần dấu (a person’s name, diacritics optional)').conflicts(['unit', 'directive']),
  )
  .addOption(new Option('--unit <code>', 'mã đơn vị (official code of a unit)').conflicts(['directive']))
  .option('--directive <symbol>', 'số/ký hiệu văn bản, ví dụ 02-ĐA/TU (a directive’s symbol)')
  .option('--date <YYYY-MM-DD>', 'ngày xem, mặc định hôm nay (the date; default today)', dateArgument)
  .action(async (flags: WhoFlags) => {
    if (flags.person === undefined && flags.unit === undefined && flags.directive === undefined) {
      program.error(
        'Thiếu tùy chọn — cần một trong --person, --unit, --directive (error: one of --person, --unit, --directive is required)',
        { exitCode: 2 },
      );
    }
    const { store } = await openExampleStore(flags.db);
    try {
      console.log(await report(store.db, flags, flags.date ?? today()));
    } finally {
      await store.close();
    }
  });

async function report(db: Db, flags: WhoFlags, date: IsoDate): Promise<string> {
  if (flags.person !== undefined) {
    const people = await searchPeople(db, flags.person);
    if (people.length === 0) refuse(`Không tìm thấy người nào tên "${flags.person}" (no person found by that name).`);
    return (await Promise.all(people.map((person) => personReport(db, person.id, date)))).join('\n');
  }
  if (flags.unit !== undefined) {
    const unit = await unitByCodeOrRefuse(db, flags.unit, date);
    return unitReport(db, unit.id, unit.fullName, date);
  }
  const found = await findDirectivesBySymbol(db, flags.directive!);
  if (found.length === 0) refuse(`Không tìm thấy văn bản "${flags.directive}" (no directive with that symbol).`);
  return (await Promise.all(found.map((d) => directiveReport(db, d.id, `${d.symbol?.raw ?? ''} ${d.title}`.trim(), date)))).join('\n');
}

await runExample(program);
