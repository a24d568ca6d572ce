import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** The flags of a benchmark as `parseArgs` reads them, typed by their declarations. */
export type BenchFlags<O extends Options> = ReturnType<typeof parseArgs<{ options: WithHelp<O>; strict: true }>>['values'];

/**
 * A benchmark's flags, read as `parseArgs` does, with what a newcomer expects of a program: `--help` prints the
 * usage and exits 0; an unknown flag, a missing value or a stray argument prints one line and the usage and
 * exits 2, without a stack trace; so does a flag declared `existing: true` naming a file that is not there.
 * Benchmarks are tools for developers and speak English.
 *
 * @example
 * const args = benchArgs('pnpm bench:api', 'The API against a hand-written endpoint over HTTP.', { db: { type: 'string' } });
 */
export function benchArgs<const O extends Options>(command: string, summary: string, options: O): BenchFlags<O> {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>;
  const usage = usageOf(command, summary, all);
  let values: BenchFlags<O>;
  try {
    // `pnpm bench -- --flag` passes the separator on.
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: all,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n\n${usage}`);
    process.exit(2);
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  // A flag declared `existing: true` names a file to read (a kept dataset): a wrong path ends here, not in a stack
  // trace after an empty store was created in its place.
  for (const [name, o] of Object.entries(options)) {
    const value = (values as Record<string, unknown>)[name];
    if ((o as { existing?: boolean }).existing && typeof value === 'string' && !existsSync(value)) {
      process.stderr.write(`--${name} ${value}: no such file\n`);
      process.exit(2);
    }
  }
  return values;
}

function usageOf(command: string, summary: string, options: Options): string {
  const lines = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ' <value>' : ''}`;
    const note = [
      (o as { description?: string }).description,
      o.default !== undefined && o.type === 'string' ? `default: ${String(o.default)}` : undefined,
    ].filter(Boolean);
    return `  ${flag.padEnd(30)}${note.join('; ')}`.trimEnd();
  });
  return `Usage: ${command} [options]\n\n${summary}\n\nOptions:\n${lines.join('\n')}\n`;
}
