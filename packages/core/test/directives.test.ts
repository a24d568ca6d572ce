import { describe, expect, it } from 'vitest';
import {
  createDirective,
  createTask,
  directivesOf,
  findDirectivesBySymbol,
  isoDate,
  periodsOf,
  tasksOf,
  validity,
  type SourceId,
} from '../src/index.js';
import { exampleStore, tableCounts } from './fixtures.js';

describe('directives and tasks', () => {
  it('finds Project 02 by its symbol as written, with its parts and its issuer', async () => {
    const { db } = await exampleStore();
    for (const written of ['02-ĐA/TU', 'Số 02-ĐA/TU', '02-ĐA/TU'.normalize('NFD')]) {
      const [project] = await findDirectivesBySymbol(db, written);
      expect(project?.kind, written).toBe('project');
      expect(project?.symbol).toMatchObject({ number: '02', typeAbbreviation: 'ĐA', issuerAbbreviation: 'TU' });
      expect(project?.issuedOn).toBe('2021-05-23');
      expect(project?.parties).toEqual([{ organizationId: 'org_08-until-2025.partyStandingCommittee', role: 'issuer' }]);
    }
  });

  it('holds the eight coordination programs the Chiêm Hóa Front signed since 2021, three of them named', async () => {
    const { db, ids } = await exampleStore();
    const programs = (await directivesOf(db, ids.organizations.chiemHoaFrontCommittee)).filter((d) => d.kind === 'coordinationProgram');
    expect(programs).toHaveLength(8);
    expect(programs.every((p) => p.parties.some((party) => party.role === 'signatory'))).toBe(true);
    const titles = programs.map((p) => p.title).join('\n');
    expect(titles).toContain('Chiêm Hóa chung tay xử lý rác thải và chống rác thải nhựa');
    expect(titles).toContain('bê tông hóa đường giao thông nông thôn');
    expect(titles).toContain('Đề án phát triển du lịch huyện Chiêm Hóa');
  });

  it('links the coordination regulation 2021–2025 to Project 02, which it carries out', async () => {
    const { db } = await exampleStore();
    const [project] = await findDirectivesBySymbol(db, '02-ĐA/TU');
    const tasks = await tasksOf(db, project!.id);
    expect(tasks.map((t) => t.kind).sort()).toEqual(['breakthrough', 'regular', 'reviewMeeting', 'yearly']);
    const quarterly = tasks.find((t) => t.kind === 'reviewMeeting')!;
    expect(periodsOf(quarterly.recurrence, validity(isoDate('2023-01-01'), isoDate('2024-01-01'))).map((p) => p.label)).toEqual([
      'Quý I/2023',
      'Quý II/2023',
      'Quý III/2023',
      'Quý IV/2023',
    ]);
  });

  it('refuses a directive with no issuer and a task outliving its directive, writing nothing', async () => {
    const { db } = await exampleStore();
    const before = await tableCounts(db);
    const orphan = await createDirective(db, {
      kind: 'plan',
      symbol: '35-KH/MTTQ-BTT',
      title: 'Kế hoạch minh họa',
      sourceId: 'src_minh-hoa' as SourceId,
    });
    expect(!orphan.ok && orphan.error.code).toBe('DIRECTIVE.NO_ISSUER');
    const late = await createTask(db, {
      directiveId: 'dir_quy-che-phoi-hop-tinh-2021-2025' as never,
      kind: 'coordination',
      recurrence: 'yearly',
      title: 'Nhiệm vụ quá hạn quy chế',
      validity: validity(isoDate('2021-01-01'), isoDate('2027-01-01')),
      sourceId: 'src_minh-hoa' as SourceId,
    });
    expect(!late.ok && late.error.code).toBe('TASK.OUTSIDE_DIRECTIVE_VALIDITY');
    expect(await tableCounts(db)).toEqual(before);
  });
});
