import type { Term } from '@mttq/core';
import type { Context } from '../context.js';
import type { At } from './at.js';
import { builder } from './builder.js';
import { loadNodes, loadOne } from './node-load.js';
import { OrganizationNode } from './organization.js';
import { ValidityType } from './validity.js';

/** `Term`: a term of office (nhiệm kỳ) such as 2020–2025. */
export const TermNode = builder.loadableNodeRef('Term', {
  id: { resolve: (term: At<Term>) => term.id },
  load: (ids: string[], ctx: Context) => loadNodes(ctx.loaders.term, ids, ctx.today),
  sort: (term) => term.id,
});

TermNode.implement({
  description: 'A term of office (nhiệm kỳ) such as 2020–2025, of one body or general.',
  fields: (t) => ({
    label: t.exposeString('label'),
    validity: t.field({ type: ValidityType, resolve: (term) => term.validity }),
    organization: t.field({ type: OrganizationNode, nullable: true, resolve: (term, _args, ctx) => loadOne(ctx.loaders.organization, term.organizationId, term.asOf) }),
  }),
});
