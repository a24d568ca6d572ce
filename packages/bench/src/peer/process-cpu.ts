import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Linux reports process times in USER_HZ ticks, 100 per second on every mainstream kernel configuration. */
const TICKS_PER_SECOND = 100;

/** User + system CPU a process has used so far, in milliseconds (`/proc/<pid>/stat`); 0 once it is gone. */
export function processCpuMs(pid: number): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU used by one run: the server process, and the PostgreSQL backends serving its database when asked. */
export interface CpuUse {
  readonly serverMs: number;
  readonly postgresMs: number;
}

/**
 * Measures the CPU a server uses over a stretch of time, counting the PostgreSQL backends of its database
 * too when `postgresUrl` is given — where PostGraphile (and the API on PostgreSQL) do much of their work,
 * outside their own process. Unlike throughput, CPU per request holds up on a machine shared with other work.
 * Only one server may be under load at a time: every backend of the database is counted.
 *
 * @example
 * const meter = await cpuMeter(server.pid, postgresUrl);
 * await runLoad(…);
 * const { serverMs, postgresMs } = await meter.stop();
 */
export async function cpuMeter(serverPid: number, postgresUrl?: string): Promise<{ stop(): Promise<CpuUse> }> {
  const client = postgresUrl ? new pg.Client({ connectionString: postgresUrl }) : undefined;
  await client?.connect();
  const backends = async (): Promise<Map<number, number>> => {
    if (!client) return new Map();
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );
    return new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)]));
  };
  const serverBefore = processCpuMs(serverPid);
  const before = await backends();
  return {
    async stop() {
      const serverMs = processCpuMs(serverPid) - serverBefore;
      const after = await backends();
      await client?.end();
      // A backend that left during the run was idle (pools close idle clients); one that came is counted whole.
      let postgresMs = 0;
      for (const [pid, ms] of after) postgresMs += ms - (before.get(pid) ?? 0);
      return { serverMs, postgresMs };
    },
  };
}
