import { byId } from './popolo-order.js';
import { popoloDates } from './popolo-dates.js';
import {
  UNIT_CODE_SCHEME,
  type PopoloArea,
  type PopoloDocument,
  type PopoloLink,
  type PopoloMembership,
  type PopoloOrganization,
  type PopoloPost,
} from './popolo-document.js';
import { popoloSource, sourceLink } from './popolo-source.mapper.js';
import type { PopoloSnapshot } from './popolo-snapshot.queries.js';

/** The Popolo document of a snapshot: every list by id, every object's fields in one order, open ends left out. */
export function popoloDocumentOf(snapshot: PopoloSnapshot): PopoloDocument {
  const links = new Map(snapshot.sources.map((s) => [s.id as string, [sourceLink(s)]]));
  const cite = (sourceId: string): readonly PopoloLink[] => links.get(sourceId) ?? [];
  const posts = new Map(snapshot.posts.map((p) => [p.id as string, p]));
  const areas = snapshot.areas.map(({ unit, parentId }): PopoloArea => {
    const { start, end } = popoloDates(unit.validity);
    return {
      id: unit.id,
      name: unit.fullName,
      classification: unit.kind,
      ...(unit.code === null ? {} : { identifier: unit.code, identifiers: [{ identifier: unit.code, scheme: UNIT_CODE_SCHEME }] }),
      ...(parentId === null ? {} : { parent_id: parentId }),
      ...(start === undefined ? {} : { start_date: start }),
      ...(end === undefined ? {} : { end_date: end }),
      sources: cite(unit.sourceId),
    };
  });
  const organizations = snapshot.organizations.map((o): PopoloOrganization => {
    const { start, end } = popoloDates(o.validity);
    return {
      id: o.id,
      name: o.name,
      classification: o.type,
      ...(o.parentId === null ? {} : { parent_id: o.parentId }),
      area_id: o.unitId,
      ...(start === undefined ? {} : { founding_date: start }),
      ...(end === undefined ? {} : { dissolution_date: end }),
      sources: cite(o.sourceId),
    };
  });
  const postList = snapshot.posts.map((p): PopoloPost => {
    const { start, end } = popoloDates(p.validity);
    return {
      id: p.id,
      label: p.title,
      role: p.type,
      organization_id: p.organizationId,
      ...(start === undefined ? {} : { start_date: start }),
      ...(end === undefined ? {} : { end_date: end }),
      seats: p.seats,
      sources: cite(p.sourceId),
    };
  });
  const memberships = snapshot.holdings.map((h): PopoloMembership => {
    const post = posts.get(h.postId)!;
    const { start, end } = popoloDates(h.validity);
    return {
      id: h.id,
      person_id: h.personId,
      organization_id: post.organizationId,
      post_id: h.postId,
      role: post.title,
      ...(h.termId === null ? {} : { legislative_period_id: h.termId }),
      ...(start === undefined ? {} : { start_date: start }),
      ...(end === undefined ? {} : { end_date: end }),
      sources: cite(h.sourceId),
    };
  });
  const events = snapshot.terms.map((t) => {
    const { start, end } = popoloDates(t.validity);
    return {
      id: t.id,
      name: t.label,
      classification: 'legislative period' as const,
      ...(t.organizationId === null ? {} : { organization_id: t.organizationId }),
      ...(start === undefined ? {} : { start_date: start }),
      ...(end === undefined ? {} : { end_date: end }),
      sources: cite(t.sourceId),
    };
  });
  return {
    meta: { popolo_version: '1.0.1', area_id: snapshot.root.id, as_of: snapshot.asOf },
    areas: byId(areas),
    organizations: byId(organizations),
    posts: byId(postList),
    persons: byId(snapshot.people.map((p) => ({ id: p.id, name: p.fullName, sources: cite(p.sourceId) }))),
    memberships: byId(memberships),
    events: byId(events),
    sources: byId(snapshot.sources.map(popoloSource)),
  };
}
