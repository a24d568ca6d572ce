import {
  officeHoldersOf,
  organizationsAt,
  postsOf,
  descendantsOn,
  getUnit,
  type Db,
  type IsoDate,
  type Lang,
  type UnitId,
} from '@mttq/core';
import { LANG } from './example-lang.js';

const noUnit = (unitId: UnitId, lang: Lang) => new Error(lang === 'en' ? `No unit ${unitId}` : `Không tìm thấy đơn vị ${unitId}`);

/** A box of the chart: a unit, an organization or a post with its holders, as lines of text. */
export interface ChartNode {
  readonly id: string;
  readonly kind: 'unit' | 'organization' | 'post';
  readonly lines: readonly string[];
}

/** A chart to lay out: boxes and the links from a parent box to a child box. */
export interface Chart {
  readonly title: string;
  readonly nodes: readonly ChartNode[];
  readonly edges: readonly { readonly from: string; readonly to: string }[];
}

/**
 * The organizations at a unit on a date, their sub-bodies, and their posts that are held or head them,
 * with who holds them.
 */
export async function unitOrganizationChart(db: Db, unitId: UnitId, date: IsoDate, lang: Lang = LANG): Promise<Chart> {
  const en = lang === 'en';
  const unit = await getUnit(db, unitId);
  if (!unit) throw noUnit(unitId, lang);
  const nodes: ChartNode[] = [{ id: unit.id, kind: 'unit', lines: [unit.fullName, `${en ? 'on' : 'ngày'} ${date}`] }];
  const edges: { from: string; to: string }[] = [];
  const orgs = await organizationsAt(db, unit.id, date);
  const here = new Set(orgs.map((o) => o.id as string));
  for (const org of orgs) {
    nodes.push({ id: org.id, kind: 'organization', lines: [org.name] });
    edges.push({ from: org.parentId && here.has(org.parentId) ? org.parentId : unit.id, to: org.id });
    const holders = await officeHoldersOf(db, org.id, date);
    for (const post of await postsOf(db, org.id, date)) {
      const held = holders.filter((h) => h.post.id === post.id).map((h) => h.person.fullName);
      if (held.length === 0 && !post.heads) continue;
      nodes.push({
        id: post.id,
        kind: 'post',
        lines: [post.title, ...(held.length > 0 ? held : [en ? '(no data)' : '(chưa có dữ liệu)'])],
      });
      edges.push({ from: org.id, to: post.id });
    }
  }
  return { title: en ? `Organizations at ${unit.fullName} on ${date}` : `Tổ chức tại ${unit.fullName} ngày ${date}`, nodes, edges };
}

/** The units under a unit on a date, down to `maxDepth` levels. */
export async function unitSubtreeChart(db: Db, unitId: UnitId, date: IsoDate, maxDepth = 2, lang: Lang = LANG): Promise<Chart> {
  const unit = await getUnit(db, unitId);
  if (!unit) throw noUnit(unitId, lang);
  const below = await descendantsOn(db, unitId, date, { maxDepth });
  return {
    title: `${unit.fullName} ${lang === 'en' ? 'on' : 'ngày'} ${date}`,
    nodes: [unit, ...below.map((d) => d.unit)].map((u) => ({
      id: u.id,
      kind: 'unit' as const,
      lines: [u.fullName, ...(u.code ? [u.code] : [])],
    })),
    edges: below.map((d) => ({ from: d.parentId, to: d.unit.id })),
  };
}
