import { RuleTestFileError, runRuleTestFile } from '@mttq/core';
import type { Command } from 'commander';

/**
 * `mttq check-rules FILE…`: runs rule test files and prints ✓/✗ per check, with the decision explained for each
 * failure; exits 1 when a check fails or a file cannot be run.
 */
export function addCheckRulesCommand(program: Command): void {
  program
    .command('check-rules')
    .summary('chạy các tệp kiểm thử quy tắc giao việc (run rule test files)')
    .description(
      `Chạy các tệp kiểm thử quy tắc (.rules-test.yaml) và in ✓/✗ cho từng kiểm tra, kèm lời giải thích quyết định khi không đạt (runs rule test files, ✓/✗ per check, the decision explained for each failure). Xem docs/rules.md.

Mã thoát (exit status): 0 — mọi kiểm tra đạt (all pass); 1 — có kiểm tra không đạt hoặc tệp không chạy được.`,
    )
    .argument('<files...>', 'tệp kiểm thử quy tắc (rule test files), ví dụ rules/*.rules-test.yaml')
    .action(checkRules);
}

async function checkRules(files: readonly string[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  let broken = 0;
  for (const file of files) {
    try {
      const report = await runRuleTestFile(file);
      console.log(`\n${report.name}  (${file}, bộ quy tắc "${report.packId}")`);
      for (const result of report.results) {
        if (result.passed) {
          passed++;
          console.log(`  ✓ ${result.name}`);
          continue;
        }
        failed++;
        console.log(`  ✗ ${result.name}`);
        for (const problem of result.problems) console.log(`      ${problem}`);
        for (const line of result.explanation.split('\n')) console.log(`        ${line}`);
      }
    } catch (error) {
      if (!(error instanceof RuleTestFileError)) throw error;
      broken++;
      console.log(`\n✗ ${error.message}`);
    }
  }
  const summary = `${passed} kiểm tra đạt, ${failed} không đạt${broken > 0 ? `, ${broken} tệp không chạy được` : ''} (${passed} passed, ${failed} failed${broken > 0 ? `, ${broken} files broken` : ''}).`;
  console.log(`\n${summary}`);
  process.exitCode = failed > 0 || broken > 0 ? 1 : 0;
}
