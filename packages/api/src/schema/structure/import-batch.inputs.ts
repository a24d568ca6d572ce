import { builder } from '../builder.js';
import { OrganizationTypeEnum } from '../catalog/organization-type.enum.js';
import { PostTypeEnum } from '../catalog/post-type.enum.js';
import { UnitKindEnum } from '../catalog/unit-kind.enum.js';
import { OrganizationNode, SourceNode, UnitNode } from '../refs.js';
import { DateScalar } from '../shared/scalars.js';

/*
 * The records of an importBatch. Each has a key of the client's own (its id becomes the kind's prefix and the
 * key: unit_<key>, org_<key>…, so that the same register imported again names the same records); it names a
 * record stored earlier by its global id, or a record earlier in the same batch by its key.
 */

export const ImportUnitInput = builder.inputType('ImportUnitInput', {
  description: 'A unit of a batch, under a stored unit (parent) or a unit of the batch (parentKey). Its validity defaults to its parent’s.',
  fields: (t) => ({
    key: t.string({ required: true }),
    kind: t.field({ type: UnitKindEnum, required: true }),
    name: t.string({ required: true }),
    code: t.string(),
    parent: t.globalID({ for: UnitNode }),
    parentKey: t.string(),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
  }),
});

export const ImportOrganizationInput = builder.inputType('ImportOrganizationInput', {
  description:
    'A body of a batch at a stored unit (unit) or a unit of the batch (unitKey), under a stored body (parent) or one of the batch (parentKey).',
  fields: (t) => ({
    key: t.string({ required: true }),
    type: t.field({ type: OrganizationTypeEnum, required: true }),
    unit: t.globalID({ for: UnitNode }),
    unitKey: t.string(),
    parent: t.globalID({ for: OrganizationNode }),
    parentKey: t.string(),
    name: t.string(),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
  }),
});

export const ImportPostInput = builder.inputType('ImportPostInput', {
  description: 'A post of a batch in a stored body (organization) or a body of the batch (organizationKey).',
  fields: (t) => ({
    key: t.string({ required: true }),
    type: t.field({ type: PostTypeEnum, required: true }),
    organization: t.globalID({ for: OrganizationNode }),
    organizationKey: t.string(),
    title: t.string(),
    seats: t.int(),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
  }),
});

export const ImportTermInput = builder.inputType('ImportTermInput', {
  description: 'A term of office of a batch, of a stored body (organization) or a body of the batch (organizationKey).',
  fields: (t) => ({
    key: t.string({ required: true }),
    label: t.string({ required: true }),
    organization: t.globalID({ for: OrganizationNode }),
    organizationKey: t.string(),
    validFrom: t.field({ type: DateScalar }),
    validTo: t.field({ type: DateScalar }),
  }),
});

export const ImportBatchInput = builder.inputType('ImportBatchInput', {
  description: 'Records to load together, all or none, from one source: units, then organizations, posts and terms.',
  fields: (t) => ({
    source: t.globalID({ for: SourceNode, required: true }),
    units: t.field({ type: [ImportUnitInput] }),
    organizations: t.field({ type: [ImportOrganizationInput] }),
    posts: t.field({ type: [ImportPostInput] }),
    terms: t.field({ type: [ImportTermInput] }),
  }),
});
