import { RuleTestFileError, runRuleTestFile, type Lang } from '@mttq/core';
import type { Command } from 'commander';

/**
 * `mttq check-rules FILE…`: runs rule test files and prints ✓/✗ per check, with the decision explained for each
 * failure; exits 1 when a check fails or a file cannot be run.
 */
export function addCheckRulesCommand(program: Command, lang: Lang): void {
  const en = lang === 'en';
  program
    .command('check-rules')
    .summary(en ? 'run rule test files' : 'chạy các tệp kiểm thử quy tắc giao việc')
    .description(
      en
        ? `Runs rule test files (.rules-test.yaml) and prints ✓/✗ for each check, with the decision explained for each failure. See docs/rules.md.

Exit status: 0 — every check passes; 1 — a check fails or a file cannot be run.`
        : `Chạy các tệp kiểm thử quy tắc (.rules-test.yaml) và in ✓/✗ cho từng kiểm tra, kèm lời giải thích quyết định khi không đạt. Xem docs/rules.md.

Mã thoát: 0 — mọi kiểm tra đạt; 1 — có kiểm tra không đạt hoặc tệp không chạy được.`,
    )
    .argument(
      '<files...>',
      en ? 'rule test files, for example rules/*.rules-test.yaml' : 'tệp kiểm thử quy tắc, ví dụ rules/*.rules-test.yaml',
    )
    .action((files: readonly string[]) => checkRules(files, lang));
}

const SAID = {
  vi: {
    file: (file: string, pack: string) => `${file}, bộ quy tắc "${pack}"`,
    summary: (passed: number, failed: number, broken: number) =>
      `${passed} kiểm tra đạt, ${failed} không đạt${broken > 0 ? `, ${broken} tệp không chạy được` : ''}.`,
  },
  en: {
    file: (file: string, pack: string) => `${file}, rule pack "${pack}"`,
    summary: (passed: number, failed: number, broken: number) =>
      `${passed} passed, ${failed} failed${broken > 0 ? `, ${broken} ${broken === 1 ? 'file' : 'files'} could not be run` : ''}.`,
  },
} as const;

async function checkRules(files: readonly string[], lang: Lang): Promise<void> {
  const said = SAID[lang];
  let passed = 0;
  let failed = 0;
  let broken = 0;
  for (const file of files) {
    try {
      const report = await runRuleTestFile(file, { lang });
      console.log(`\n${report.name}  (${said.file(file, report.packId)})`);
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
  console.log(`\n${said.summary(passed, failed, broken)}`);
  process.exitCode = failed > 0 || broken > 0 ? 1 : 0;
}
