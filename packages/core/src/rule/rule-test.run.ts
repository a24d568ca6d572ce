import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadExampleDataset } from '../dataset/example-dataset.js';
import { assignHolding } from '../holding/holding.repository.js';
import { createOrganization } from '../organization/organization.repository.js';
import { createPerson } from '../person/person.repository.js';
import { createPost } from '../post/post.repository.js';
import { stableId, type SourceId } from '../shared/ids.js';
import { unwrap, type Result } from '../shared/result.js';
import { createSource } from '../source/source.repository.js';
import type { Db } from '../store/database.js';
import { openStore } from '../store/open-store.js';
import { createUnit } from '../unit/unit.repository.js';
import { checkAssignment, explainDecision } from './assignment-check.js';
import type { RulePack } from './assignment-rule.js';
import { DEFAULT_RULE_PACK } from './default-rule-pack.js';
import { parseRulePack } from './rule-pack.parse.js';
import { parseRuleTestText, RULE_CONDITION_WORDS, type RuleTestCheck, type RuleTestFile } from './rule-test-file.js';

/** The outcome of one check of a rule test file. */
export interface RuleCheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly expected: 'allowed' | 'denied';
  /** `error`: the request names a record that does not exist. */
  readonly actual: 'allowed' | 'denied' | 'error';
  /** Why the check failed; empty when it passed. */
  readonly problems: readonly string[];
  /** The decision in words (`explainDecision`), or the error's message. */
  readonly explanation: string;
}

/** The outcome of a rule test file: one result per check, in the file's order. */
export interface RuleTestReport {
  readonly name: string;
  readonly file: string | null;
  readonly packId: string;
  readonly results: readonly RuleCheckResult[];
}

/**
 * A rule test file (or the pack it names) that cannot be run: unreadable, malformed, naming an unknown
 * rule, or with fixtures the store refuses. A fault of the test file, so it is thrown, like a broken test.
 */
export class RuleTestFileError extends Error {
  readonly code = 'RULE_TEST.INVALID';

  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    what = 'tệp kiểm thử quy tắc không chạy được',
  ) {
    super(`${file}: ${what}:\n  ${problems.join('\n  ')}`);
    this.name = 'RuleTestFileError';
  }
}

const WORDS = { allowed: 'được phép', denied: 'bị từ chối', error: 'lỗi' } as const;

/**
 * Runs a rule test file on a fresh in-memory store: loads the dataset and fixtures, decides every check
 * with `checkAssignment`, and closes the store.
 *
 * @example
 * const report = await runRuleTestFile('packages/core/rules/default-pack.rules-test.yaml');
 * for (const r of report.results) console.log(r.passed ? '✓' : '✗', r.name);
 */
export async function runRuleTestFile(path: string): Promise<RuleTestReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RuleTestFileError(path, [`không mở được tệp: ${message(error)}`]);
  }
  return runRuleTests(text, { baseDir: dirname(path), fileName: path });
}

/** Runs the text of a rule test file; a pack path in it is read relative to `baseDir`. */
export async function runRuleTests(
  text: string,
  options: { readonly baseDir: string; readonly fileName?: string },
): Promise<RuleTestReport> {
  const fileName = options.fileName ?? '(tệp kiểm thử)';
  const parsed = parseRuleTestText(text);
  if (!parsed.ok) throw new RuleTestFileError(fileName, parsed.error.details?.problems ?? [parsed.error.message]);
  const file = parsed.value;
  const pack = await loadPack(file.pack, options.baseDir, fileName);
  const unknownRules = file.checks.flatMap((check, i) =>
    [
      ...(check.rule ? [[`checks[${i}].rule`, check.rule]] : []),
      ...Object.keys(check.failed ?? {}).map((id) => [`checks[${i}].failed.${id}`, id]),
    ]
      .filter(([, id]) => !pack.rules.some((rule) => rule.id === id))
      .map(
        ([path, id]) =>
          `${path}: "${id}" không phải quy tắc của bộ quy tắc "${pack.id}" (các quy tắc: ${pack.rules.map((r) => r.id).join(', ')}).`,
      ),
  );
  if (unknownRules.length > 0) throw new RuleTestFileError(fileName, unknownRules);

  const store = await openStore();
  try {
    if (file.dataset === 'example') await loadExampleDataset(store.db);
    await writeFixtures(store.db, file, fileName);
    const results: RuleCheckResult[] = [];
    for (const check of file.checks) results.push(await runCheck(store.db, pack, check));
    return { name: file.name, file: options.fileName ?? null, packId: pack.id, results };
  } finally {
    await store.close();
  }
}

async function loadPack(ref: RuleTestFile['pack'], baseDir: string, fileName: string): Promise<RulePack> {
  if (ref.kind === 'default') return DEFAULT_RULE_PACK;
  const path = resolve(baseDir, ref.path);
  const ext = extname(path).toLowerCase();
  if (!['.json', '.yaml', '.yml'].includes(ext))
    throw new RuleTestFileError(fileName, [`pack: "${ref.path}" phải là "default" hoặc một tệp .json, .yaml, .yml.`]);
  let value: unknown;
  try {
    const text = await readFile(path, 'utf8');
    value = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new RuleTestFileError(fileName, [`pack: không đọc được bộ quy tắc ${path}: ${message(error)}`]);
  }
  const pack = parseRulePack(value);
  if (!pack.ok)
    throw new RuleTestFileError(
      path,
      pack.error.details?.problems ?? [pack.error.message],
      `bộ quy tắc (dùng trong ${fileName}) không hợp lệ`,
    );
  return pack.value;
}

/** Writes the fixtures, each citing a synthetic source of this test file; a refusal names the fixture. */
async function writeFixtures(db: Db, file: RuleTestFile, fileName: string): Promise<void> {
  const { units, organizations, posts, people } = file.fixtures;
  if (units.length + organizations.length + posts.length + people.length === 0) return;
  const sourceId = stableId<SourceId>('src', 'kiem-thu-quy-tac');
  unwrap(
    await createSource(db, {
      kind: 'synthetic',
      id: sourceId,
      title: `Dữ liệu giả định của tệp kiểm thử quy tắc «${file.name}»`,
      note: 'Tạo ra chỉ để kiểm thử bộ quy tắc giao nhiệm vụ; không phải dữ liệu thật.',
    }),
  );
  const must = async (path: string, result: Promise<Result<unknown, { code: string; message: string }>>) => {
    const r = await result;
    if (!r.ok) throw new RuleTestFileError(fileName, [`${path}: ${r.error.code}: ${r.error.message}`]);
  };
  for (const [i, unit] of units.entries()) await must(`fixtures.units[${i}]`, createUnit(db, { ...unit, sourceId }));
  for (const [i, org] of organizations.entries()) await must(`fixtures.organizations[${i}]`, createOrganization(db, { ...org, sourceId }));
  for (const post of posts) await must(`fixtures (chức vụ ${post.id})`, createPost(db, { ...post, sourceId }));
  for (const [i, person] of people.entries()) {
    await must(`fixtures.people[${i}]`, createPerson(db, { id: person.id, fullName: person.fullName, sourceId }));
    for (const [j, hold] of person.holds.entries()) {
      await must(
        `fixtures.people[${i}].holds[${j}]`,
        assignHolding(db, { personId: person.id, postId: hold.postId, validity: hold.validity, sourceId }),
      );
    }
  }
}

async function runCheck(db: Db, pack: RulePack, check: RuleTestCheck): Promise<RuleCheckResult> {
  const base = { name: check.name, expected: check.expect };
  const decided = await checkAssignment(db, pack, check.request);
  if (!decided.ok) {
    const problem = `Không quyết định được: ${decided.error.code}: ${decided.error.message}`;
    return { ...base, passed: false, actual: 'error', problems: [problem], explanation: decided.error.message };
  }
  const decision = decided.value;
  const actual = decision.allowed ? 'allowed' : 'denied';
  const problems: string[] = [];
  if (actual !== check.expect) problems.push(`Mong đợi ${WORDS[check.expect]}, nhưng ${WORDS[actual]}.`);
  const traceOf = (ruleId: string) => decision.trace.find((t) => t.ruleId === ruleId);
  if (check.rule) {
    // The named rule must itself allow the request; an earlier rule allowing it too is fine.
    const t = traceOf(check.rule);
    if (t?.outcome === 'notMatched')
      problems.push(`Quy tắc "${check.rule}" không cho phép: trượt ở ${t.failed} (${RULE_CONDITION_WORDS[t.failed]}) — ${t.reason}`);
  }
  for (const [ruleId, condition] of Object.entries(check.failed ?? {})) {
    const t = traceOf(ruleId);
    const wanted = `${condition} (${RULE_CONDITION_WORDS[condition]})`;
    if (t?.outcome === 'allowed') problems.push(`Quy tắc "${ruleId}" cho phép yêu cầu; mong đợi trượt ở ${wanted}.`);
    else if (t && t.failed !== condition)
      problems.push(
        `Quy tắc "${ruleId}" trượt đầu tiên ở ${t.failed} (${RULE_CONDITION_WORDS[t.failed]}) — ${t.reason} — mong đợi trượt ở ${wanted}.`,
      );
  }
  const preconditions = decision.allowed ? [] : decision.preconditionFailures;
  if (check.precondition === true && preconditions.length === 0)
    problems.push('Mong đợi bị từ chối vì điều kiện tiên quyết (một bên, chức vụ hay nơi không có hiệu lực vào ngày đó), nhưng không có.');
  if (check.precondition === false && preconditions.length > 0)
    problems.push(`Mong đợi không vướng điều kiện tiên quyết nào, nhưng: ${preconditions.join(' ')}`);
  return { ...base, passed: problems.length === 0, actual, problems, explanation: explainDecision(decision) };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
