import type { BulkBatch } from '../bulk/bulk-batch.js';
import { fullUnitName, isUnitKind, type UnitKind } from '../catalog/unit-kind.js';
import type { OrganizationType } from '../catalog/organization-type.js';
import type { PostType } from '../catalog/post-type.js';
import { parseId, type IdOf, type IdPrefix, type SourceId } from '../shared/ids.js';
import type { Texts } from '../shared/lang.js';
import { PlainDataReader } from '../shared/plain-data.reader.js';
import type { SourceInput } from '../source/source.js';
import { intersect, isProperRange, type Validity } from '../time/validity.js';
import { validityOfPopoloDates } from './popolo-dates.js';
import { linkKey, sourceInput } from './popolo-source.mapper.js';
import { SOURCE_URN_PREFIX, type PopoloLink } from './popolo-document.js';
import { parentsFirst } from './popolo-order.js';

/** What an import writes: the sources first, then one batch for the bulk loader. */
export interface PopoloImportPlan {
  readonly sources: readonly (SourceInput & { readonly id: SourceId })[];
  readonly batch: BulkBatch & {
    readonly units: readonly UnitInput[];
    readonly people: readonly PersonInput[];
    readonly organizations: readonly OrganizationInput[];
    readonly posts: readonly PostInput[];
    readonly terms: readonly TermInput[];
    readonly holdings: readonly HoldingInput[];
  };
}

type Obj = Record<string, unknown>;

/** The input of one record of a batch, by the batch's field: the bulk loader's own types. */
type Input<K extends keyof BulkBatch> = NonNullable<BulkBatch[K]>[number];
type UnitInput = Input<'units'>;
type PersonInput = Input<'people'>;
type OrganizationInput = Input<'organizations'>;
type PostInput = Input<'posts'>;
type TermInput = Input<'terms'>;
type HoldingInput = Input<'holdings'>;

/**
 * Reads a Popolo document as `exportPopolo` writes it into what to write, or the list of its problems (each in
 * both languages). Checks
 * here are about the document's shape (ids, dates, every record's source); what a record means (a unit kind
 * in its era's scheme, a parent on the level above, a seat free) is left to the bulk loader, which checks it as
 * the one-by-one writes do.
 */
export function planPopoloImport(raw: unknown): { readonly plan?: PopoloImportPlan; readonly problems: readonly Texts[] } {
  const r = new PlainDataReader();
  const doc = r.object(raw, '', null);
  if (!doc) return { problems: r.problemTexts };
  const list = (key: string): { o: Obj; path: string }[] => {
    const value = doc[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) return (r.problem(key, { vi: 'phải là một danh sách', en: 'must be a list' }), []);
    r.unique(value, key, 'id');
    return value.flatMap((v, i) => {
      const o = r.object(v, `${key}[${i}]`, null);
      return o ? [{ o, path: `${key}[${i}]` }] : [];
    });
  };

  const sources = new Map<string, SourceInput & { id: SourceId }>();
  for (const { o, path } of list('sources')) {
    const id = r.string(o.id, `${path}.id`);
    const kind = r.oneOf(o.kind, `${path}.kind`, ['url', 'document', 'synthetic'] as const, { vi: 'loại nguồn', en: 'a source kind' });
    const title = r.string(o.title, `${path}.title`);
    if (id === undefined || kind === undefined || title === undefined) continue;
    const sourceId = parseId('src', id);
    if (!sourceId) {
      r.problem(`${path}.id`, { vi: `"${id}" không phải mã nguồn (src_…)`, en: `"${id}" is not a source id (src_…)` });
      continue;
    }
    const input = sourceInput({ id, kind, title, ...optional(r, o, path, ['url', 'citation', 'note']) }, sourceId);
    if (!input) {
      r.problem(
        path,
        kind === 'url'
          ? { vi: 'nguồn loại url cần có url', en: 'a source of kind url needs a url' }
          : { vi: 'nguồn loại document cần có citation', en: 'a source of kind document needs a citation' },
      );
    } else sources.set(linkKey({ url: input.kind === 'url' ? input.url : `${SOURCE_URN_PREFIX}${id}`, note: title }), input);
  }

  /** The source a record cites: its first link, which must be one of the listed sources. */
  const sourceOf = (o: Obj, path: string): SourceId | undefined => {
    const links = o.sources;
    const first = Array.isArray(links) ? r.object(links[0], `${path}.sources[0]`, null) : undefined;
    if (!first) {
      return r.problem(`${path}.sources`, {
        vi: 'mỗi bản ghi phải nêu nguồn (ít nhất một liên kết)',
        en: 'every record must cite its source (at least one link)',
      });
    }
    const url = r.string(first.url, `${path}.sources[0].url`);
    const note = r.string(first.note, `${path}.sources[0].note`);
    if (url === undefined || note === undefined) return undefined;
    const source = sources.get(linkKey({ url, note } satisfies PopoloLink));
    return source
      ? source.id
      : r.problem(`${path}.sources[0]`, {
          vi: `nguồn "${note}" (${url}) không có trong danh sách sources của tài liệu`,
          en: `the source "${note}" (${url}) is not in the document's sources`,
        });
  };
  const id = <P extends IdPrefix>(prefix: P, value: unknown, path: string): IdOf<P> | undefined => {
    const text = r.string(value, path);
    if (text === undefined) return undefined;
    return (
      parseId(prefix, text) ??
      r.problem(path, { vi: `"${text}" không phải mã hợp lệ (${prefix}_…)`, en: `"${text}" is not a valid id (${prefix}_…)` })
    );
  };
  const optionalId = <P extends IdPrefix>(prefix: P, value: unknown, path: string): IdOf<P> | null | undefined =>
    value === undefined || value === null ? null : id(prefix, value, path);
  const dates = (o: Obj, path: string, start: string, end: string): Validity | undefined => {
    const text = (key: string) =>
      o[key] === undefined || o[key] === null ? undefined : typeof o[key] === 'string' ? (o[key] as string) : '';
    const v = validityOfPopoloDates(text(start), text(end));
    if (!v) return r.problem(path, { vi: `${start}/${end} phải là ngày YYYY-MM-DD`, en: `${start}/${end} must be dates YYYY-MM-DD` });
    return isProperRange(v) ? v : r.problem(path, { vi: `${end} phải không trước ${start}`, en: `${end} must not come before ${start}` });
  };

  const areaValidity = new Map<string, Validity>();
  const unitDrafts = list('areas').map(({ o, path }) => {
    const validity = dates(o, path, 'start_date', 'end_date');
    const unitId = id('unit', o.id, `${path}.id`);
    if (unitId && validity) areaValidity.set(unitId, validity);
    return { o, path, unitId, validity, parentId: optionalId('unit', o.parent_id, `${path}.parent_id`) };
  });
  const units: UnitInput[] = [];
  for (const { o, path, unitId, validity, parentId } of unitDrafts) {
    const kind = r.string(o.classification, `${path}.classification`);
    const fullName = r.string(o.name, `${path}.name`);
    const sourceId = sourceOf(o, path);
    if (!unitId || !validity || parentId === undefined || !kind || !fullName || !sourceId) continue;
    const code = typeof o.identifier === 'string' ? o.identifier : null;
    // A parent link holds over the days both units exist: the document shows the parent on its day only.
    const parentDays = parentId === null ? undefined : (intersect(validity, areaValidity.get(parentId) ?? validity) ?? validity);
    units.push({
      id: unitId,
      code,
      kind: kind as UnitKind,
      name: nameWithoutKind(kind, fullName),
      validity,
      parents: parentId === null ? [] : [{ parentId, validity: parentDays! }],
      sourceId,
    });
  }

  const people: PersonInput[] = [];
  for (const { o, path } of list('persons')) {
    const personId = id('person', o.id, `${path}.id`);
    const fullName = r.string(o.name, `${path}.name`);
    const sourceId = sourceOf(o, path);
    if (personId && fullName && sourceId) people.push({ id: personId, fullName, sourceId });
  }

  const organizations: OrganizationInput[] = [];
  for (const { o, path } of list('organizations')) {
    const orgId = id('org', o.id, `${path}.id`);
    const type = r.string(o.classification, `${path}.classification`);
    const unitId = id('unit', o.area_id, `${path}.area_id`);
    const parentId = optionalId('org', o.parent_id, `${path}.parent_id`);
    const name = r.string(o.name, `${path}.name`);
    const validity = dates(o, path, 'founding_date', 'dissolution_date');
    const sourceId = sourceOf(o, path);
    if (!orgId || !type || !unitId || parentId === undefined || !name || !validity || !sourceId) continue;
    organizations.push({ id: orgId, type: type as OrganizationType, unitId, parentId, name, validity, sourceId });
  }

  const posts: PostInput[] = [];
  for (const { o, path } of list('posts')) {
    const postId = id('post', o.id, `${path}.id`);
    const organizationId = id('org', o.organization_id, `${path}.organization_id`);
    const type = r.string(o.role, `${path}.role`);
    const title = r.string(o.label, `${path}.label`);
    const seats =
      o.seats === undefined || o.seats === null
        ? null
        : typeof o.seats === 'number'
          ? o.seats
          : r.problem(`${path}.seats`, { vi: 'phải là một số hoặc null', en: 'must be a number or null' });
    const validity = dates(o, path, 'start_date', 'end_date');
    const sourceId = sourceOf(o, path);
    if (!postId || !organizationId || !type || !title || seats === undefined || !validity || !sourceId) continue;
    posts.push({ id: postId, organizationId, type: type as PostType, title, seats, validity, sourceId });
  }

  const terms: TermInput[] = [];
  for (const { o, path } of list('events')) {
    if (o.classification !== 'legislative period') continue;
    const termId = id('term', o.id, `${path}.id`);
    const organizationId = optionalId('org', o.organization_id, `${path}.organization_id`);
    const label = r.string(o.name, `${path}.name`);
    const validity = dates(o, path, 'start_date', 'end_date');
    const sourceId = sourceOf(o, path);
    if (!termId || organizationId === undefined || !label || !validity || !sourceId) continue;
    terms.push({ id: termId, organizationId, label, validity, sourceId });
  }

  const holdings: HoldingInput[] = [];
  for (const { o, path } of list('memberships')) {
    const holdingId = id('holding', o.id, `${path}.id`);
    const personId = id('person', o.person_id, `${path}.person_id`);
    const postId = id('post', o.post_id, `${path}.post_id`);
    const termId = optionalId('term', o.legislative_period_id, `${path}.legislative_period_id`);
    const validity = dates(o, path, 'start_date', 'end_date');
    const sourceId = sourceOf(o, path);
    if (!holdingId || !personId || !postId || termId === undefined || !validity || !sourceId) continue;
    holdings.push({ id: holdingId, personId, postId, termId, validity, sourceId });
  }

  if (r.problemTexts.length > 0) return { problems: r.problemTexts };
  return {
    problems: [],
    plan: {
      sources: [...sources.values()],
      batch: {
        units: parentsFirst(
          units,
          (u) => u.id!,
          (u) => u.parents?.[0]?.parentId ?? null,
        ),
        people,
        organizations: parentsFirst(
          organizations,
          (o) => o.id!,
          (o) => o.parentId ?? null,
        ),
        posts,
        terms,
        holdings,
      },
    },
  };
}

/** "Chiêm Hóa" from "Huyện Chiêm Hóa" of kind `huyen`; a name without its kind's word is kept whole. */
function nameWithoutKind(kind: string, fullName: string): string {
  if (!isUnitKind(kind)) return fullName;
  const prefix = fullUnitName(kind, '');
  return fullName.startsWith(prefix) && fullName.length > prefix.length ? fullName.slice(prefix.length) : fullName;
}

function optional(r: PlainDataReader, o: Obj, path: string, keys: readonly string[]): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const key of keys) {
    if (o[key] === undefined || o[key] === null) continue;
    const value = r.string(o[key], `${path}.${key}`);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
