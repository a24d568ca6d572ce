import { openStore, loadExampleDataset } from '@mttq/core';
const store = await openStore({ url: 'postgres://root@localhost/mttq_pg5_try?host=/var/run/postgresql', poolSize: 2 });
await loadExampleDataset(store.db);
await store.close();
console.log('ok');
