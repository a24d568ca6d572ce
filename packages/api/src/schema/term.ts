import { OrganizationNode, TermNode } from './refs.js';
import { loadOne } from './shared/node-load.js';
import { ValidityType } from './validity.js';

TermNode.implement({
  description: 'A term of office (nhiệm kỳ) such as 2020–2025, of one body or general.',
  fields: (t) => ({
    label: t.exposeString('label'),
    validity: t.field({ type: ValidityType, resolve: (term) => term.validity }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      resolve: (term, _args, ctx) => loadOne(ctx.loaders.organization, term.organizationId, term.asOf),
    }),
  }),
});
