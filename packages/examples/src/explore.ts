/**
 * Prints a province's hierarchy on a date, with each unit's Front and organizations and their heads.
 *
 *   pnpm --filter @mttq/examples explore --province 08 --date 2022-01-01
 *   pnpm --filter @mttq/examples explore --province 08 --date 2026-01-01 --depth 1
 */
import { today, type IsoDate } from '@mttq/core';
import { dateArgument, depthArgument } from './lib/cli-args.js';
import { say } from './lib/example-lang.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { exploreProvince } from './lib/explore-tree.js';
import { openExampleStore } from './lib/open-example-store.js';
import { unitByCodeOrRefuse } from './lib/unit-lookup.js';

interface ExploreFlags extends ExampleFlags {
  readonly province: string;
  readonly date?: IsoDate;
  readonly depth?: number;
  readonly organizations: boolean;
}

const program = exampleProgram('explore', {
  vi: 'In cây đơn vị của một tỉnh vào một ngày, mỗi đơn vị kèm Mặt trận, các tổ chức và người đứng đầu.',
  en: 'Prints a province’s hierarchy on a date, each unit with its Front, its organizations and their heads.',
})
  .option('--province <code>', say({ vi: 'mã tỉnh', en: 'official code of the province' }), '08')
  .option('--date <YYYY-MM-DD>', say({ vi: 'ngày xem; mặc định hôm nay', en: 'the date; default today' }), dateArgument)
  .option(
    '--depth <n>',
    say({ vi: 'số cấp dưới tỉnh; 0 là chỉ tỉnh', en: 'levels below the province; 0 for the province alone' }),
    depthArgument,
  )
  .option('--no-organizations', say({ vi: 'chỉ in cây đơn vị', en: 'the units only' }))
  .action(async (flags: ExploreFlags) => {
    const date = flags.date ?? today();
    const { store } = await openExampleStore(flags.db);
    try {
      await unitByCodeOrRefuse(store.db, flags.province, date);
      console.log(
        await exploreProvince(store.db, flags.province, date, {
          ...(flags.depth !== undefined && { maxDepth: flags.depth }),
          withOrganizations: flags.organizations,
        }),
      );
    } finally {
      await store.close();
    }
  });

await runExample(program);
