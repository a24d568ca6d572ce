import { exportPopolo, isoDate, unwrap, type UnitId } from '@mttq/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

describe('the popolo query', () => {
  it('answers the Popolo document of Tỉnh Tuyên Quang on 2026-01-01, the same as core exports', async () => {
    const data = dataOf(await api.gql(`{ popolo(under: { code: "08" }, asOf: "2026-01-01") }`));
    const expected = unwrap(await exportPopolo(api.store.db, api.ids.units.tuyenQuangFrom2025, isoDate('2026-01-01')));
    expect(data.popolo).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(data.popolo.meta).toEqual({ popolo_version: '1.0.1', area_id: api.ids.units.tuyenQuangFrom2025, as_of: '2026-01-01' });
  });

  it('takes a unit by global id: a residential area comes with the units above it and the bodies its own belong to', async () => {
    const area = 'unit_minh-hoa-thon-3' as UnitId;
    const data = dataOf(await api.gql(`query ($id: ID!) { popolo(under: { id: $id }, asOf: "2026-01-01") }`, { id: gid('Unit', area) }));
    const { areas, organizations, posts } = data.popolo;
    expect(areas.map((a: { classification: string }) => a.classification).sort()).toEqual(['thon', 'tinh', 'xa']);
    const here = organizations.filter((o: { area_id: string }) => o.area_id === area);
    expect(here.length).toBeGreaterThan(0);
    for (const o of here) if (o.parent_id) expect(organizations.map((p: { id: string }) => p.id)).toContain(o.parent_id);
    // Posts only of the subtree's own organizations.
    for (const p of posts) expect(here.map((o: { id: string }) => o.id)).toContain(p.organization_id);
  });

  it('refuses a code that names no unit on the date, with core’s code', async () => {
    const answer = await api.gql(`{ popolo(under: { code: "99" }, asOf: "2026-01-01") }`);
    expect(answer.data?.popolo ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNIT.CODE_UNKNOWN');
  });

  it('refuses a unit named by id on a date it does not exist, with its code', async () => {
    const answer = await api.gql(`query ($id: ID!) { popolo(under: { id: $id }, asOf: "2026-01-01") }`, {
      id: gid('Unit', api.ids.units.chiemHoaDistrict),
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNIT.NOT_FOUND');
  });
});
