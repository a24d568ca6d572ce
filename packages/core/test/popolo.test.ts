import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPopolo, importPopolo, isoDate, loadExampleDataset, unwrap, type PopoloDocument, type Store } from '../src/index.js';
import { openFreshExampleStore, openFreshStore } from '../src/testing/index.js';
import { popoloValidator, type PopoloClass } from './fixtures/popolo/popolo-validator.js';
import organizationExample from './fixtures/popolo/examples/organization.json' with { type: 'json' };
import membershipExample from './fixtures/popolo/examples/membership.json' with { type: 'json' };

let example: Store;
let ids: Awaited<ReturnType<typeof loadExampleDataset>>;
const validate = popoloValidator();

beforeAll(async () => {
  example = await openFreshExampleStore();
  ids = await loadExampleDataset(example.db);
});
afterAll(async () => {
  await example?.close();
});

/** Every object of the document against its Popolo schema: the problems, each naming the object. */
function schemaProblems(doc: PopoloDocument): string[] {
  const lists: [PopoloClass, readonly { id: string }[]][] = [
    ['area', doc.areas],
    ['organization', doc.organizations],
    ['post', doc.posts],
    ['person', doc.persons],
    ['membership', doc.memberships],
    ['event', doc.events],
  ];
  return lists.flatMap(([kind, list]) => list.flatMap((o) => validate(kind, o).map((p) => `${kind} ${o.id}: ${p}`)));
}

describe('the Popolo schemas as the tests read them', () => {
  it('accept the specification’s own examples and refuse a malformed founding date', () => {
    expect(validate('organization', organizationExample)).toEqual([]);
    expect(validate('membership', membershipExample)).toEqual([]);
    expect(validate('organization', { id: 'x', founding_date: '2025/07/01' }).join()).toMatch(/founding_date/);
    expect(validate('person', { id: 'x', sources: [{ note: 'no url' }] }).join()).toMatch(/url/);
  });
});

describe.each([
  ['Tỉnh Tuyên Quang on 2026-01-01 (three levels)', () => ids.units.tuyenQuangFrom2025, '2026-01-01'],
  ['Tỉnh Tuyên Quang on 2022-06-01 (four levels)', () => ids.units.tuyenQuangUntil2025, '2022-06-01'],
])('the Popolo export of %s', (_, unit, day) => {
  let doc: PopoloDocument;
  beforeAll(async () => {
    doc = unwrap(await exportPopolo(example.db, unit(), isoDate(day)));
  });

  it('validates every object against the Popolo 1.0.1 schemas', () => {
    expect(doc.areas.length).toBeGreaterThan(10);
    expect(doc.organizations.length).toBeGreaterThan(10);
    expect(doc.posts.length).toBeGreaterThan(0);
    expect(schemaProblems(doc)).toEqual([]);
  });

  it('names only records it holds, and cites a listed source from every record', () => {
    const areaIds = new Set(doc.areas.map((a) => a.id));
    const orgIds = new Set(doc.organizations.map((o) => o.id));
    const postIds = new Set(doc.posts.map((p) => p.id));
    const personIds = new Set(doc.persons.map((p) => p.id));
    for (const a of doc.areas) if (a.parent_id) expect(areaIds).toContain(a.parent_id);
    for (const o of doc.organizations) {
      expect(areaIds).toContain(o.area_id);
      if (o.parent_id) expect(orgIds).toContain(o.parent_id);
    }
    for (const p of doc.posts) expect(orgIds).toContain(p.organization_id);
    for (const m of doc.memberships) {
      expect(postIds).toContain(m.post_id);
      expect(personIds).toContain(m.person_id);
    }
    const links = new Set(doc.sources.map((s) => (s.kind === 'url' ? s.url : `urn:mttq:source:${s.id}`)));
    for (const record of [...doc.areas, ...doc.organizations, ...doc.posts, ...doc.persons, ...doc.memberships, ...doc.events]) {
      expect(record.sources.length).toBe(1);
      expect(links).toContain(record.sources[0]!.url);
    }
  });

  it('shows the province with its official code, and its Front committee with classification, area and dates', () => {
    const province = doc.areas.find((a) => a.id === unit())!;
    expect(province).toMatchObject({ identifier: '08', classification: 'tinh', name: 'Tỉnh Tuyên Quang' });
    expect(province.identifiers).toEqual([{ identifier: '08', scheme: 'gso-unit-code' }]);
    const front = doc.organizations.find((o) => o.area_id === unit() && o.classification === 'frontCommittee')!;
    expect(front.name).toMatch(/Mặt trận Tổ quốc/);
    if (day === '2022-06-01') expect(front.dissolution_date).toBe('2025-06-30');
  });

  it('is the same document after export → import into an empty store → export, byte for byte', async () => {
    const copy = await openFreshStore();
    try {
      const report = unwrap(await importPopolo(copy.db, JSON.parse(JSON.stringify(doc))));
      expect(report).toMatchObject({
        areas: doc.areas.length,
        organizations: doc.organizations.length,
        memberships: doc.memberships.length,
      });
      const again = unwrap(await exportPopolo(copy.db, unit(), isoDate(day)));
      expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
    } finally {
      await copy.close();
    }
  });
});

describe('importing a Popolo document', () => {
  it('refuses a store that already holds records, and writes nothing', async () => {
    const doc = unwrap(await exportPopolo(example.db, ids.units.chiemHoaCommune, isoDate('2026-01-01')));
    const result = await importPopolo(example.db, doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'POPOLO.STORE_NOT_EMPTY', message: expect.stringMatching(/kho trống/) });
  });

  it('names every problem of a malformed document, and writes nothing', async () => {
    const store = await openFreshStore();
    try {
      const result = await importPopolo(store.db, { areas: [{ id: 'not-an-id', name: 'Thôn X', classification: 'thon', sources: [] }] });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('POPOLO.INVALID_DOCUMENT');
        expect(JSON.stringify(result.error)).toMatch(/areas\[0\]\.id/);
        expect(JSON.stringify(result.error)).toMatch(/areas\[0\]\.sources/);
      }
      expect(await store.db.selectFrom('source').select('id').execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses, with the bulk loader’s code and the record named, an organization of a type not allowed at its level', async () => {
    const doc = unwrap(await exportPopolo(example.db, ids.units.chiemHoaCommune, isoDate('2026-01-01')));
    const province = doc.areas.find((a) => a.classification === 'tinh')!;
    const wrong = {
      ...doc,
      organizations: [
        ...doc.organizations,
        {
          ...doc.organizations[0]!,
          id: 'org_popolo-test-work-board',
          classification: 'frontWorkBoard',
          area_id: province.id,
          parent_id: undefined,
        },
      ],
    };
    const store = await openFreshStore();
    try {
      const result = await importPopolo(store.db, wrong);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ record: { kind: 'organization', id: 'org_popolo-test-work-board' } });
      expect(await store.db.selectFrom('source').select('id').execute()).toEqual([]);
      expect(await store.db.selectFrom('admin_unit').select('id').execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
