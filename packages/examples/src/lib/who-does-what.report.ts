import {
  ASSIGNMENT_STATUS_LABELS,
  assignmentsInSubtree,
  getOrganization,
  getPerson,
  getPost,
  headsOf,
  holdersOf,
  responsibleFor,
  tasksOf,
  tasksOfPerson,
  unwrap,
  type AssigneeRef,
  type AssignmentView,
  type Db,
  type DirectiveId,
  type IsoDate,
  type PersonId,
  type ResponsibilityPath,
  type UnitId,
  type AssignmentStatus,
  type Lang,
} from '@mttq/core';
import { LANG } from './example-lang.js';

/** English names of the statuses, beside the core's Vietnamese ones. */
const STATUS_ENGLISH: { readonly [S in AssignmentStatus]: string } = {
  assigned: 'Assigned',
  registered: 'Registered',
  accepted: 'Accepted',
  inProgress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

const statusIn = (status: AssignmentStatus, lang: Lang) => (lang === 'en' ? STATUS_ENGLISH[status] : ASSIGNMENT_STATUS_LABELS[status]);

/** "Chủ tịch — Ủy ban MTTQ huyện Chiêm Hóa", "Hội LHPN huyện Chiêm Hóa", "Triệu Đức Long". */
export async function assigneeName(db: Db, ref: AssigneeRef): Promise<string> {
  switch (ref.kind) {
    case 'organization':
      return (await getOrganization(db, ref.id))?.name ?? ref.id;
    case 'post': {
      const post = await getPost(db, ref.id);
      const org = post && (await getOrganization(db, post.organizationId));
      return post && org ? `${post.title} — ${org.name}` : ref.id;
    }
    case 'person':
      return (await getPerson(db, ref.id))?.fullName ?? ref.id;
  }
}

/** The people answering for an assignee on a date: the person, the post's holders or the organization's heads. */
async function peopleFor(db: Db, ref: AssigneeRef, date: IsoDate): Promise<string[]> {
  switch (ref.kind) {
    case 'person':
      return [(await getPerson(db, ref.id))?.fullName ?? ref.id];
    case 'post':
      return (await holdersOf(db, ref.id, date)).map((h) => h.person.fullName);
    case 'organization':
      return (await headsOf(db, ref.id, date)).map((h) => `${h.person.fullName} (${h.post.title})`);
  }
}

function line(view: AssignmentView, lang: Lang): string {
  const en = lang === 'en';
  const { assignment, task, directive } = view;
  const symbol = directive.symbol?.raw ?? directive.title;
  const due = assignment.dueOn ? `, ${en ? 'due' : 'hạn'} ${assignment.dueOn}` : '';
  const overdue = view.overdue ? (en ? ' — OVERDUE' : ' — QUÁ HẠN') : '';
  const period = assignment.period.key === 'once' ? (en ? 'once' : 'một lần') : assignment.period.key;
  return `[${statusIn(view.statusOn, lang)}] ${task.title} (${symbol}; ${en ? 'period' : 'kỳ'} ${period}${due})${overdue}`;
}

function pathWords(path: ResponsibilityPath, lang: Lang): string {
  const en = lang === 'en';
  switch (path.kind) {
    case 'direct':
      return en ? 'assigned by name' : 'được giao trực tiếp';
    case 'post':
      return `${en ? 'through the post' : 'qua chức vụ'} ${path.held.post.title} — ${path.held.organization.name}`;
    case 'headOf':
      return `${en ? 'as head of' : 'là người đứng đầu'} ${path.held.organization.name} (${path.held.post.title})`;
  }
}

/** What a person carries on a date, and by which path each task reaches them. */
export async function personReport(db: Db, personId: PersonId, date: IsoDate, lang: Lang = LANG): Promise<string> {
  const en = lang === 'en';
  const person = await getPerson(db, personId);
  if (!person) return en ? `No person with the id ${personId}.` : `Không tìm thấy người có mã ${personId}.`;
  const tasks = await tasksOfPerson(db, personId, date);
  const lines = [`${person.fullName} — ${en ? 'tasks on' : 'nhiệm vụ ngày'} ${date}: ${tasks.length}`];
  for (const { view, paths } of tasks) {
    lines.push(`  • ${line(view, lang)}`);
    lines.push(`      ${paths.map((p) => pathWords(p, lang)).join('; ')}`);
  }
  return lines.join('\n');
}

/** Every assignment in a unit's subtree on a date, each with its assignee and the people answering for it. */
export async function unitReport(db: Db, unitId: UnitId, unitName: string, date: IsoDate, lang: Lang = LANG): Promise<string> {
  const en = lang === 'en';
  const views: AssignmentView[] = [];
  let after: string | undefined;
  do {
    const page = unwrap(await assignmentsInSubtree(db, unitId, date, {}, { first: 500, ...(after && { after }) }));
    views.push(...page.items);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
  } while (after);
  const overdue = views.filter((v) => v.overdue).length;
  const lines = [
    en
      ? `${unitName} — ${views.length} assignments in force on ${date}, ${overdue} overdue`
      : `${unitName} — ${views.length} việc được giao đến ngày ${date}, ${overdue} quá hạn`,
  ];
  const nobody = en ? ' → nobody answers for it in the data' : ' → chưa có người phụ trách trong dữ liệu';
  for (const view of views) {
    const assignee = await assigneeName(db, view.assignment.assignee);
    const people = await peopleFor(db, view.assignment.assignee, date);
    lines.push(`  • ${line(view, lang)}`);
    lines.push(`      ${en ? 'assigned to' : 'giao cho'}: ${assignee}${people.length > 0 ? ` → ${people.join(', ')}` : nobody}`);
  }
  return lines.join('\n');
}

/** The tasks of a directive and who answers for each of them on a date. */
export async function directiveReport(db: Db, directiveId: DirectiveId, title: string, date: IsoDate, lang: Lang = LANG): Promise<string> {
  const en = lang === 'en';
  const lines = [`${title} — ${en ? 'on' : 'ngày'} ${date}`];
  for (const task of await tasksOf(db, directiveId)) {
    const responsible = await responsibleFor(db, task.id, date);
    lines.push(`  ■ ${task.title}: ${responsible.length} ${en ? 'assignments in force' : 'việc đang có hiệu lực'}`);
    for (const r of responsible) {
      const people = r.people.map((p) => `${p.person.fullName} (${pathWords(p.path, lang)})`);
      const overdue = r.view.overdue ? (en ? ', OVERDUE' : ', QUÁ HẠN') : '';
      lines.push(
        `      - ${await assigneeName(db, r.view.assignment.assignee)} [${statusIn(r.view.statusOn, lang)}${overdue}]${people.length > 0 ? `: ${people.join('; ')}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
