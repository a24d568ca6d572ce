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
import { say } from './lib/example-lang.js';
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

const program = exampleProgram('who-does-what', {
  vi: 'Ai làm gì: nhiệm vụ của một người, một đơn vị (cả cây dưới nó) hoặc một văn bản vào một ngày — đúng một trong --person, --unit, --directive.',
  en: 'Who does what: the tasks of a person, a unit (its whole subtree) or a directive on a date — exactly one of --person, --unit, --directive.',
})
  .addOption(
    new Option('--person <name>', say({ vi: 'tên người, không cần dấu', en: 'a person’s name, diacritics optional' })).conflicts([
      'unit',
      'directive',
    ]),
  )
  .addOption(new Option('--unit <code>', say({ vi: 'mã đơn vị', en: 'official code of a unit' })).conflicts(['directive']))
  .option('--directive <symbol>', say({ vi: 'số/ký hiệu văn bản, ví dụ 02-ĐA/TU', en: 'a directive’s symbol, for example 02-ĐA/TU' }))
  .option('--date <YYYY-MM-DD>', say({ vi: 'ngày xem; mặc định hôm nay', en: 'the date; default today' }), dateArgument)
  .action(async (flags: WhoFlags) => {
    if (flags.person === undefined && flags.unit === undefined && flags.directive === undefined) {
      program.error(
        say({ vi: 'Lỗi: cần một trong --person, --unit, --directive.', en: 'error: one of --person, --unit, --directive is required' }),
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
    if (people.length === 0) refuse({ vi: `Không tìm thấy người nào tên "${flags.person}".`, en: `No person named "${flags.person}".` });
    return (await Promise.all(people.map((person) => personReport(db, person.id, date)))).join('\n');
  }
  if (flags.unit !== undefined) {
    const unit = await unitByCodeOrRefuse(db, flags.unit, date);
    return unitReport(db, unit.id, unit.fullName, date);
  }
  const found = await findDirectivesBySymbol(db, flags.directive!);
  if (found.length === 0)
    refuse({ vi: `Không tìm thấy văn bản "${flags.directive}".`, en: `No directive with the symbol "${flags.directive}".` });
  return (await Promise.all(found.map((d) => directiveReport(db, d.id, `${d.symbol?.raw ?? ''} ${d.title}`.trim(), date)))).join('\n');
}

await runExample(program);
