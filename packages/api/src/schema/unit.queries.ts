import { addDays, findUnitByCode, searchUnitsPage, unitsEverCoded, unitsOfLevelOn, type IsoDate, type Unit } from '@mttq/core';
import { orThrow } from '../errors/api-error.js';
import { builder } from './builder.js';
import { LevelEnum } from './catalog/level.enum.js';
import { UnitConnection } from './connections.js';
import { UnitNode } from './refs.js';
import { AS_OF, dateOf } from './shared/args.js';
import { allAt, at, maybeAt } from './shared/at.js';
import { connectionComplexity, pageOf } from './shared/connection.js';
import { forwardPage, keysetConnection } from './shared/keyset-connection.js';
import { DateScalar } from './shared/scalars.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

builder.queryFields((t) => ({
  unit: t.field({
    type: UnitNode,
    nullable: true,
    description: 'A unit by global id, seen on a date.',
    args: { id: t.arg.globalID({ for: UnitNode, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    resolve: async (_root, args, ctx) => maybeAt(await ctx.loaders.unit.load(args.id.id), dateOf(args, ctx)),
  }),
  unitByCode: t.field({
    type: UnitNode,
    description:
      'The unit that bears an official code on a date: "073" is Huyện Chiêm Hóa until 2025-06-30; "02287" is Xã Chiêm Hóa from 2025-07-01.',
    args: { code: t.arg.string({ required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
    errors: { directResult: true },
    resolve: async (_root, args, ctx) => at(orThrow(await findUnitByCode(ctx.db, args.code, dateOf(args, ctx))), dateOf(args, ctx)),
  }),
  units: t.connection(
    {
      type: UnitNode,
      description: 'The units of a level on a date (the provinces: the roots of the unit tree), by code then name.',
      args: { level: t.arg({ type: LevelEnum, required: true }), asOf: t.arg({ type: DateScalar, description: AS_OF }) },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) =>
        pageOf(args, allAt(await unitsOfLevelOn(ctx.db, args.level, dateOf(args, ctx)), dateOf(args, ctx))),
    },
    UnitConnection,
  ),
  unitsEverCoded: t.field({
    type: [UnitNode],
    description: 'Every unit that has ever borne a code, oldest first; each is seen on its last day, or today when still in force.',
    args: { code: t.arg.string({ required: true }) },
    complexity: { field: 1, multiplier: 5 },
    resolve: async (_root, args, ctx) => (await unitsEverCoded(ctx.db, args.code)).map((u) => at(u, lastDayOrToday(u, ctx.today))),
  }),
  searchUnits: t.connection(
    {
      type: UnitNode,
      description:
        'Units whose name contains the query, ignoring diacritics and case ("chiem hoa" finds "Huyện Chiêm Hóa"), existing on the date; with under, only below that unit (subtree search). Ordered by name without diacritics, then id; paged in the database with after/endCursor (forward only), every match counted in totalCount.',
      args: {
        query: t.arg.string({ required: true }),
        level: t.arg({ type: LevelEnum }),
        under: t.arg({ type: UnitRefInput, description: 'Search only below this unit, on the date.' }),
        asOf: t.arg({ type: DateScalar, description: AS_OF }),
      },
      complexity: connectionComplexity,
      resolve: async (_root, args, ctx) => {
        const date = dateOf(args, ctx);
        const page = forwardPage(args);
        const level = args.level ?? undefined;
        const under = args.under ? (await resolveUnitRef(ctx, args.under, date)).id : undefined;
        return keysetConnection(args, await searchUnitsPage(ctx.db, args.query, { asOf: date, level, under }, page), (unit) =>
          at(unit, date),
        );
      },
    },
    UnitConnection,
  ),
}));

function lastDayOrToday(unit: Unit, today: IsoDate): IsoDate {
  const end = unit.validity.validTo;
  return end !== null && end <= today ? addDays(end, -1) : today;
}
