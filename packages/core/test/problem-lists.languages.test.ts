// The problem lists of the documents a Front office writes or exchanges (a rule pack, a rule test file, a Popolo
// document) in either language: Vietnamese by default, English on request, never half and half.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PACK,
  importPopolo,
  messageIn,
  parseRulePack,
  problemsIn,
  RuleTestFileError,
  runRuleTests,
  VIETNAMESE_LETTERS,
} from '../src/index.js';
import { parseRuleTestText } from '../src/rule/rule-test-file.js';
import { openFreshStore, testDialect } from '../src/testing/index.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'rules');

/** English, once the values the document itself wrote are taken out. */
function expectEnglish(text: string, ...supplied: string[]): void {
  const rest = supplied.reduce((t, s) => t.replaceAll(s, ''), text);
  expect(rest, text).not.toMatch(VIETNAMESE_LETTERS);
}

/** A rule pack with a problem at every kind of field the reader checks. */
function badPack(): unknown {
  const pack = JSON.parse(JSON.stringify(DEFAULT_RULE_PACK));
  pack.rules[0].plase = { required: true, relation: 'withinAssignerSubtree' };
  pack.rules[1].id = pack.rules[0].id;
  pack.rules[1].assignees[0].organizationTypes[2] = 'womenUnion';
  pack.rules[2].description = '';
  pack.rules[3].assigner.levels = ['huyen'];
  pack.rules[3].assigner.heads = 'yes';
  pack.rules[4].taskKinds = [];
  pack.rules[5].relation = 'parentUnit';
  pack.rules[6].assigner = 'Ban Thường trực';
  pack.rules[7].assignees = undefined;
  pack.rules[9].validity = { validFrom: '2025-07-01', validTo: '2025-02-30' };
  pack.rules[10].validity = { validFrom: '2025-07-01', validTo: '2024-01-01' };
  return pack;
}

describe('a rule pack’s problems', () => {
  it('are listed in Vietnamese as before and in English on request, the same problems at the same paths', () => {
    const result = parseRulePack(badPack());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const vi = problemsIn(result.error.details, 'vi');
    const en = problemsIn(result.error.details, 'en');
    expect(vi).toEqual(result.error.details?.problems);
    expect(en).toHaveLength(vi.length);
    expect(vi.length).toBeGreaterThanOrEqual(10);
    en.forEach((line, i) => {
      expect(line.split(':')[0]).toBe(vi[i]!.split(':')[0]);
      expectEnglish(line, 'Ban Thường trực', result.error.details!.problems[1]!.split('"')[1] ?? '');
      expect(vi[i]).toMatch(VIETNAMESE_LETTERS);
    });
    expect(en).toContain('rules[1].assignees[0].organizationTypes[2]: "womenUnion" is not a body type (did you mean "womensUnion"?).');
    expectEnglish(messageIn(result.error, 'en'));
    expect(messageIn(result.error, 'en')).toContain(en[0]);
  });

  it('keep the English list out of the error written as JSON', () => {
    const result = parseRulePack(badPack());
    if (result.ok) return expect.fail('refused');
    expect(Object.keys(result.error.details!)).toEqual(['problems']);
    expect(JSON.stringify(result.error)).not.toMatch(/is not a body type/);
  });
});

const TEST_FILE = `
name: Một kiểm tra
pack: default
dataset: example
checks:
  - name: Thường trực Huyện ủy giao việc hằng năm cho Ủy ban MTTQ huyện
    date: 2023-01-15
    taskKind: yearly
    assigner: { organization: org_073-until-2025.partyStandingMembers }
    assignee: { organization: org_073-until-2025.frontCommittee }
    expect: denied
    failed: { nhiem-vu-hang-nam-cung-cap: assignee }
`;

// A rule test run opens its own in-memory store, whatever the suite's database.
describe('a rule test run in English', { timeout: 120_000 }, () => {
  it('says why a check failed, and the decision, in English only', async () => {
    const [vi, en] = await Promise.all([
      runRuleTests(TEST_FILE, { baseDir: RULES_DIR }),
      runRuleTests(TEST_FILE, { baseDir: RULES_DIR, lang: 'en' }),
    ]);
    const [checkVi, checkEn] = [vi.results[0]!, en.results[0]!];
    expect([checkVi.passed, checkEn.passed]).toEqual([false, false]);
    expect(checkVi.problems[0]).toBe('Mong đợi bị từ chối, nhưng được phép.');
    expect(checkEn.problems[0]).toBe('Expected denied, but allowed.');
    expect(checkEn.problems).toHaveLength(checkVi.problems.length);
    for (const line of [...checkEn.problems, checkEn.explanation]) expectEnglish(line);
    expect(checkVi.explanation).toMatch(VIETNAMESE_LETTERS);
  });

  it('refuses a malformed file in the run’s language', async () => {
    const bad = TEST_FILE.replace('taskKind: yearly', 'taskKind: yearlly').replace('expect: denied', 'expect: refused');
    const parsed = parseRuleTestText(bad);
    if (parsed.ok) return expect.fail('refused');
    expect(problemsIn(parsed.error.details, 'vi')).toEqual(parsed.error.details?.problems);
    const error = await runRuleTests(bad, { baseDir: RULES_DIR, fileName: 'xa.rules-test.yaml', lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleTestFileError);
    const { message, problems } = error as RuleTestFileError;
    expect(message).toMatch(/^xa\.rules-test\.yaml: the rule test file cannot be run:/);
    expect(problems).toEqual([
      expect.stringMatching(/^checks\[0\]\.taskKind: "yearlly" is not a task kind \(did you mean "yearly"\?\) — one of: /),
      expect.stringMatching(/^checks\[0\]\.expect: "refused" is not an expected outcome — one of: allowed, denied\.$/),
    ]);
    for (const line of [message, ...problems]) expectEnglish(line);
    const vi = await runRuleTests(bad, { baseDir: RULES_DIR, fileName: 'xa.rules-test.yaml' }).catch((e: unknown) => e);
    expect((vi as RuleTestFileError).message).toMatch(/^xa\.rules-test\.yaml: tệp kiểm thử quy tắc không chạy được:/);
    expect((vi as RuleTestFileError).problems).toHaveLength(problems.length);
  });

  it('names a rule the pack does not have in English', async () => {
    const bad = TEST_FILE.replace('nhiem-vu-hang-nam-cung-cap: assignee', 'khong-co: assignee');
    const error = (await runRuleTests(bad, { baseDir: RULES_DIR, lang: 'en' }).catch((e: unknown) => e)) as RuleTestFileError;
    expect(error.problems[0]).toMatch(/^checks\[0\]\.failed\.khong-co: "khong-co" is not a rule of the rule pack "de-an-02-tuyen-quang"/);
    expectEnglish(error.message);
  });
});

describe(`a Popolo document’s problems on ${testDialect()}`, () => {
  it('are refused in both languages, nothing written', async () => {
    const store = await openFreshStore();
    try {
      const document = {
        sources: [{ id: 'nguon', kind: 'url', title: 'Nguồn' }],
        areas: [{ id: 'not-an-id', name: 'Thôn X', classification: 'thon', start_date: '2020-13-01', sources: [] }],
        posts: 'none',
      };
      const result = await importPopolo(store.db, document);
      if (result.ok) return expect.fail('refused');
      if (result.error.code !== 'POPOLO.INVALID_DOCUMENT') return expect.fail(result.error.code);
      const en = problemsIn(result.error.details, 'en');
      const vi = problemsIn(result.error.details, 'vi');
      expect(en.map((p) => p.split(':')[0])).toEqual(vi.map((p) => p.split(':')[0]));
      expect(en).toEqual(
        expect.arrayContaining([
          'posts: must be a list.',
          'sources[0].id: "nguon" is not a source id (src_…).',
          'areas[0].id: "not-an-id" is not a valid id (unit_…).',
          'areas[0].sources: every record must cite its source (at least one link).',
        ]),
      );
      for (const line of [...en, messageIn(result.error, 'en')]) expectEnglish(line, 'Nguồn', 'Thôn X');
      for (const line of vi) expect(line).toMatch(VIETNAMESE_LETTERS);
      expect(await store.db.selectFrom('source').select('id').execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
