/**
 * Draws the organizations, posts and holders at a unit (or the units of a subtree) on a date, as SVG and
 * as Mermaid source. With no arguments: Xã Chiêm Hóa [02287] today.
 *
 *   pnpm --filter @mttq/examples org-chart --unit 073 --date 2023-06-01 --out chiem-hoa
 *   pnpm --filter @mttq/examples org-chart --unit 08 --date 2026-01-01 --subtree --out tuyen-quang
 * writes chiem-hoa.svg and chiem-hoa.mmd.
 */
import { writeFileSync } from 'node:fs';
import { today, type IsoDate } from '@mttq/core';
import { dateArgument, depthArgument, userPath } from './lib/cli-args.js';
import { say } from './lib/example-lang.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';
import { unitOrganizationChart, unitSubtreeChart } from './lib/org-chart.graph.js';
import { chartToMermaid } from './lib/org-chart.mermaid.js';
import { chartToSvg } from './lib/org-chart.svg.js';
import { unitByCodeOrRefuse } from './lib/unit-lookup.js';

interface OrgChartFlags extends ExampleFlags {
  readonly unit: string;
  readonly date?: IsoDate;
  readonly subtree: boolean;
  readonly depth: number;
  readonly out: string;
}

const program = exampleProgram('org-chart', {
  vi: 'Vẽ sơ đồ tổ chức, chức vụ và người giữ chức của một đơn vị (hoặc cả cây đơn vị) vào một ngày, ra SVG và Mermaid. Không có tham số: Xã Chiêm Hóa [02287] hôm nay.',
  en: 'Draws the organizations, posts and holders of a unit (or of the units of a subtree) on a date, as SVG and Mermaid. With no arguments: Xã Chiêm Hóa [02287] today.',
})
  .option('--unit <code>', say({ vi: 'mã đơn vị', en: 'official code of the unit' }), '02287')
  .option('--date <YYYY-MM-DD>', say({ vi: 'ngày xem; mặc định hôm nay', en: 'the date; default today' }), dateArgument)
  .option('--subtree', say({ vi: 'vẽ các đơn vị của cây dưới đơn vị', en: 'draw the units of the subtree' }), false)
  .option('--depth <n>', say({ vi: 'số cấp khi vẽ cây', en: 'levels of the subtree' }), depthArgument, 2)
  .option(
    '--out <name>',
    say({ vi: 'tên tệp ra, không kèm đuôi: ghi NAME.svg và NAME.mmd', en: 'output name without extension: writes NAME.svg and NAME.mmd' }),
    'org-chart',
  )
  .action(async (flags: OrgChartFlags) => {
    const date = flags.date ?? today();
    const { store } = await openExampleStore(flags.db);
    try {
      const unit = await unitByCodeOrRefuse(store.db, flags.unit, date);
      const chart = flags.subtree
        ? await unitSubtreeChart(store.db, unit.id, date, flags.depth)
        : await unitOrganizationChart(store.db, unit.id, date);
      const out = userPath(flags.out);
      try {
        writeFileSync(`${out}.svg`, chartToSvg(chart, { direction: flags.subtree ? 'TB' : 'LR' }));
        writeFileSync(`${out}.mmd`, chartToMermaid(chart));
      } catch (error) {
        const why = (error as Error).message;
        refuse({ vi: `Không ghi được ${out}.svg: ${why}`, en: `Cannot write ${out}.svg: ${why}` });
      }
      const [boxes, links] = [chart.nodes.length, chart.edges.length];
      console.log(
        say({
          vi: `${unit.fullName}, ngày ${date}: đã ghi ${flags.out}.svg và ${flags.out}.mmd (${boxes} ô, ${links} liên kết).`,
          en: `${unit.fullName} on ${date}: wrote ${flags.out}.svg and ${flags.out}.mmd (${boxes} boxes, ${links} links).`,
        }),
      );
    } finally {
      await store.close();
    }
  });

await runExample(program);
