import { addDays, UNIT_KINDS } from '@mttq/core';
import { LevelEnum } from './catalog/level.enum.js';
import { OrganizationTypeEnum } from './catalog/organization-type.enum.js';
import { UnitKindEnum } from './catalog/unit-kind.enum.js';
import { OrganizationConnection, UnitConnection } from './connections.js';
import { LineageStepType } from './lineage-step.js';
import { ParentChangeType } from './parent-change.js';
import { OrganizationNode, SourceNode, UnitNode } from './refs.js';
import { REFORM_DATE } from './shared/args.js';
import { allAt, maybeAt } from './shared/at.js';
import { connectionComplexity, pageAt } from './shared/connection.js';
import { DateScalar } from './shared/scalars.js';
import { sourceOf } from './shared/source-of.js';
import { ValidityType } from './validity.js';

UnitNode.implement({
  description:
    'An administrative unit (tỉnh, huyện, xã…) or residential area (thôn, tổ dân phố), seen on a date (asOf). Its relations (parent, children, organizations) are those of that date.',
  fields: (t) => ({
    asOf: t.field({
      type: DateScalar,
      description: 'The date this unit is seen on; every relation below is read on it.',
      resolve: (u) => u.asOf,
    }),
    code: t.exposeString('code', {
      nullable: true,
      description: 'Official code (2 digits province, 3 district, 5 commune); names a unit only together with a date.',
    }),
    kind: t.field({ type: UnitKindEnum, resolve: (u) => u.kind }),
    kindLabel: t.string({ description: 'The kind as written in law: "huyện", "thị trấn".', resolve: (u) => UNIT_KINDS[u.kind].label }),
    level: t.field({ type: LevelEnum, resolve: (u) => u.level }),
    name: t.exposeString('name', { description: 'The name without its kind: "Chiêm Hóa".' }),
    fullName: t.exposeString('fullName', { description: 'The name with its kind: "Huyện Chiêm Hóa".' }),
    validity: t.field({ type: ValidityType, resolve: (u) => u.validity }),
    source: t.field({ type: SourceNode, nullable: true, resolve: sourceOf }),
    parent: t.field({
      type: UnitNode,
      nullable: true,
      description: 'The unit directly above on the date, if any.',
      resolve: async (u, _args, ctx) => maybeAt(await ctx.loaders.parentOf.load({ id: u.id, date: u.asOf }), u.asOf),
    }),
    ancestors: t.field({
      type: [UnitNode],
      description: 'The units above on the date, province first (at most three).',
      resolve: async (u, _args, ctx) => allAt(await ctx.loaders.ancestorsOf.load({ id: u.id, date: u.asOf }), u.asOf),
    }),
    successors: t.field({
      type: [LineageStepType],
      description: 'The units this one was merged into at a reorganization (Xã Xuân Quang → Xã Chiêm Hóa on 2025-07-01).',
      complexity: { field: 1, multiplier: 5 },
      resolve: async (u, _args, ctx) =>
        (await ctx.loaders.successorsOf.load(u.id)).map((step) => ({ step, direction: 'successor' as const })),
    }),
    predecessors: t.field({
      type: [LineageStepType],
      description: 'The units this one was formed from (Xã Chiêm Hóa ← Thị trấn Vĩnh Lộc, Xuân Quang, Phúc Thịnh, Ngọc Hội, Trung Hòa).',
      complexity: { field: 1, multiplier: 10 },
      resolve: async (u, _args, ctx) =>
        (await ctx.loaders.predecessorsOf.load(u.id)).map((step) => ({ step, direction: 'predecessor' as const })),
    }),
    becameOn: t.field({
      type: [UnitNode],
      description:
        'What this unit had become by a date: the units in force then that carry it on, through as many reorganizations as needed (itself while in force). A district answers through its communes: Huyện Chiêm Hóa became the ten communes formed from its 24. [] for an ended unit with no recorded successor, or a date before the unit began.',
      args: {
        asOf: t.arg({
          type: DateScalar,
          description: 'The date the answer is in force on (YYYY-MM-DD); default: today in Vietnam. The units are seen on it.',
        }),
      },
      complexity: { field: 1, multiplier: 10 },
      resolve: async (u, args, ctx) => {
        const date = args.asOf ?? ctx.today;
        return allAt(await ctx.loaders.becameOf.load({ id: u.id, date }), date);
      },
    }),
    formedFrom: t.field({
      type: [UnitNode],
      description:
        'The units this one was formed from, in force on a date before it began, following the lineage back (Xã Chiêm Hóa ← Thị trấn Vĩnh Lộc, Xã Xuân Quang, Xã Phúc Thịnh, Xã Ngọc Hội, Xã Trung Hòa). Itself when it is in force on the date; [] when it has no recorded predecessors.',
      args: {
        asOf: t.arg({
          type: DateScalar,
          description:
            'The date the answer is in force on (YYYY-MM-DD); default: the day before this unit began. The units are seen on it.',
        }),
      },
      complexity: { field: 1, multiplier: 10 },
      resolve: async (u, args, ctx) => {
        const date = args.asOf ?? (u.validity.validFrom === null ? null : addDays(u.validity.validFrom, -1));
        return date === null ? [] : allAt(await ctx.loaders.formedFrom.load({ id: u.id, date }), date);
      },
    }),
    parentsAcrossReform: t.field({
      type: ParentChangeType,
      description:
        'The parent on the day before a date and on the date, and whether the move follows the lineage of the parents: a residential area’s commune before and after the 2025 reform (Thôn Minh Họa 3: Xã Xuân Quang → Xã Chiêm Hóa).',
      args: {
        date: t.arg({
          type: DateScalar,
          required: true,
          defaultValue: REFORM_DATE,
          description: 'The first day of the new parent (default: 2025-07-01, the reform).',
        }),
      },
      resolve: async (u, args, ctx) => ({ ...(await ctx.loaders.parentChangeOf.load({ id: u.id, date: args.date })), date: args.date }),
    }),
    children: t.connection(
      {
        type: UnitNode,
        description: 'The units directly below on the date, by code then name.',
        args: { level: t.arg({ type: LevelEnum, description: 'Only children of this level.' }) },
        complexity: connectionComplexity,
        resolve: async (u, args, ctx) => {
          const children = await ctx.loaders.childrenOf.load({ id: u.id, date: u.asOf });
          return pageAt(args, args.level ? children.filter((c) => c.level === args.level) : children, u.asOf);
        },
      },
      UnitConnection,
    ),
    organizations: t.connection(
      {
        type: OrganizationNode,
        description: 'The organizations at this unit on the date, optionally of some types only.',
        args: { types: t.arg({ type: [OrganizationTypeEnum], description: 'Only organizations of these types.' }) },
        complexity: connectionComplexity,
        resolve: async (u, args, ctx) => {
          const all = await ctx.loaders.organizationsAt.load({ id: u.id, date: u.asOf });
          const types = args.types;
          return pageAt(args, types && types.length > 0 ? all.filter((o) => types.includes(o.type)) : all, u.asOf);
        },
      },
      OrganizationConnection,
    ),
  }),
});
