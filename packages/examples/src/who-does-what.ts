/**
 * Who does what: a readable report of the tasks of a person, a unit (its whole subtree) or a directive on a
 * date, with assignees, the path by which each person is responsible, status and overdue work.
 *
 *   pnpm --filter @mttq/examples who --person "trieu duc long" --date 2023-06-01
 *   pnpm --filter @mttq/examples who --unit 073 --date 2024-07-01
 *   pnpm --filter @mttq/examples who --directive 02-ĐA/TU --date 2023-06-01
 */
import { findDirectivesBySymbol, findUnitByCode, searchPeople } from '@mttq/core';
import { dateArg, exampleArgs } from './lib/cli-args.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';
import { directiveReport, personReport, unitReport } from './lib/who-does-what.report.js';

const { values } = exampleArgs({
    db: { type: 'string', default: DEFAULT_DB },
    date: { type: 'string' },
    person: { type: 'string' },
    unit: { type: 'string' },
    directive: { type: 'string' },
});
const date = dateArg(values.date);
if ([values.person, values.unit, values.directive].filter(Boolean).length !== 1) {
  console.error('Dùng: who-does-what --person "tên" | --unit MÃ | --directive SỐ/KÝ HIỆU  [--date YYYY-MM-DD] [--db tệp]');
  process.exit(2);
}
const { store } = await openExampleStore(values.db);
const db = store.db;
try {
  if (values.person) {
    const people = await searchPeople(db, values.person);
    if (people.length === 0) console.log(`Không tìm thấy người nào tên "${values.person}".`);
    for (const person of people) console.log(await personReport(db, person.id, date));
  } else if (values.unit) {
    const unit = await findUnitByCode(db, values.unit, date);
    console.log(unit.ok ? await unitReport(db, unit.value.id, unit.value.fullName, date) : unit.error.message);
  } else {
    const found = await findDirectivesBySymbol(db, values.directive!);
    if (found.length === 0) console.log(`Không tìm thấy văn bản "${values.directive}".`);
    for (const d of found) console.log(await directiveReport(db, d.id, `${d.symbol?.raw ?? ''} ${d.title}`.trim(), date));
  }
} finally {
  await store.close();
}
