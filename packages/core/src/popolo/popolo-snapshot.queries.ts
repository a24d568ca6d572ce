import { getTerms } from '../holding/term.batch.js';
import { holdingsOfPostsOn } from '../holding/holding.batch.js';
import type { Holding } from '../holding/holding.js';
import type { Term } from '../holding/term.js';
import { organizationsAtUnitsOn } from '../organization/organization.batch.js';
import type { Organization } from '../organization/organization.js';
import { getOrganizations } from '../organization/organization.queries.js';
import { getPeople } from '../person/person.batch.js';
import type { Person } from '../person/person.js';
import { postsOfOrganizationsOn } from '../post/post.batch.js';
import type { Post } from '../post/post.js';
import { notFound, type NotFoundError } from '../shared/common.errors.js';
import type { OrganizationId, PersonId, SourceId, TermId, UnitId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { getSources } from '../source/source.batch.js';
import type { Source } from '../source/source.js';
import type { Db } from '../store/database.js';
import type { IsoDate } from '../time/iso-date.js';
import { holdsOn } from '../time/validity.js';
import { ancestorsOn, descendantsOn, getUnit } from '../unit/unit.queries.js';
import type { Unit } from '../unit/unit.js';

/** A unit with its parent on the snapshot's day. */
export interface AreaOn {
  readonly unit: Unit;
  readonly parentId: UnitId | null;
}

/**
 * What a Popolo export shows: the units under a unit on a day with their organizations, posts, holdings and
 * the people holding them, the terms those holdings name and every source cited. The units above the root and
 * the organizations the subtree's organizations belong to come too (without their posts), so that the
 * document stands alone: imported into an empty store, every parent it names is there.
 */
export interface PopoloSnapshot {
  readonly root: Unit;
  readonly asOf: IsoDate;
  readonly areas: readonly AreaOn[];
  readonly organizations: readonly Organization[];
  readonly posts: readonly Post[];
  readonly holdings: readonly Holding[];
  readonly people: readonly Person[];
  readonly terms: readonly Term[];
  readonly sources: readonly Source[];
}

/** Reads what the Popolo export of the subtree under `rootId` on `asOf` shows (see `PopoloSnapshot`). */
export async function readPopoloSnapshot(db: Db, rootId: UnitId, asOf: IsoDate): Promise<Result<PopoloSnapshot, NotFoundError>> {
  const root = await getUnit(db, rootId);
  if (!root || !holdsOn(root.validity, asOf)) return err(notFound('UNIT.NOT_FOUND', rootId));
  const above = await ancestorsOn(db, root.id, asOf);
  const below = await descendantsOn(db, root.id, asOf);
  const areas: AreaOn[] = [
    ...above.map((unit, i) => ({ unit, parentId: i === 0 ? null : above[i - 1]!.id })),
    { unit: root, parentId: above.at(-1)?.id ?? null },
    ...below.map((d) => ({ unit: d.unit, parentId: d.parentId })),
  ];
  const subtreeUnits = [root.id, ...below.map((d) => d.unit.id)];
  const inSubtree = (await inChunks(subtreeUnits, (ids) => organizationsAtUnitsOn(db, ids, asOf))).flat();
  const organizations = [...inSubtree, ...(await parentsOutside(db, inSubtree))];
  const posts = (
    await inChunks(
      inSubtree.map((o) => o.id),
      (ids) => postsOfOrganizationsOn(db, ids, asOf),
    )
  ).flat();
  const holdings = (
    await inChunks(
      posts.map((p) => p.id),
      (ids) => holdingsOfPostsOn(db, ids, asOf),
    )
  ).flat();
  const people = present(await inChunks(unique<PersonId>(holdings.map((h) => h.personId)), (ids) => getPeople(db, ids)));
  const terms = present(
    await inChunks(unique<TermId>(holdings.flatMap((h) => (h.termId === null ? [] : [h.termId]))), (ids) => getTerms(db, ids)),
  );
  const cited = unique<SourceId>(
    [...areas.map((a) => a.unit), ...organizations, ...posts, ...holdings, ...people, ...terms].map((r) => r.sourceId),
  );
  const sources = present(await inChunks(cited, (ids) => getSources(db, ids)));
  return ok({ root, asOf, areas, organizations, posts, holdings, people, terms, sources });
}

/** The organizations the given ones belong to that are not among them, up to the top, by id. */
async function parentsOutside(db: Db, organizations: readonly Organization[]): Promise<Organization[]> {
  const known = new Set<string>(organizations.map((o) => o.id));
  const found: Organization[] = [];
  let wanted = unique<OrganizationId>(organizations.flatMap((o) => (o.parentId === null || known.has(o.parentId) ? [] : [o.parentId])));
  while (wanted.length > 0) {
    const parents = present(await inChunks(wanted, (ids) => getOrganizations(db, ids)));
    for (const p of parents) known.add(p.id);
    found.push(...parents);
    wanted = unique<OrganizationId>(parents.flatMap((o) => (o.parentId === null || known.has(o.parentId) ? [] : [o.parentId])));
  }
  return found;
}

/** Keys read a thousand at a time, so that a large subtree stays within the databases' parameter limits. */
async function inChunks<K, V>(keys: readonly K[], read: (keys: readonly K[]) => Promise<V[]>): Promise<V[]> {
  const out: V[] = [];
  for (let i = 0; i < keys.length; i += 1000) out.push(...(await read(keys.slice(i, i + 1000))));
  return out;
}

function unique<K extends string>(keys: readonly K[]): K[] {
  return [...new Set(keys)];
}

function present<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined);
}
