/**
 * The benchmark question as PostGraphile 4 is asked it, over the store's tables as they are (default v4
 * inflection, connection-filter plugin): the unit bearing the code on the date, its `unit_parent` links in
 * force on the date, the organizations at each area in force on the date (by name, as the API orders them),
 * and for each the holdings in force on the date through its posts. The same filters as core's `validOn`
 * (`valid_from <= date AND date < valid_to`, dates stored as `YYYY-MM-DD` text), on the same rows the API
 * filters: the parent links, the organizations and the holdings (not the areas or the posts themselves).
 *
 * Differences of shape, not of content: PostGraphile reaches holders through the posts (post → holdings),
 * where the API lists an organization's holdings flat; so its "10 holders" page has no equivalent, and the
 * check below asserts that no page of the API's answer is full (a full page could hide rows).
 */
export const PEER_QUESTION = `query CommuneOnDate($code: String!, $asOf: String!) {
  allAdminUnits(condition: { code: $code }, filter: { validFrom: { lessThanOrEqualTo: $asOf }, validTo: { greaterThan: $asOf } }) {
    nodes {
      code
      fullName
      unitParentsByParentId(first: 40, filter: { validFrom: { lessThanOrEqualTo: $asOf }, validTo: { greaterThan: $asOf } }) {
        nodes {
          adminUnitByUnitId {
            fullName
            organizationsByUnitId(first: 10, orderBy: [SEARCH_KEY_ASC, ID_ASC], filter: { validFrom: { lessThanOrEqualTo: $asOf }, validTo: { greaterThan: $asOf } }) {
              nodes {
                name
                postsByOrganizationId {
                  nodes {
                    title
                    holdingsByPostId(filter: { validFrom: { lessThanOrEqualTo: $asOf }, validTo: { greaterThan: $asOf } }) {
                      nodes { personByPersonId { fullName } }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

type Nodes<T> = { readonly nodes: readonly T[] };
type Edges<T> = { readonly edges: readonly { readonly node: T }[] };

/** `data` of PostGraphile's answer to `PEER_QUESTION`. */
export interface PeerAnswer {
  readonly allAdminUnits: Nodes<{
    readonly code: string | null;
    readonly fullName: string;
    readonly unitParentsByParentId: Nodes<{
      readonly adminUnitByUnitId: {
        readonly fullName: string;
        readonly organizationsByUnitId: Nodes<{
          readonly name: string;
          readonly postsByOrganizationId: Nodes<{
            readonly title: string;
            readonly holdingsByPostId: Nodes<{ readonly personByPersonId: { readonly fullName: string } | null }>;
          }>;
        }>;
      } | null;
    }>;
  }>;
}

/** `data` of this API's answer to the benchmark question. */
export interface ApiAnswer {
  readonly unitByCode: {
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
  } | null;
}

/** An answer reduced to what both must agree on, in a canonical order: areas, their organizations, their holders. */
export interface CanonicalAnswer {
  readonly code: string | null;
  readonly fullName: string;
  readonly areas: readonly {
    readonly fullName: string;
    readonly organizations: readonly { readonly name: string; readonly holders: readonly string[] }[];
  }[];
}

const byName =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const holder = (person: string | undefined, post: string | undefined) => `${person ?? '?'} — ${post ?? '?'}`;

function canonical(code: string | null, fullName: string, areas: CanonicalAnswer['areas']): CanonicalAnswer {
  return {
    code,
    fullName,
    areas: areas
      .map((a) => ({
        fullName: a.fullName,
        organizations: a.organizations.map((o) => ({ name: o.name, holders: [...o.holders].sort() })).sort(byName((o) => o.name)),
      }))
      .sort(byName((a) => a.fullName)),
  };
}

/** This API's answer, canonical; throws when a page is full (the answer may then be cut short). */
export function canonicalApiAnswer(
  answer: ApiAnswer,
  pages: { readonly areas: number; readonly organizations: number; readonly holders: number },
): CanonicalAnswer | null {
  const unit = answer.unitByCode;
  if (!unit) return null;
  const full = (what: string, n: number, page: number) => {
    if (n >= page)
      throw new Error(`${unit.code}: a full page of ${what} (${n}); the comparison with PostGraphile needs answers that fit their pages`);
  };
  full('areas', unit.children.edges.length, pages.areas);
  return canonical(
    unit.code,
    unit.fullName,
    unit.children.edges.map(({ node: area }) => {
      full('organizations', area.organizations.edges.length, pages.organizations);
      return {
        fullName: area.fullName,
        organizations: area.organizations.edges.map(({ node: o }) => {
          full('office holders', o.officeHolders.edges.length, pages.holders);
          return { name: o.name, holders: o.officeHolders.edges.map(({ node: h }) => holder(h.person?.fullName, h.post?.title)) };
        }),
      };
    }),
  );
}

/** PostGraphile's answer, canonical; throws when more than one unit bears the code on the date (the API refuses that). */
export function canonicalPeerAnswer(answer: PeerAnswer): CanonicalAnswer | null {
  const units = answer.allAdminUnits.nodes;
  if (units.length > 1) throw new Error(`${units[0]!.code}: ${units.length} units bear the code on the date`);
  const unit = units[0];
  if (!unit) return null;
  return canonical(
    unit.code,
    unit.fullName,
    unit.unitParentsByParentId.nodes.flatMap(({ adminUnitByUnitId: area }) =>
      area
        ? [
            {
              fullName: area.fullName,
              organizations: area.organizationsByUnitId.nodes.map((o) => ({
                name: o.name,
                holders: o.postsByOrganizationId.nodes.flatMap((post) =>
                  post.holdingsByPostId.nodes.map((h) => holder(h.personByPersonId?.fullName, post.title)),
                ),
              })),
            },
          ]
        : [],
    ),
  );
}
