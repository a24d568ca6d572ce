import { SearchQuery } from '../graphql/search.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { useQuery } from '../use-query.js';
import { Link } from './link.js';
import { pending } from './status.js';

/** The answers of the one search box: units, people, organizations and directives on the date. */
export function SearchView({ q }: { readonly q: string }) {
  const t = useMessages();
  const { place } = useNavigation();
  const state = useQuery(SearchQuery, { q, date: place.date }, q.trim() === '');
  if (q.trim() === '') return <Welcome />;
  const waiting = pending(state);
  if (waiting || state.status !== 'done') return waiting ?? null;
  const { searchUnits, searchPeople, searchOrganizations, searchDirectives } = state.data;
  const total =
    (searchUnits?.totalCount ?? 0) +
    (searchPeople?.totalCount ?? 0) +
    (searchOrganizations?.totalCount ?? 0) +
    (searchDirectives?.totalCount ?? 0);
  if (total === 0) return <p>{t.noResults}</p>;
  return (
    <div class="results">
      {searchUnits && searchUnits.totalCount > 0 && (
        <section aria-labelledby="r-units">
          <h2 id="r-units">
            {t.units} ({searchUnits.totalCount})
          </h2>
          <ul>
            {searchUnits.edges.map(({ node }) => (
              <li key={node.id}>
                {node.code ? <Link to={{ kind: 'unit', code: node.code }}>{node.fullName}</Link> : node.fullName}
                <span class="muted">
                  {' '}
                  · {t.code} {node.code}
                  {node.parent ? ` · ${node.parent.fullName}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {searchPeople && searchPeople.totalCount > 0 && (
        <section aria-labelledby="r-people">
          <h2 id="r-people">
            {t.people} ({searchPeople.totalCount})
          </h2>
          <ul>
            {searchPeople.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={{ kind: 'person', name: node.fullName ?? '', id: node.id }}>{node.fullName}</Link>
                <span class="muted">
                  {node.holdings?.edges
                    .map(({ node: holding }) => ` · ${holding.post?.title ?? ''}, ${holding.organization?.name ?? ''}`)
                    .join('')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {searchOrganizations && searchOrganizations.totalCount > 0 && (
        <section aria-labelledby="r-orgs">
          <h2 id="r-orgs">
            {t.organizations} ({searchOrganizations.totalCount})
          </h2>
          <ul>
            {searchOrganizations.edges.map(({ node }) => (
              <li key={node.id}>
                {node.unit?.code ? <Link to={{ kind: 'unit', code: node.unit.code }}>{node.name}</Link> : node.name}
                <span class="muted">
                  {' '}
                  · {node.typeLabel}
                  {node.unit ? ` · ${node.unit.fullName}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {searchDirectives && searchDirectives.totalCount > 0 && (
        <section aria-labelledby="r-directives">
          <h2 id="r-directives">
            {t.directives} ({searchDirectives.totalCount})
          </h2>
          <ul>
            {searchDirectives.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={{ kind: 'directive', id: node.id }}>
                  {node.symbol?.raw ? `${node.symbol.raw} — ` : ''}
                  {node.title}
                </Link>
                <span class="muted">
                  {' '}
                  · {node.kindLabel}
                  {node.issuedOn ? ` · ${node.issuedOn}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The page before any search: what it is for, and a few places to start from. */
function Welcome() {
  const t = useMessages();
  return (
    <section aria-labelledby="welcome">
      <h1 id="welcome">{t.title}</h1>
      <p class="muted">{t.subtitle}.</p>
      <h2>{t.startHere}</h2>
      <ul>
        <li>
          <Link to={{ kind: 'unit', code: '073' }} date="2022-06-01">
            Huyện Chiêm Hóa
          </Link>{' '}
          <span class="muted small">· 2022-06-01</span>
        </li>
        <li>
          <Link to={{ kind: 'unit', code: '02287' }} date="2026-01-01">
            Xã Chiêm Hóa
          </Link>{' '}
          <span class="muted small">· 2026-01-01</span>
        </li>
        <li>
          <Link to={{ kind: 'unit', code: '08' }} date="2024-01-01">
            Tỉnh Tuyên Quang
          </Link>{' '}
          <span class="muted small">· 2024-01-01</span>
        </li>
        <li>
          <Link to={{ kind: 'person', name: 'Tăng Thị Dương', id: undefined }} date="2024-01-01">
            Tăng Thị Dương
          </Link>{' '}
          <span class="muted small">· 2024-01-01</span>
        </li>
        <li>
          <Link to={{ kind: 'rules' }} date="2023-01-15">
            {t.ruleCheck}
          </Link>
        </li>
      </ul>
    </section>
  );
}
