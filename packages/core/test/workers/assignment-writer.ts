// A writer process for the concurrency and crash tests: opens the store given on the command line and gives
// `--count` yearly tasks, one `assignTask` (one transaction) each, with the ids `asg_w<worker>_<j>`. Each id is
// printed on its own stdout line as soon as its write has returned ok, i.e. committed: the parent counts a
// line as an acknowledged write. (On Linux, writes to a pipe from process.stdout are synchronous, so a line
// is in the pipe before the next write starts and survives a kill -9.)
//
//   node --import tsx --conditions=source packages/core/test/workers/assignment-writer.ts --db FILE --worker 3 --count 1000
//   … --url postgres://… --worker 3 --count 1000
import { parseArgs } from 'node:util';
import {
  DEFAULT_RULE_PACK,
  assignTask,
  isoDate,
  openStore,
  type AssignmentId,
  type OrganizationId,
  type SourceId,
  type TaskId,
} from '../../src/index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    url: { type: 'string' },
    worker: { type: 'string', default: '0' },
    count: { type: 'string', default: '1000' },
    /** Milliseconds to wait between writes (the crash test slows the burst down so it is killed mid-way). */
    pause: { type: 'string', default: '0' },
  },
});
if (!values.db === !values.url) {
  console.error('usage: assignment-writer (--db FILE | --url URL) [--worker I] [--count N] [--pause MS]');
  process.exit(2);
}

const TASK = 'task_nhiem-vu-cu-the-hang-nam' as TaskId;
const SOURCE = 'src_minh-hoa' as SourceId;
const ASSIGNER = { kind: 'organization', id: 'org_073-until-2025.partyStandingMembers' as OrganizationId } as const;
// The district bodies of Chiêm Hóa exist until 2025-07-01, so every pair below is allowed by
// `nhiem-vu-hang-nam-cung-cap` on the 1st of June of 2021…2025.
const ASSIGNEES = ['frontCommittee', 'farmersUnion', 'womensUnion', 'youthUnion', 'veteransAssociation', 'labourFederation'].map(
  (type) => ({ kind: 'organization', id: `org_073-until-2025.${type}` as OrganizationId }) as const,
);
const YEARS = ['2021', '2022', '2023', '2024', '2025'] as const;

const worker = Number(values.worker);
const count = Number(values.count);
const pause = Number(values.pause);
const store = await openStore(values.url ? { url: values.url, poolSize: 2 } : { filename: values.db! });
console.error(`ready ${process.pid}`);
try {
  for (let j = 0; j < count; j++) {
    const year = YEARS[Math.floor(j / ASSIGNEES.length) % YEARS.length]!;
    const id = `asg_w${worker}_${j}` as AssignmentId;
    const result = await assignTask(store.db, DEFAULT_RULE_PACK, {
      id,
      taskId: TASK,
      periodKey: year,
      assigner: ASSIGNER,
      assignee: ASSIGNEES[j % ASSIGNEES.length]!,
      assignedOn: isoDate(`${year}-06-01`),
      dueOn: isoDate(`${year}-12-31`),
      sourceId: SOURCE,
    });
    if (!result.ok) {
      console.error(`refused ${id}: ${result.error.code}: ${result.error.message}`);
      process.exitCode = 1;
      break;
    }
    process.stdout.write(`${id}\n`);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
} finally {
  await store.close();
}
