/**
 * Runs rule test files and prints ✓/✗ per check, with the decision explained for each failure; exits with
 * code 1 when any check fails or a file cannot be run.
 *
 * @example
 * npx tsx packages/core/scripts/rule-test.ts packages/core/rules/*.rules-test.yaml
 */
import { RuleTestFileError, runRuleTestFile } from '../src/rule/rule-test.run.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Cách dùng: npx tsx packages/core/scripts/rule-test.ts <tệp.rules-test.yaml>...');
  process.exit(2);
}

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

const summary = `${passed} kiểm tra đạt, ${failed} không đạt${broken > 0 ? `, ${broken} tệp không chạy được` : ''}.`;
console.log(`\n${summary}`);
process.exitCode = failed > 0 || broken > 0 ? 1 : 0;
