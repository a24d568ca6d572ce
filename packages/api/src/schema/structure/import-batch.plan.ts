import {
  getOrganization,
  getUnit,
  stableId,
  type BulkBatch,
  type IsoDate,
  type OrganizationId,
  type PostId,
  type TermId,
  type UnitId,
  type Validity,
} from '@mttq/core';
import type { ScopedWrite } from '../../auth/auth-scopes.js';
import { validityWithin } from '../../auth/structure-targets.js';
import type { Context } from '../../context.js';
import type { ImportBatchInput } from './import-batch.inputs.js';

type BatchInput = typeof ImportBatchInput.$inferInput;
type Dated = { readonly validFrom?: IsoDate | null; readonly validTo?: IsoDate | null };

/** A batch for core's bulk loader, with what each of its records touches outside the batch. */
export interface ImportPlan {
  readonly batch: BulkBatch;
  /** The stored records the batch hangs from, each over the days of the record that names it. */
  readonly targets: readonly ScopedWrite[];
  /** Units with no parent at all, which no token's scope holds. */
  readonly rootless: readonly string[];
}

/**
 * The bulk batch of an importBatch input: ids from the client's keys, references to the batch by key and to
 * stored records by global id. A record's missing ends come from the record it lives within (stored or of the
 * batch): a unit's from its parent, an organization's from its unit, a post's or a term's from its organization.
 */
export async function planImport(ctx: Context, input: BatchInput): Promise<ImportPlan> {
  const sourceId = input.source.id;
  const targets: ScopedWrite[] = [];
  const rootless: string[] = [];
  const unitDays = new Map<string, Validity>();
  const units = [];
  for (const u of input.units ?? []) {
    const id = stableId<UnitId>('unit', u.key);
    const stored = u.parent ? await getUnit(ctx.db, u.parent.id) : undefined;
    const parentId = u.parent?.id ?? (u.parentKey ? stableId<UnitId>('unit', u.parentKey) : null);
    const days = validityWithin(u, stored?.validity ?? (u.parentKey ? unitDays.get(stableId('unit', u.parentKey)) : undefined));
    unitDays.set(id, days);
    if (u.parent) targets.push({ unitIds: [u.parent.id], organizationIds: [], days });
    if (!parentId) rootless.push(u.key);
    units.push({ id, kind: u.kind, name: u.name, code: u.code ?? null, validity: days, parents: parentId ? [{ parentId }] : [], sourceId });
  }
  const organizations = [];
  const orgDays = new Map<string, Validity>();
  for (const o of input.organizations ?? []) {
    const id = stableId<OrganizationId>('org', o.key);
    const unitId = o.unit?.id ?? stableId<UnitId>('unit', o.unitKey ?? '');
    const days = validityWithin(o, o.unit ? (await getUnit(ctx.db, o.unit.id))?.validity : unitDays.get(unitId));
    orgDays.set(id, days);
    if (o.unit) targets.push({ unitIds: [o.unit.id], organizationIds: [], days });
    if (o.parent) targets.push({ unitIds: [], organizationIds: [o.parent.id], days });
    const parentId = o.parent?.id ?? (o.parentKey ? stableId<OrganizationId>('org', o.parentKey) : null);
    organizations.push({ id, type: o.type, unitId, parentId, name: o.name ?? undefined, validity: days, sourceId });
  }
  const withinOrganization = async (r: { organization?: { id: OrganizationId } | null; organizationKey?: string | null } & Dated) => {
    const organizationId = r.organization?.id ?? stableId<OrganizationId>('org', r.organizationKey ?? '');
    const days = validityWithin(
      r,
      r.organization ? (await getOrganization(ctx.db, r.organization.id))?.validity : orgDays.get(organizationId),
    );
    if (r.organization) targets.push({ unitIds: [], organizationIds: [r.organization.id], days });
    return { organizationId, validity: days };
  };
  const posts = [];
  for (const p of input.posts ?? []) {
    posts.push({
      id: stableId<PostId>('post', p.key),
      type: p.type,
      title: p.title ?? undefined,
      seats: p.seats ?? undefined,
      sourceId,
      ...(await withinOrganization(p)),
    });
  }
  const terms = [];
  for (const t of input.terms ?? []) {
    const { organizationId, validity: days } = await withinOrganization(t);
    terms.push({ id: stableId<TermId>('term', t.key), label: t.label, organizationId, validity: days, sourceId });
  }
  return { batch: { units, organizations, posts, terms }, targets, rootless };
}
