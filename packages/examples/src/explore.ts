/**
 * Prints a province's hierarchy on a date, with each unit's Front and organizations and their heads.
 *
 *   pnpm --filter @mttq/examples explore --province 08 --date 2022-01-01
 *   pnpm --filter @mttq/examples explore --province 08 --date 2026-01-01 --depth 1
 */
import { exploreProvince } from './lib/explore-tree.js';
import { dateArg, exampleArgs } from './lib/cli-args.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';

const { values } = exampleArgs({
    db: { type: 'string', default: DEFAULT_DB },
    province: { type: 'string', default: '08' },
    date: { type: 'string' },
    depth: { type: 'string' },
    'no-organizations': { type: 'boolean', default: false },
});
const date = dateArg(values.date);
const { store } = await openExampleStore(values.db);
try {
  const maxDepth = values.depth === undefined ? undefined : Number(values.depth);
  console.log(await exploreProvince(store.db, values.province, date, { ...(maxDepth !== undefined && { maxDepth }), withOrganizations: !values['no-organizations'] }));
} finally {
  await store.close();
}
