/**
 * Rules: a small rule pack written for a commune (or yours, from a JSON file), and a few assignments checked
 * against it, each with the explanation of why it is allowed or refused.
 *
 *   pnpm --filter @mttq/examples rules
 *   pnpm --filter @mttq/examples rules --pack packages/core/rules/example-commune-pack.json
 */
import { readFileSync } from 'node:fs';
import { messageIn, parseRulePack, type RulePack } from '@mttq/core';
import { userPath } from './lib/cli-args.js';
import { COMMUNE_RULE_PACK } from './lib/commune-rule-pack.js';
import { say } from './lib/example-lang.js';
import { exampleProgram, runExample, type ExampleFlags } from './lib/example-program.js';
import { refuse } from './lib/example-refusal.js';
import { openExampleStore } from './lib/open-example-store.js';
import { runRulesDemo } from './lib/rules-demo.js';

const program = exampleProgram('rules', {
  vi: 'Kiểm tra vài yêu cầu giao việc ở Xã Chiêm Hóa theo một bộ quy tắc của xã, mỗi yêu cầu kèm lời giải thích từng quy tắc.',
  en: 'Checks a few assignments at Xã Chiêm Hóa against a commune’s rule pack, each explained rule by rule.',
})
  .option(
    '--pack <file.json>',
    say({
      vi: 'bộ quy tắc của bạn, tệp JSON như packages/core/rules/example-commune-pack.json; mặc định bộ minh họa',
      en: 'your rule pack, a JSON file like packages/core/rules/example-commune-pack.json; default the illustrative one',
    }),
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
    const why = (error as Error).message;
    return refuse(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { vi: `Không có tệp ${path}.`, en: `No file ${path}.` }
        : { vi: `Không đọc được ${path}: ${why}`, en: `Cannot read ${path}: ${why}` },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    return refuse({ vi: `${path} không phải JSON: ${why}`, en: `${path} is not JSON: ${why}` });
  }
  const pack = parseRulePack(value);
  if (!pack.ok) {
    const line = (lang: 'vi' | 'en') =>
      `${path}: ${pack.error.code}: ${messageIn(pack.error, lang).replace(':\n', ': ').replaceAll('\n', '; ')}`;
    return refuse({ vi: line('vi'), en: line('en') });
  }
  return pack.value;
}

await runExample(program);
