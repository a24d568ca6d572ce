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
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';

const TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));

const program = exampleProgram(
  'import-csv',
  'Nhập đơn vị, tổ chức, chức vụ, người và việc giữ chức từ các tệp CSV của một thư mục (xem packages/examples/templates/README.md). Có dòng sai thì không ghi gì; nhập lại đúng các tệp đó thì không thay đổi gì (imports a folder of CSV files, all or nothing; importing the same files again changes nothing).',
)
  .addOption(
    new Option(
      '--dir <folder>',
      'thư mục chứa units.csv, organizations.csv, posts.csv, people.csv, holdings.csv (the folder of the CSV files)',
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
            .map(([file, n]) => `${file}.csv ${n} dòng`)
            .join(', ')
        : '';
      if (result.ok && result.unchanged) {
        console.log(
          `Không thay đổi gì: mọi dòng đã có trong kho từ lần nhập trước (${counts}) — nothing changed, every row was already imported.`,
        );
      } else if (result.ok) {
        console.log(`Đã nhập: ${counts} (imported).`);
      } else {
        console.error(`Không nhập gì: ${result.errors.length} lỗi (nothing imported: ${result.errors.length} errors).`);
        for (const error of result.errors) console.error(`  ${formatRowError(error)}`);
        process.exitCode = 1;
      }
    } finally {
      await store.close();
    }
  });

await runExample(program);
