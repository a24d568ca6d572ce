import type { ResultOf } from '../graphql/graphql.js';
import type { UnitQuery } from '../graphql/unit.query.js';
import { useMessages } from '../i18n.js';
import { Link } from './link.js';

type UnitResult = Extract<NonNullable<ResultOf<typeof UnitQuery>['unitByCode']>, { __typename: 'Unit' }>;
type OrganizationNode = NonNullable<UnitResult['organizations']>['edges'][number]['node'];

/**
 * The organizations at a unit on a date, drawn as the org-chart example draws them: the unit on top, its
 * bodies below it (sub-bodies under their parent body), and in each body its posts with their holders.
 */
export function OrgChart({ unit }: { readonly unit: UnitResult }) {
  const t = useMessages();
  const organizations = unit.organizations?.edges.map((edge) => edge.node) ?? [];
  const here = new Set(organizations.map((organization) => organization.id));
  const roots = organizations.filter((organization) => !organization.parent || !here.has(organization.parent.id));
  return (
    <section aria-labelledby="org-chart" class="card">
      <h2 id="org-chart">
        {t.orgChart} · {t.organizationsAt}
      </h2>
      {organizations.length === 0 ? (
        <p class="muted">{t.noResults}</p>
      ) : (
        <div class="chart" data-testid="org-chart">
          <div class="chart-unit">{unit.fullName}</div>
          <ul class="tree">
            {roots.map((organization) => (
              <OrganizationBox key={organization.id} organization={organization} all={organizations} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function OrganizationBox({ organization, all }: { readonly organization: OrganizationNode; readonly all: readonly OrganizationNode[] }) {
  const t = useMessages();
  const children = all.filter((other) => other.parent?.id === organization.id);
  const posts = organization.posts?.edges.map((edge) => edge.node) ?? [];
  return (
    <li>
      <div class="org" data-testid="organization">
        <strong>{organization.name}</strong>
        <span class="muted small">{organization.typeLabel}</span>
        {posts.length > 0 && (
          <ul class="posts">
            {posts.map((post) => {
              const holders = post.holders?.edges.map((edge) => edge.node) ?? [];
              return (
                <li key={post.id} data-testid="post">
                  <span class={post.heads ? 'post-title heads' : 'post-title'}>{post.title}</span>
                  {': '}
                  {holders.length === 0 ? (
                    <em class="muted">{t.vacant}</em>
                  ) : (
                    holders.map((holding, index) => (
                      <span key={holding.id}>
                        {index > 0 && ', '}
                        {holding.person ? (
                          <Link to={{ kind: 'person', name: holding.person.fullName ?? '', id: holding.person.id }}>
                            {holding.person.fullName}
                          </Link>
                        ) : null}
                      </span>
                    ))
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {children.length > 0 && (
        <ul class="tree">
          {children.map((child) => (
            <OrganizationBox key={child.id} organization={child} all={all} />
          ))}
        </ul>
      )}
    </li>
  );
}
