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

const program = exampleProgram(
  'org-chart',
  'Vẽ sơ đồ tổ chức, chức vụ và người giữ chức của một đơn vị (hoặc cả cây đơn vị) vào một ngày, ra SVG và Mermaid. Không có tham số: Xã Chiêm Hóa [02287] hôm nay (an org chart as SVG and Mermaid; with no arguments, Xã Chiêm Hóa today).',
)
  .option('--unit <code>', 'mã đơn vị (official code of the unit)', '02287')
  .option('--date <YYYY-MM-DD>', 'ngày xem, mặc định hôm nay (the date; default today)', dateArgument)
  .option('--subtree', 'vẽ các đơn vị của cây dưới đơn vị (the units of the subtree)', false)
  .option('--depth <n>', 'số cấp khi vẽ cây (levels of the subtree)', depthArgument, 2)
  .option('--out <name>', 'tên tệp ra, không kèm đuôi: ghi NAME.svg và NAME.mmd (output name: writes NAME.svg and NAME.mmd)', 'org-chart')
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
        refuse(`Không ghi được ${out}.svg (cannot write the chart): ${(error as Error).message}`);
      }
      console.log(
        `${unit.fullName}, ngày ${date}: đã ghi ${flags.out}.svg và ${flags.out}.mmd (${chart.nodes.length} ô, ${chart.edges.length} liên kết — boxes, links).`,
      );
    } finally {
      await store.close();
    }
  });

await runExample(program);
