/**
 * Draws the organizations, posts and holders at a unit (or the units of a subtree) on a date, as SVG and
 * as Mermaid source.
 *
 *   pnpm --filter @mttq/examples org-chart --unit 073 --date 2023-06-01 --out chiem-hoa
 *   pnpm --filter @mttq/examples org-chart --unit 08 --date 2026-01-01 --subtree --out tuyen-quang
 * writes chiem-hoa.svg and chiem-hoa.mmd.
 */
import { writeFileSync } from 'node:fs';
import { findUnitByCode } from '@mttq/core';
import { chartToMermaid } from './lib/org-chart.mermaid.js';
import { unitOrganizationChart, unitSubtreeChart } from './lib/org-chart.graph.js';
import { chartToSvg } from './lib/org-chart.svg.js';
import { dateArg, exampleArgs, userPath } from './lib/cli-args.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';

const { values } = exampleArgs({
    db: { type: 'string', default: DEFAULT_DB },
    unit: { type: 'string', default: '073' },
    date: { type: 'string' },
    subtree: { type: 'boolean', default: false },
    depth: { type: 'string', default: '2' },
    out: { type: 'string', default: 'org-chart' },
});
const date = dateArg(values.date);
const { store } = await openExampleStore(values.db);
try {
  const unit = await findUnitByCode(store.db, values.unit, date);
  if (!unit.ok) {
    console.error(unit.error.message);
    process.exitCode = 1;
  } else {
    const chart = values.subtree
      ? await unitSubtreeChart(store.db, unit.value.id, date, Number(values.depth))
      : await unitOrganizationChart(store.db, unit.value.id, date);
    writeFileSync(`${userPath(values.out)}.svg`, chartToSvg(chart, { direction: values.subtree ? 'TB' : 'LR' }));
    writeFileSync(`${userPath(values.out)}.mmd`, chartToMermaid(chart));
    console.log(`Đã ghi ${values.out}.svg và ${values.out}.mmd (${chart.nodes.length} ô, ${chart.edges.length} liên kết).`);
  }
} finally {
  await store.close();
}
