import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { DEFAULT_RULE_PACK } from '../src/index.js';
import { parseRulePack } from '../src/rule/rule-pack.parse.js';
import { parseRuleTestText } from '../src/rule/rule-test-file.js';
import { RuleTestFileError, runRuleTests, type RuleTestReport } from '../src/rule/rule-test.run.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'rules');
const RULE_TEST_FILES = readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.rules-test.yaml'))
  .sort();

// Vitest registers tests synchronously: the files are read and parsed now, and run in `beforeAll`.
describe.each(RULE_TEST_FILES)('rule test file %s', (file) => {
  const path = join(RULES_DIR, file);
  const text = readFileSync(path, 'utf8');
  const parsed = parseRuleTestText(text);
  if (!parsed.ok) {
    it('is a valid rule test file', () => expect.fail(parsed.error.message));
    return;
  }
  let report: RuleTestReport;
  beforeAll(async () => {
    report = await runRuleTests(text, { baseDir: dirname(path), fileName: relative(process.cwd(), path) });
  });
  // A plain loop rather than `it.each('$name')`, which would cut long Vietnamese names short.
  parsed.value.checks.forEach((check, index) => {
    it(check.name, () => {
      const result = report.results[index]!;
      expect(result.problems, result.explanation).toEqual([]);
      expect(result.passed).toBe(true);
    });
  });
});

describe('the default pack test file', () => {
  it('has an allowed and a denied check for every rule of the default pack', () => {
    const parsed = parseRuleTestText(readFileSync(join(RULES_DIR, 'default-pack.rules-test.yaml'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const checks = parsed.value.checks;
    for (const rule of DEFAULT_RULE_PACK.rules) {
      expect(
        checks.some((c) => c.expect === 'allowed' && c.rule === rule.id),
        `${rule.id}: allowed`,
      ).toBe(true);
      expect(
        checks.some((c) => c.expect === 'denied' && c.failed?.[rule.id]),
        `${rule.id}: denied`,
      ).toBe(true);
    }
  });
});

describe('reading a rule pack written by a province', () => {
  it('reports a misspelled organization type with its path', () => {
    const pack = JSON.parse(JSON.stringify(DEFAULT_RULE_PACK));
    pack.rules[2].assignees[0].holding.organizationTypes[0] = 'womenUnion';
    pack.rules[1].assignees[0].organizationTypes[2] = 'womenUnion';
    const result = parseRulePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('RULE_PACK.INVALID');
    expect(result.error.details?.problems).toEqual([
      'rules[1].assignees[0].organizationTypes[2]: "womenUnion" không phải loại tổ chức (có phải "womensUnion"?).',
      'rules[2].assignees[0].holding.organizationTypes[0]: "womenUnion" không phải loại tổ chức (có phải "womensUnion"?).',
    ]);
  });

  it('reads the default pack back from JSON unchanged', () => {
    const result = parseRulePack(JSON.parse(JSON.stringify(DEFAULT_RULE_PACK)));
    expect(result).toStrictEqual({ ok: true, value: DEFAULT_RULE_PACK });
  });

  it('reads the example commune pack', () => {
    const result = parseRulePack(JSON.parse(readFileSync(join(RULES_DIR, 'example-commune-pack.json'), 'utf8')));
    expect(result.ok && result.value.rules.map((r) => r.id)).toEqual([
      'ban-thuong-truc-giao-ban-cong-tac-mat-tran',
      'chu-tich-phan-cong-can-bo-phu-trach-khu-dan-cu',
      'truong-ban-cong-tac-mat-tran-giao-chi-hoi',
    ]);
  });

  it('reports unknown fields, repeated ids, impossible dates and unknown levels, task kinds and relations', () => {
    const pack = JSON.parse(JSON.stringify(DEFAULT_RULE_PACK));
    pack.rules[0].plase = { required: true, relation: 'withinAssignerSubtree' };
    pack.rules[1].id = pack.rules[0].id;
    pack.rules[9].validity.validTo = '2025-02-30';
    pack.rules[3].assigner.levels = ['huyen'];
    pack.rules[4].taskKinds = ['reviewMeeting', 'meeting'];
    pack.rules[5].relation = 'parentUnit';
    const result = parseRulePack(pack);
    expect(result.ok ? [] : result.error.details?.problems).toEqual([
      expect.stringMatching(/^rules\[0\]\.plase: trường không được biết \(có phải "place"\?\)/),
      'rules[3].assigner.levels[0]: "huyen" không phải cấp.',
      'rules[4].taskKinds[1]: "meeting" không phải loại nhiệm vụ.',
      expect.stringMatching(/^rules\[5\]\.relation: "parentUnit" không phải quan hệ đơn vị — một trong: sameUnit/),
      'rules[9].validity.validTo: "2025-02-30" không phải ngày hợp lệ (YYYY-MM-DD).',
      'rules[1].id: "nhiem-vu-hang-nam-cung-cap" trùng với rules[0].id.',
    ]);
  });

  it.each<[unknown]>([
    [null],
    [42],
    ['default'],
    [[]],
    [{ id: 'x', name: 'y', rules: 'none' }],
    [{ id: 'x', name: 'y', rules: [null, 1, { assigner: [] }] }],
  ])('never throws on bad input: %j', (value) => {
    const result = parseRulePack(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.details?.problems.length).toBeGreaterThan(0);
  });
});

const EMPTY_WITH_FIXTURES = `
name: Một xã giả định, từ bộ dữ liệu rỗng
pack: default
dataset: empty
fixtures:
  units:
    - { id: unit_gia-dinh-tinh, kind: tinh, name: Giả Định, code: "99", from: 2026-01-01 }
    - { id: unit_gia-dinh-xa, kind: xa, name: Giả Định, from: 2026-01-01, parents: [{ unit: unit_gia-dinh-tinh }] }
  organizations:
    - { id: org_gia-dinh-xa.partyCommittee, type: partyCommittee, unit: unit_gia-dinh-xa }
    - { id: org_gia-dinh-xa.partyStandingMembers, type: partyStandingMembers, unit: unit_gia-dinh-xa, parent: org_gia-dinh-xa.partyCommittee }
    - { id: org_gia-dinh-xa.womensUnion, type: womensUnion, unit: unit_gia-dinh-xa, posts: [chair, viceChair] }
  people:
    - { id: person_gia-dinh, fullName: Người Giả Định, holds: [{ post: post_gia-dinh-xa.womensUnion.viceChair, from: 2026-01-01 }] }
checks:
  - name: Thường trực Đảng ủy xã giao việc đột phá cho Chủ tịch Hội Phụ nữ xã
    date: 2026-02-01
    taskKind: breakthrough
    assigner: { organization: org_gia-dinh-xa.partyStandingMembers }
    assignee: { post: post_gia-dinh-xa.womensUnion.chair }
    expect: allowed
    rule: viec-dot-pha-cho-nguoi-dung-dau
  - name: Phó Chủ tịch Hội Phụ nữ xã không nhận việc đột phá
    date: 2026-02-01
    taskKind: breakthrough
    assigner: { organization: org_gia-dinh-xa.partyStandingMembers }
    assignee: { person: person_gia-dinh }
    expect: allowed
`;

describe('running rule tests', () => {
  it('writes fixtures on an empty store and reports a failing check with its explanation', async () => {
    const report = await runRuleTests(EMPTY_WITH_FIXTURES, { baseDir: RULES_DIR });
    expect(report.results.map((r) => [r.actual, r.passed])).toEqual([
      ['allowed', true],
      ['denied', false],
    ]);
    expect(report.results[1]!.problems).toEqual(['Mong đợi được phép, nhưng bị từ chối.']);
    expect(report.results[1]!.explanation).toContain('✗ viec-dot-pha-cho-nguoi-dung-dau (assignee)');
  });

  it('names the file and the field of a bad test file', async () => {
    const bad = EMPTY_WITH_FIXTURES.replace('taskKind: breakthrough', 'taskKind: breaktrough');
    const run = runRuleTests(bad, { baseDir: RULES_DIR, fileName: 'xa-gia-dinh.rules-test.yaml' });
    await expect(run).rejects.toThrow(RuleTestFileError);
    await expect(run).rejects.toThrow(
      /^xa-gia-dinh\.rules-test\.yaml: [^]*checks\[0\]\.taskKind: "breaktrough" không phải loại nhiệm vụ \(có phải "breakthrough"\?\)/,
    );
  });

  it('refuses a check that names a rule the pack does not have', async () => {
    const bad = EMPTY_WITH_FIXTURES.replace('rule: viec-dot-pha-cho-nguoi-dung-dau', 'rule: viec-dot-pha');
    await expect(runRuleTests(bad, { baseDir: RULES_DIR })).rejects.toThrow(
      /checks\[0\]\.rule: "viec-dot-pha" không phải quy tắc của bộ quy tắc "de-an-02-tuyen-quang"/,
    );
  });

  it('names the pack file and the field when the pack a test file uses is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-test-'));
    const pack = JSON.parse(JSON.stringify(DEFAULT_RULE_PACK));
    pack.rules[0].assigner.organizationTypes = ['partyStandingMember'];
    writeFileSync(join(dir, 'tinh.yaml'), stringifyYaml(pack));
    try {
      const run = runRuleTests(EMPTY_WITH_FIXTURES.replace('pack: default', 'pack: tinh.yaml'), { baseDir: dir });
      await expect(run).rejects.toThrow(
        /tinh\.yaml: [^]*rules\[0\]\.assigner\.organizationTypes\[0\]: "partyStandingMember" không phải loại tổ chức/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the fixture the store refuses', async () => {
    const bad = EMPTY_WITH_FIXTURES.replace(
      'post_gia-dinh-xa.womensUnion.viceChair, from: 2026-01-01',
      'post_gia-dinh-xa.womensUnion.viceChair, from: 2025-01-01',
    );
    await expect(runRuleTests(bad, { baseDir: RULES_DIR })).rejects.toThrow(/fixtures\.people\[0\]\.holds\[0\]: HOLDING\./);
  });
});
