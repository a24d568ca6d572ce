import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadExampleDataset } from '../dataset/example-dataset.js';
import { assignHolding } from '../holding/holding.repository.js';
import { createOrganization } from '../organization/organization.repository.js';
import { createPerson } from '../person/person.repository.js';
import { createPost } from '../post/post.repository.js';
import { stableId, type SourceId } from '../shared/ids.js';
import { messageIn } from '../shared/core-error.js';
import { DEFAULT_LANG, type Lang, type Texts } from '../shared/lang.js';
import { problemsIn } from '../shared/problem-list.js';
import { unwrap, type Result } from '../shared/result.js';
import { createSource } from '../source/source.repository.js';
import type { Db } from '../store/database.js';
import { openStore } from '../store/open-store.js';
import { createUnit } from '../unit/unit.repository.js';
import { checkAssignment, explainDecision } from './assignment-check.js';
import type { RulePack } from './assignment-rule.js';
import type { RuleCondition } from './assignment-rule.evaluate.js';
import { DEFAULT_RULE_PACK } from './default-rule-pack.js';
import { parseRulePack } from './rule-pack.parse.js';
import { RULE_CONDITION_WORDS } from './rule-condition.words.js';
import { parseRuleTestText, type RuleTestCheck, type RuleTestFile } from './rule-test-file.js';

/** The outcome of one check of a rule test file. */
export interface RuleCheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly expected: 'allowed' | 'denied';
  /** `error`: the request names a record that does not exist. */
  readonly actual: 'allowed' | 'denied' | 'error';
  /** Why the check failed, in the run's language; empty when it passed. */
  readonly problems: readonly string[];
  /** The decision in words (`explainDecision`), or the error's message, in the run's language. */
  readonly explanation: string;
}

/** The outcome of a rule test file: one result per check, in the file's order. */
export interface RuleTestReport {
  readonly name: string;
  readonly file: string | null;
  readonly packId: string;
  readonly results: readonly RuleCheckResult[];
}

/** How a rule test run speaks: its problems, explanations and refusals in `lang` (Vietnamese by default). */
export interface RuleTestOptions {
  readonly lang?: Lang;
}

/**
 * A rule test file (or the pack it names) that cannot be run: unreadable, malformed, naming an unknown
 * rule, or with fixtures the store refuses. A fault of the test file, so it is thrown, like a broken test.
 * Its message and `problems` are in the language of the run that threw it.
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

const CANNOT_RUN: Texts = { vi: 'tệp kiểm thử quy tắc không chạy được', en: 'the rule test file cannot be run' };

const WORDS = {
  vi: { allowed: 'được phép', denied: 'bị từ chối', error: 'lỗi' },
  en: { allowed: 'allowed', denied: 'denied', error: 'an error' },
} as const;

/**
 * Runs a rule test file on a fresh in-memory store: loads the dataset and fixtures, decides every check
 * with `checkAssignment`, and closes the store. Problems, explanations and a `RuleTestFileError` are written in
 * `options.lang` (Vietnamese by default).
 *
 * @example
 * const report = await runRuleTestFile('packages/core/rules/default-pack.rules-test.yaml', { lang: 'en' });
 * for (const r of report.results) console.log(r.passed ? '✓' : '✗', r.name, ...r.problems);
 */
export async function runRuleTestFile(path: string, options: RuleTestOptions = {}): Promise<RuleTestReport> {
  const lang = options.lang ?? DEFAULT_LANG;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = message(error);
    throw new RuleTestFileError(
      path,
      [lang === 'en' ? `cannot open the file: ${reason}` : `không mở được tệp: ${reason}`],
      CANNOT_RUN[lang],
    );
  }
  return runRuleTests(text, { baseDir: dirname(path), fileName: path, lang });
}

/** Runs the text of a rule test file; a pack path in it is read relative to `baseDir`. */
export async function runRuleTests(
  text: string,
  options: RuleTestOptions & { readonly baseDir: string; readonly fileName?: string },
): Promise<RuleTestReport> {
  const lang = options.lang ?? DEFAULT_LANG;
  const fileName = options.fileName ?? (lang === 'en' ? '(rule test file)' : '(tệp kiểm thử)');
  const refused = (problems: readonly string[]) => new RuleTestFileError(fileName, problems, CANNOT_RUN[lang]);
  const parsed = parseRuleTestText(text);
  if (!parsed.ok) throw refused(problemsIn(parsed.error.details, lang));
  const file = parsed.value;
  const pack = await loadPack(file.pack, options.baseDir, fileName, lang);
  const unknownRules = file.checks.flatMap((check, i) =>
    [
      ...(check.rule ? [[`checks[${i}].rule`, check.rule]] : []),
      ...Object.keys(check.failed ?? {}).map((id) => [`checks[${i}].failed.${id}`, id]),
    ]
      .filter(([, id]) => !pack.rules.some((rule) => rule.id === id))
      .map(([path, id]) => {
        const ids = pack.rules.map((r) => r.id).join(', ');
        return lang === 'en'
          ? `${path}: "${id}" is not a rule of the rule pack "${pack.id}" (its rules: ${ids}).`
          : `${path}: "${id}" không phải quy tắc của bộ quy tắc "${pack.id}" (các quy tắc: ${ids}).`;
      }),
  );
  if (unknownRules.length > 0) throw refused(unknownRules);

  const store = await openStore();
  try {
    if (file.dataset === 'example') await loadExampleDataset(store.db);
    await writeFixtures(store.db, file, refused, lang);
    const results: RuleCheckResult[] = [];
    for (const check of file.checks) results.push(await runCheck(store.db, pack, check, lang));
    return { name: file.name, file: options.fileName ?? null, packId: pack.id, results };
  } finally {
    await store.close();
  }
}

async function loadPack(ref: RuleTestFile['pack'], baseDir: string, fileName: string, lang: Lang): Promise<RulePack> {
  if (ref.kind === 'default') return DEFAULT_RULE_PACK;
  const en = lang === 'en';
  const path = resolve(baseDir, ref.path);
  const ext = extname(path).toLowerCase();
  if (!['.json', '.yaml', '.yml'].includes(ext)) {
    const problem = en
      ? `pack: "${ref.path}" must be "default" or a .json, .yaml or .yml file.`
      : `pack: "${ref.path}" phải là "default" hoặc một tệp .json, .yaml, .yml.`;
    throw new RuleTestFileError(fileName, [problem], CANNOT_RUN[lang]);
  }
  let value: unknown;
  try {
    const text = await readFile(path, 'utf8');
    value = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const problem = en
      ? `pack: cannot read the rule pack ${path}: ${message(error)}`
      : `pack: không đọc được bộ quy tắc ${path}: ${message(error)}`;
    throw new RuleTestFileError(fileName, [problem], CANNOT_RUN[lang]);
  }
  const pack = parseRulePack(value);
  if (!pack.ok)
    throw new RuleTestFileError(
      path,
      problemsIn(pack.error.details, lang),
      en ? `the rule pack (used in ${fileName}) is invalid` : `bộ quy tắc (dùng trong ${fileName}) không hợp lệ`,
    );
  return pack.value;
}

/** Writes the fixtures, each citing a synthetic source of this test file; a refusal names the fixture. */
async function writeFixtures(db: Db, file: RuleTestFile, refused: (problems: string[]) => RuleTestFileError, lang: Lang): Promise<void> {
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
  const must = async (path: string, result: Promise<Result<unknown, { code: string; message: string; texts?: Texts }>>) => {
    const r = await result;
    if (!r.ok) throw refused([`${path}: ${r.error.code}: ${messageIn(r.error, lang)}`]);
  };
  for (const [i, unit] of units.entries()) await must(`fixtures.units[${i}]`, createUnit(db, { ...unit, sourceId }));
  for (const [i, org] of organizations.entries()) await must(`fixtures.organizations[${i}]`, createOrganization(db, { ...org, sourceId }));
  for (const post of posts)
    await must(`fixtures (${lang === 'en' ? 'post' : 'chức vụ'} ${post.id})`, createPost(db, { ...post, sourceId }));
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

async function runCheck(db: Db, pack: RulePack, check: RuleTestCheck, lang: Lang): Promise<RuleCheckResult> {
  const base = { name: check.name, expected: check.expect };
  const decided = await checkAssignment(db, pack, check.request);
  if (!decided.ok) {
    const said = messageIn(decided.error, lang);
    const problem = `${lang === 'en' ? 'No decision' : 'Không quyết định được'}: ${decided.error.code}: ${said}`;
    return { ...base, passed: false, actual: 'error', problems: [problem], explanation: said };
  }
  const decision = decided.value;
  const actual = decision.allowed ? 'allowed' : 'denied';
  const say = SAY[lang];
  const problems: string[] = [];
  if (actual !== check.expect) problems.push(say.expected(WORDS[lang][check.expect], WORDS[lang][actual]));
  const traceOf = (ruleId: string) => decision.trace.find((t) => t.ruleId === ruleId);
  const condition = (c: RuleCondition) => `${c} (${RULE_CONDITION_WORDS[c][lang]})`;
  if (check.rule) {
    // The named rule must itself allow the request; an earlier rule allowing it too is fine.
    const t = traceOf(check.rule);
    if (t?.outcome === 'notMatched') problems.push(say.notAllowing(check.rule, condition(t.failed), reasonOf(t, lang)));
  }
  for (const [ruleId, wanted] of Object.entries(check.failed ?? {})) {
    const t = traceOf(ruleId);
    if (t?.outcome === 'allowed') problems.push(say.allowing(ruleId, condition(wanted)));
    else if (t && t.failed !== wanted)
      problems.push(say.failedElsewhere(ruleId, condition(t.failed), reasonOf(t, lang), condition(wanted)));
  }
  const preconditions = decision.allowed ? [] : lang === 'en' ? decision.preconditionFailuresEn : decision.preconditionFailures;
  if (check.precondition === true && preconditions.length === 0) problems.push(say.noPrecondition);
  if (check.precondition === false && preconditions.length > 0) problems.push(say.precondition(preconditions.join(' ')));
  return { ...base, passed: problems.length === 0, actual, problems, explanation: explainDecision(decision, lang) };
}

const reasonOf = (t: { readonly reason: string; readonly reasonEn: string }, lang: Lang) => (lang === 'en' ? t.reasonEn : t.reason);

/** Why a check failed, in each language. */
const SAY = {
  vi: {
    expected: (wanted: string, actual: string) => `Mong đợi ${wanted}, nhưng ${actual}.`,
    notAllowing: (rule: string, failed: string, reason: string) => `Quy tắc "${rule}" không cho phép: trượt ở ${failed} — ${reason}`,
    allowing: (rule: string, wanted: string) => `Quy tắc "${rule}" cho phép yêu cầu; mong đợi trượt ở ${wanted}.`,
    failedElsewhere: (rule: string, failed: string, reason: string, wanted: string) =>
      `Quy tắc "${rule}" trượt đầu tiên ở ${failed} — ${reason} — mong đợi trượt ở ${wanted}.`,
    noPrecondition: 'Mong đợi bị từ chối vì điều kiện tiên quyết (một bên, chức vụ hay nơi không có hiệu lực vào ngày đó), nhưng không có.',
    precondition: (failures: string) => `Mong đợi không vướng điều kiện tiên quyết nào, nhưng: ${failures}`,
  },
  en: {
    expected: (wanted: string, actual: string) => `Expected ${wanted}, but ${actual}.`,
    notAllowing: (rule: string, failed: string, reason: string) =>
      `The rule "${rule}" does not allow it: it fails at ${failed} — ${reason}`,
    allowing: (rule: string, wanted: string) => `The rule "${rule}" allows the request; expected it to fail at ${wanted}.`,
    failedElsewhere: (rule: string, failed: string, reason: string, wanted: string) =>
      `The rule "${rule}" first fails at ${failed} — ${reason} — expected it to fail at ${wanted}.`,
    noPrecondition: 'Expected a refusal for a precondition (a party, post or place not in force on the date), but there was none.',
    precondition: (failures: string) => `Expected no precondition to fail, but: ${failures}`,
  },
} as const;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
