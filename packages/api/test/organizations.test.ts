import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, exampleApi, gid } from './api.js';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi();
});

describe('organizations, posts and holders', () => {
  it('lists the organizations at a unit, of some types only', async () => {
    const data = dataOf(
      await api.gql(
        `{ organizations(unit: { code: "073" }, types: [FRONT_COMMITTEE, WOMENS_UNION], asOf: "2023-06-01") { totalCount edges { node { name type typeLabel unit { fullName } } } } }`,
      ),
    );
    expect(data.organizations.edges.map((e: any) => e.node.type).sort()).toEqual(['FRONT_COMMITTEE', 'WOMENS_UNION']);
    expect(data.organizations.edges.every((e: any) => e.node.unit.fullName === 'Huyện Chiêm Hóa')).toBe(true);
  });

  it('gives the posts of the Chiêm Hóa Front committee, heads first, and who holds them', async () => {
    const id = gid('Organization', api.ids.organizations.chiemHoaFrontCommittee);
    const data = dataOf(
      await api.gql(
        `query ($id: ID!) { organization(id: $id, asOf: "2023-06-01") { name posts(first: 20) { edges { node { title heads seats holders { totalCount edges { node { person { fullName } } } } } } } heads: officeHolders { edges { node { post { title } person { fullName } } } } } }`,
        { id },
      ),
    );
    const posts = data.organization.posts.edges.map((e: any) => e.node);
    expect(posts[0]).toMatchObject({ title: 'Chủ tịch', heads: true, seats: 1 });
    expect(posts[0].holders.edges.map((e: any) => e.node.person.fullName)).toEqual(['Triệu Đức Long']);
    expect(data.organization.heads.edges[0].node).toEqual({ post: { title: 'Chủ tịch' }, person: { fullName: 'Triệu Đức Long' } });
  });

  it('gives the sub-bodies of a committee, and the directives it signed', async () => {
    const id = gid('Organization', api.ids.organizations.chiemHoaFrontCommittee);
    const data = dataOf(
      await api.gql(
        `query ($id: ID!) { organization(id: $id, asOf: "2023-06-01") { subOrganizations { edges { node { type parent { name } } } } directives(first: 20) { totalCount edges { node { kind } } } } }`,
        { id },
      ),
    );
    expect(data.organization.subOrganizations.edges.map((e: any) => e.node.type).sort()).toEqual(['FRONT_OFFICE', 'FRONT_STANDING_BOARD']);
    expect(data.organization.directives.totalCount).toBe(8);
    expect(new Set(data.organization.directives.edges.map((e: any) => e.node.kind))).toEqual(new Set(['COORDINATION_PROGRAM']));
  });
});

describe('people', () => {
  it('finds people ignoring diacritics and case, and shows two posts held at once', async () => {
    const data = dataOf(
      await api.gql(
        `{ searchPeople(query: "TRIEU duc long", asOf: "2023-06-01") { totalCount edges { node { fullName holdings { totalCount edges { node { post { title } organization { name } unit { fullName } validity { text } } } } } } } }`,
      ),
    );
    expect(data.searchPeople.totalCount).toBe(1);
    const person = data.searchPeople.edges[0].node;
    expect(person.fullName).toBe('Triệu Đức Long');
    expect(person.holdings.edges.map((e: any) => `${e.node.post.title} — ${e.node.organization.name}`).sort()).toEqual([
      'Chủ tịch — Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa',
      'Trưởng ban — Ban Dân vận Huyện ủy Chiêm Hóa',
    ]);
  });

  it('shows Tăng Thị Dương’s posts in their term, and none after the reform', async () => {
    const id = gid('Person', api.ids.people.tangThiDuong);
    const during = dataOf(
      await api.gql(
        `query ($id: ID!) { person(id: $id, asOf: "2022-03-01") { holdings { edges { node { post { title } term { label } } } } } }`,
        { id },
      ),
    );
    expect(during.person.holdings.edges.map((e: any) => e.node.post.title).sort()).toEqual(['Phó Chủ tịch', 'Ủy viên Ban Chấp hành']);
    const after = dataOf(await api.gql(`query ($id: ID!) { person(id: $id, asOf: "2025-07-01") { holdings { totalCount } } }`, { id }));
    expect(after.person.holdings.totalCount).toBe(0);
  });

  it('names the source of every record', async () => {
    const id = gid('Person', api.ids.people.trieuDucLong);
    const data = dataOf(await api.gql(`query ($id: ID!) { person(id: $id) { source { kind title } } }`, { id }));
    expect(data.person.source.kind).toBe('DOCUMENT');
  });
});
