import {
  childrenOfUnitsOn,
  findUnitByCode,
  getPeople,
  getPosts,
  holdingsOfOrganizationsOn,
  organizationsAtUnitsOn,
  type Db,
  type Holding,
  type IsoDate,
  type Post,
} from '@mttq/core';
import { QUESTION_PAGES } from './question-pages.js';

type Edges<T> = { readonly edges: readonly { readonly node: T }[] };

/** The answer to `COMMUNE_QUESTION`, in the JSON shape the GraphQL API gives it (`data.unitByCode`). */
export interface CommuneAnswer {
  readonly code: string | null;
  readonly fullName: string;
  readonly children: Edges<{
    readonly fullName: string;
    readonly organizations: Edges<{
      readonly name: string;
      readonly officeHolders: Edges<{
        readonly person: { readonly fullName: string } | null;
        readonly post: { readonly title: string } | null;
      }>;
    }>;
  }>;
}

const edges = <T>(nodes: readonly T[]): Edges<T> => ({ edges: nodes.map((node) => ({ node })) });
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Answers the benchmark question without GraphQL: the same batch reads of core the API's DataLoaders make
 * (one per level: the commune, its areas, their organizations, their holdings, the posts, the people), the
 * same pages and the same order (office holders heads first, then by start, post and person). `null` when
 * no unit bears the code on the date.
 *
 * @example
 * const answer = await communeAnswer(store.db, '02287', isoDate('2026-06-01'));
 */
export async function communeAnswer(db: Db, code: string, date: IsoDate): Promise<CommuneAnswer | null> {
  const found = await findUnitByCode(db, code, date);
  if (!found.ok) return null;
  const commune = found.value;
  const [children = []] = await childrenOfUnitsOn(db, [commune.id], date);
  const areas = children.slice(0, QUESTION_PAGES.areas);
  const organizations = (
    await organizationsAtUnitsOn(
      db,
      areas.map((a) => a.id),
      date,
    )
  ).map((list) => list.slice(0, QUESTION_PAGES.organizations));
  const orgIds = organizations.flat().map((o) => o.id);
  const holdings = await holdingsOfOrganizationsOn(db, orgIds, date);
  const posts = new Map<string, Post>();
  for (const post of await getPosts(db, [...new Set(holdings.flat().map((h) => h.postId))])) if (post) posts.set(post.id, post);
  const shown = holdings.map((list) => sortHoldings(list, (h) => posts.get(h.postId)?.heads ?? false).slice(0, QUESTION_PAGES.holders));
  const people = new Map<string, { fullName: string }>();
  for (const person of await getPeople(db, [...new Set(shown.flat().map((h) => h.personId))])) if (person) people.set(person.id, person);
  const holdersOf = new Map(orgIds.map((id, i) => [id, shown[i]!]));
  return {
    code: commune.code,
    fullName: commune.fullName,
    children: edges(
      areas.map((area, i) => ({
        fullName: area.fullName,
        organizations: edges(
          organizations[i]!.map((o) => ({
            name: o.name,
            officeHolders: edges(
              holdersOf.get(o.id)!.map((h) => {
                const person = people.get(h.personId);
                const post = posts.get(h.postId);
                return { person: person ? { fullName: person.fullName } : null, post: post ? { title: post.title } : null };
              }),
            ),
          })),
        ),
      })),
    ),
  };
}

function sortHoldings(holdings: readonly Holding[], heads: (h: Holding) => boolean): Holding[] {
  return [...holdings].sort(
    (a, b) =>
      Number(heads(b)) - Number(heads(a)) ||
      compare(a.validity.validFrom ?? '', b.validity.validFrom ?? '') ||
      compare(a.postId, b.postId) ||
      compare(a.personId, b.personId),
  );
}
