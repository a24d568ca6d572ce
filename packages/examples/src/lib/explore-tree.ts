import {
  LEVEL_LABELS,
  messageIn,
  ORGANIZATION_TYPES,
  findUnitByCode,
  headsOf,
  organizationsAt,
  unitTreeOn,
  type Db,
  type IsoDate,
  type OrganizationType,
  type UnitTreeNode,
  type Lang,
  type Level,
} from '@mttq/core';
import { LANG } from './example-lang.js';

/** The organizations shown for each unit, in this order, with the short names a Front office uses. */
export const SHOWN_TYPES: Readonly<Partial<Record<OrganizationType, string>>> = {
  frontCommittee: 'Ủy ban MTTQ',
  frontWorkBoard: 'Ban Công tác Mặt trận',
  farmersUnion: 'Hội Nông dân',
  farmersUnionBranch: 'Chi hội Nông dân',
  womensUnion: 'Hội LHPN',
  womensUnionBranch: 'Chi hội Phụ nữ',
  youthUnion: 'Đoàn Thanh niên',
  youthUnionBranch: 'Chi đoàn',
  veteransAssociation: 'Hội CCB',
  veteransAssociationBranch: 'Chi hội CCB',
  labourFederation: 'LĐLĐ',
};
/** English names of the levels, beside the core's Vietnamese `LEVEL_LABELS`. */
const LEVEL_ENGLISH: { readonly [L in Level]: string } = {
  province: 'province level',
  district: 'district level',
  commune: 'commune level',
  residentialArea: 'residential area',
};
const TYPE_ORDER = Object.keys(SHOWN_TYPES) as OrganizationType[];

/**
 * The hierarchy of a province on a date as indented text: each unit with its Front and organizations and
 * who heads them that day.
 *
 * @example
 * console.log(await exploreProvince(db, '08', isoDate('2022-01-01'), { maxDepth: 2 }));
 */
export async function exploreProvince(
  db: Db,
  provinceCode: string,
  date: IsoDate,
  options: { readonly maxDepth?: number; readonly withOrganizations?: boolean; readonly lang?: Lang } = {},
): Promise<string> {
  const lang = options.lang ?? LANG;
  const province = await findUnitByCode(db, provinceCode, date);
  if (!province.ok) return messageIn(province.error, lang);
  const tree = await unitTreeOn(db, province.value.id, date, options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth });
  const lines: string[] = [`${province.value.fullName} — ${lang === 'en' ? 'on' : 'ngày'} ${date}`];
  const levels = lang === 'en' ? LEVEL_ENGLISH : LEVEL_LABELS;
  const walk = async (node: UnitTreeNode, indent: string, last: boolean, root: boolean): Promise<void> => {
    const { unit } = node;
    const branch = root ? '' : `${indent}${last ? '└─ ' : '├─ '}`;
    const childIndent = root ? '' : `${indent}${last ? '   ' : '│  '}`;
    lines.push(`${branch}${unit.fullName}${unit.code ? ` [${unit.code}]` : ''} (${levels[unit.level]})`);
    if (options.withOrganizations !== false) {
      const orgs = (await organizationsAt(db, unit.id, date, { types: TYPE_ORDER })).sort(
        (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type),
      );
      const parts: string[] = [];
      for (const org of orgs) {
        const heads = await headsOf(db, org.id, date);
        const who = heads.map((h) => `${h.post.title} ${h.person.fullName}`).join(', ');
        const type = lang === 'en' ? ORGANIZATION_TYPES[org.type].english : SHOWN_TYPES[org.type]!;
        parts.push(who ? `${type} (${who})` : type);
      }
      if (parts.length > 0) lines.push(`${childIndent}${node.children.length > 0 ? '│  ' : '   '}  ${parts.join(' · ')}`);
    }
    for (const [i, child] of node.children.entries()) await walk(child, childIndent, i === node.children.length - 1, false);
  };
  await walk(tree!, '', true, true);
  return lines.join('\n');
}
