import { describe, expect, it } from 'vitest';
import { isoDate, VIETNAMESE_LETTERS } from '@mttq/core';
import { exploreProvince } from '../src/lib/explore-tree.js';
import { directiveReport, personReport, unitReport } from '../src/lib/who-does-what.report.js';
import { COMMUNE_RULE_PACK } from '../src/lib/commune-rule-pack.js';
import { runRulesDemo } from '../src/lib/rules-demo.js';
import { exampleStore } from './fixtures.js';

describe('explore: a province as a tree on a date', () => {
  it('shows Chiêm Hóa as a district with its chair in 2022, and no district level in 2026', async () => {
    const { db } = await exampleStore();
    const before = await exploreProvince(db, '08', isoDate('2022-01-01'), { maxDepth: 2 });
    expect(before).toContain('Huyện Chiêm Hóa [073] (cấp huyện)');
    expect(before).toContain('Ủy ban MTTQ (Chủ tịch Triệu Đức Long)');
    expect(before).toContain('Thị trấn Vĩnh Lộc [02287] (cấp xã)');
    const after = await exploreProvince(db, '08', isoDate('2026-01-01'));
    expect(after).not.toContain('cấp huyện');
    expect(after).toContain('Xã Chiêm Hóa [02287] (cấp xã)');
    expect(after).toContain('Tổ dân phố Minh Họa 1 (khu dân cư)');
  });
});

describe('who does what', () => {
  it('reports a person’s tasks with the path by which each reaches them', async () => {
    const { db, ids } = await exampleStore();
    const report = await personReport(db, ids.people.trieuDucLong, isoDate('2023-06-01'));
    expect(report).toContain('Triệu Đức Long — nhiệm vụ ngày 2023-06-01: 3');
    expect(report).toContain('qua chức vụ Chủ tịch — Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa');
    expect(report).toContain('là người đứng đầu Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa (Chủ tịch)');
  });

  it('reports a unit’s assignments with overdue work', async () => {
    const { db, ids } = await exampleStore();
    const report = await unitReport(db, ids.units.chiemHoaDistrict, 'Huyện Chiêm Hóa', isoDate('2024-07-01'));
    expect(report).toMatch(/^Huyện Chiêm Hóa — \d+ việc được giao đến ngày 2024-07-01, 1 quá hạn/);
    expect(report).toContain('QUÁ HẠN');
  });

  it('reports a directive’s tasks and who answers for them', async () => {
    const { db, ids } = await exampleStore();
    const report = await directiveReport(db, ids.directives.project02, '02-ĐA/TU', isoDate('2023-06-01'));
    expect(report).toContain('■ Việc đột phá, đổi mới nâng cao vai trò người đứng đầu: 3 việc đang có hiệu lực');
    expect(report).toContain('Triệu Đức Long (qua chức vụ Chủ tịch — Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa)');
  });
});

describe('a commune’s own rule pack', () => {
  it('allows the commune’s yearly task and its cadre at its village, refuses the rest, explaining why', async () => {
    const { db } = await exampleStore();
    const out = await runRulesDemo(db, COMMUNE_RULE_PACK);
    expect(out.match(/→ ĐƯỢC/g)).toHaveLength(2);
    expect(out.match(/→ KHÔNG/g)).toHaveLength(2);
    expect(out).toContain('✗ can-bo-ve-khu-dan-cu (place)');
    expect(out).toContain('✗ dot-pha-nguoi-dung-dau (assignee)');
  });
});

describe('the reports in English', () => {
  it('write their own words in English and keep the stored names', async () => {
    const { db, ids } = await exampleStore();
    const tree = await exploreProvince(db, '08', isoDate('2022-01-01'), { maxDepth: 2, lang: 'en' });
    expect(tree).toContain('Tỉnh Tuyên Quang — on 2022-01-01');
    expect(tree).toContain('Huyện Chiêm Hóa [073] (district level)');
    expect(tree).toContain('Front committee (Chủ tịch Triệu Đức Long)');
    expect(tree).not.toContain('cấp huyện');
    expect(await exploreProvince(db, '99', isoDate('2022-01-01'), { lang: 'en' })).not.toMatch(VIETNAMESE_LETTERS);

    const person = await personReport(db, ids.people.trieuDucLong, isoDate('2023-06-01'), 'en');
    expect(person).toContain('Triệu Đức Long — tasks on 2023-06-01: 3');
    expect(person).toContain('through the post Chủ tịch — Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa');
    expect(person).toContain('as head of Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa (Chủ tịch)');
    expect(person).not.toMatch(/nhiệm vụ ngày|qua chức vụ|là người đứng đầu|Đang thực hiện/);

    const unit = await unitReport(db, ids.units.chiemHoaDistrict, 'Huyện Chiêm Hóa', isoDate('2024-07-01'), 'en');
    expect(unit).toMatch(/^Huyện Chiêm Hóa — \d+ assignments in force on 2024-07-01, 1 overdue/);
    expect(unit).toContain('OVERDUE');
    expect(unit).not.toMatch(/QUÁ HẠN|giao cho|việc được giao/);

    const rules = await runRulesDemo(db, COMMUNE_RULE_PACK, 'en');
    expect(rules).toContain('→ YES');
    expect(rules).toContain('→ NO');
    expect(rules).not.toMatch(/ĐƯỢC|KHÔNG|Thường trực/);
  });
});
