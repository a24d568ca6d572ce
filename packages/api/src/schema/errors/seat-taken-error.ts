import { SeatTakenError } from '../../errors/api-error.js';
import { at } from '../at.js';
import { builder } from '../builder.js';
import { PersonNode } from '../person.js';
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
      resolve: async (h, _args, ctx) => {
        const person = await ctx.loaders.person.load(h.personId);
        return person ? at(person, ctx.today) : null;
      },
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
