/**
 * Rules: a small rule pack written for a commune (or yours, from a JSON file), and a few assignments checked
 * against it, each with the explanation of why it is allowed or refused.
 *
 *   pnpm --filter @mttq/examples rules
 *   pnpm --filter @mttq/examples rules --pack packages/core/rules/example-commune-pack.json
 */
import { readFileSync } from 'node:fs';
import { parseRulePack, type RulePack } from '@mttq/core';
import { userPath } from './lib/cli-args.js';
import { COMMUNE_RULE_PACK } from './lib/commune-rule-pack.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';
import { runRulesDemo } from './lib/rules-demo.js';

const program = exampleProgram(
  'rules',
  'Kiểm tra vài yêu cầu giao việc ở Xã Chiêm Hóa theo một bộ quy tắc của xã, mỗi yêu cầu kèm lời giải thích từng quy tắc (checks a few assignments against a commune’s rule pack, each explained rule by rule).',
)
  .option(
    '--pack <file.json>',
    'bộ quy tắc của bạn, tệp JSON như packages/core/rules/example-commune-pack.json; mặc định bộ minh họa (your rule pack as JSON; default the illustrative one)',
  )
  .action(async (flags: ExampleFlags & { readonly pack?: string }) => {
    const pack = flags.pack === undefined ? COMMUNE_RULE_PACK : readPack(userPath(flags.pack));
    const { store } = await openExampleStore(flags.db);
    try {
      console.log(await runRulesDemo(store.db, pack));
    } finally {
      await store.close();
    }
  });

function readPack(path: string): RulePack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(
      code === 'ENOENT'
        ? `Không có tệp ${path} (no such file).`
        : `Không đọc được ${path} (cannot read the file): ${(error as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`${path} không phải JSON (not JSON): ${(error as Error).message}`);
  }
  const pack = parseRulePack(value);
  if (!pack.ok) return refuse(`${path}: ${pack.error.code}: ${pack.error.message.replace(':\n', ': ').replaceAll('\n', '; ')}`);
  return pack.value;
}

await runExample(program);
