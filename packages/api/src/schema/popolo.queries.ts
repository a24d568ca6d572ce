import { exportPopolo } from '@mttq/core';
import { coreRequestError, requestError } from '../errors/api-error.js';
import { builder } from './builder.js';
import { resolveUnitRef, UnitRefInput } from './unit-ref.js';

function outputOnly(): never {
  throw requestError('POPOLO.OUTPUT_ONLY', {
    vi: 'PopoloDocument chỉ là kiểu kết quả, không dùng làm tham số.',
    en: 'PopoloDocument is an output type only, not an argument.',
  });
}

/** `PopoloDocument`: a Popolo 1.0.1 document as JSON, as Popolo's tools read it (an output only). */
export const PopoloDocumentScalar = builder.scalarType('PopoloDocument', {
  description:
    'A Popolo 1.0.1 document (http://www.popoloproject.com/) as JSON: areas, organizations, posts, persons, memberships, events (terms as legislative periods) and sources, each list sorted by id. See docs/graphql.md (Popolo). Output only.',
  specifiedByURL: 'http://www.popoloproject.com/specs/',
  serialize: (value) => value,
  parseValue: outputOnly,
  parseLiteral: outputOnly,
});

builder.queryFields((t) => ({
  popolo: t.field({
    type: PopoloDocumentScalar,
    description:
      'The subtree under a unit on a date as a Popolo 1.0.1 document: its areas (and those above it, with their official codes as identifiers), the organizations at them (and those they belong to) with classification, parent, area, founding and dissolution dates, their posts, the memberships held on that date with their posts and dates, the people holding them, and the source of every record. The same store always gives the same document; `mttq popolo import` loads it into an empty store.',
    args: {
      under: t.arg({ type: UnitRefInput, required: true }),
      asOf: t.arg({ type: 'Date', required: true }),
    },
    complexity: { field: 50 },
    resolve: async (_root, args, ctx) => {
      const unit = await resolveUnitRef(ctx, args.under, args.asOf);
      const doc = await exportPopolo(ctx.db, unit.id, args.asOf);
      if (!doc.ok) throw coreRequestError(doc.error);
      return doc.value;
    },
  }),
}));
