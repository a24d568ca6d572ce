import { parseId } from '@mttq/core';
import { SeatTakenError } from '../../errors/api-error.js';
import { builder } from '../builder.js';
import { PersonNode } from '../refs.js';
import { loadOne } from '../shared/node-load.js';
import { ValidityType } from '../validity.js';
import { BaseErrorInterface } from './base-error.js';

type SeatHolder = SeatTakenError['holders'][number];

const SeatHolderType = builder.objectRef<SeatHolder>('SeatHolder').implement({
  description: 'Someone already holding the post over part of the requested days.',
  fields: (t) => ({
    fullName: t.exposeString('fullName'),
    validity: t.field({ type: ValidityType, resolve: (h) => h.validity }),
    person: t.field({
      type: PersonNode,
      nullable: true,
      // The holders come from the error's details, plain strings: parsed here, where they enter.
      resolve: (h, _args, ctx) => loadOne(ctx.loaders.person, parseId('person', h.personId) ?? null, ctx.today),
    }),
  }),
});

builder.objectType(SeatTakenError, {
  name: 'SeatTakenError',
  description: 'HOLDING.SEAT_TAKEN: the post has no free seat on some of the requested days. Nothing was written.',
  interfaces: [BaseErrorInterface],
  isTypeOf: (value) => value instanceof SeatTakenError,
  fields: (t) => ({
    seats: t.exposeInt('seats', { description: 'How many may hold the post at once.' }),
    holders: t.field({ type: [SeatHolderType], description: 'Who holds it over the requested days.', resolve: (e) => [...e.holders] }),
  }),
});
