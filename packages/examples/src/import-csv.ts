/**
 * Your own province: imports units, organizations, posts, people and holdings from CSV files (see
 * templates/README.md). Nothing is written when any row is invalid; the same files imported again change nothing.
 *
 *   pnpm --filter @mttq/examples import-csv                      # the templates in packages/examples/templates
 *   pnpm --filter @mttq/examples import-csv --dir my-province    # a folder of yours
 */
import { fileURLToPath } from 'node:url';
import { Option } from 'commander';
import { userPath } from './lib/cli-args.js';
import { csvFolderProblem, formatRowError } from './lib/csv-files.js';
import { importCsvFolder } from './lib/csv-import.js';
import { say } from './lib/example-lang.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';

const TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));

const program = exampleProgram('import-csv', {
  vi: 'Nhập đơn vị, tổ chức, chức vụ, người và việc giữ chức từ các tệp CSV của một thư mục (xem packages/examples/templates/README.md). Có dòng sai thì không ghi gì; nhập lại đúng các tệp đó thì không thay đổi gì.',
  en: 'Imports units, organizations, posts, people and holdings from the CSV files of a folder (see packages/examples/templates/README.md), all or nothing; importing the same files again changes nothing.',
})
  .addOption(
    new Option(
      '--dir <folder>',
      say({
        vi: 'thư mục chứa units.csv, organizations.csv, posts.csv, people.csv, holdings.csv',
        en: 'the folder of units.csv, organizations.csv, posts.csv, people.csv, holdings.csv',
      }),
    ).default(TEMPLATES, 'packages/examples/templates'),
  )
  .action(async (flags: ExampleFlags & { readonly dir: string }) => {
    const dir = userPath(flags.dir);
    const problem = csvFolderProblem(dir);
    if (problem) refuse(problem);
    const { store } = await openExampleStore(flags.db);
    try {
      const result = await importCsvFolder(store.db, dir);
      const counts = result.ok
        ? Object.entries(result.counts)
            .map(([file, n]) => say({ vi: `${file}.csv ${n} dòng`, en: `${file}.csv ${n} rows` }))
            .join(', ')
        : '';
      if (result.ok && result.unchanged) {
        console.log(
          say({
            vi: `Không thay đổi gì: mọi dòng đã có trong kho từ lần nhập trước (${counts}).`,
            en: `Nothing changed: every row was already imported (${counts}).`,
          }),
        );
      } else if (result.ok) {
        console.log(say({ vi: `Đã nhập: ${counts}.`, en: `Imported: ${counts}.` }));
      } else {
        const n = result.errors.length;
        console.error(say({ vi: `Không nhập gì: ${n} lỗi.`, en: `Nothing imported: ${n} ${n === 1 ? 'error' : 'errors'}.` }));
        for (const error of result.errors) console.error(`  ${formatRowError(error)}`);
        process.exitCode = 1;
      }
    } finally {
      await store.close();
    }
  });

await runExample(program);
