/**
 * Rules: a small rule pack written for a commune, and a few assignments checked against it, each with
 * the explanation of why it is allowed or refused.
 *
 *   pnpm --filter @mttq/examples rules
 */
import { COMMUNE_RULE_PACK } from './lib/commune-rule-pack.js';
import { exampleArgs } from './lib/cli-args.js';
import { DEFAULT_DB, openExampleStore } from './lib/open-example-store.js';
import { runRulesDemo } from './lib/rules-demo.js';

const { values } = exampleArgs({ db: { type: 'string', default: DEFAULT_DB } });
const { store } = await openExampleStore(values.db);
try {
  console.log(await runRulesDemo(store.db, COMMUNE_RULE_PACK));
} finally {
  await store.close();
}
