import { useEffect, useMemo, useState } from 'preact/hooks';
import { LangContext, MESSAGES } from './i18n.js';
import { NavigationContext, type Navigation } from './navigation.js';
import { parsePlace, placeToSearch, type Place, type Route } from './route.js';
import { DateControl } from './views/date-control.js';
import { DirectiveView } from './views/directive-view.js';
import { Link } from './views/link.js';
import { PersonView } from './views/person-view.js';
import { RuleCheckView } from './views/rule-check-view.js';
import { SearchForm } from './views/search-form.js';
import { SearchView } from './views/search-view.js';
import { UnitView } from './views/unit-view.js';

/** The Explorer: the place lives in the URL; moving pushes a history entry, the back button pops it. */
export function App() {
  const [place, setPlace] = useState<Place>(() => parsePlace(window.location.search));
  useEffect(() => {
    const onPop = () => setPlace(parsePlace(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigation = useMemo<Navigation>(() => {
    const move = (next: Place, replace: boolean) => {
      const url = placeToSearch(next);
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      setPlace(next);
      if (!replace) window.scrollTo(0, 0);
    };
    return {
      place,
      go: (route: Route, options = {}) => move({ ...place, route, date: options.date ?? place.date }, options.replace ?? false),
      href: (route: Route, date?: string) => placeToSearch({ ...place, route, date: date ?? place.date }),
      setDate: (date: string) => move({ ...place, date }, false),
      setLang: (lang: 'vi' | 'en') => move({ ...place, lang }, true),
    };
  }, [place]);
  const t = MESSAGES[place.lang];
  useEffect(() => {
    document.documentElement.lang = place.lang;
    document.title = `${t.title} · mttq-model`;
  }, [place.lang]);
  return (
    <LangContext.Provider value={place.lang}>
      <NavigationContext.Provider value={navigation}>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        <header class="top">
          <div class="brand">
            <Link to={{ kind: 'home', q: '' }}>{t.title}</Link>
          </div>
          <SearchForm />
          <DateControl />
          <nav class="tools" aria-label="Menu">
            <Link to={{ kind: 'rules' }}>{t.ruleCheck}</Link>
            <button
              type="button"
              class="lang"
              lang={place.lang === 'vi' ? 'en' : 'vi'}
              title={t.languageLabel}
              onClick={() => navigation.setLang(place.lang === 'vi' ? 'en' : 'vi')}
            >
              {t.language}
            </button>
            <a href="/graphql">GraphiQL</a>
          </nav>
        </header>
        <main id="main">
          <Page route={place.route} />
        </main>
      </NavigationContext.Provider>
    </LangContext.Provider>
  );
}

function Page({ route }: { readonly route: Route }) {
  switch (route.kind) {
    case 'home':
      return <SearchView q={route.q} />;
    case 'unit':
      return <UnitView code={route.code} />;
    case 'person':
      return <PersonView name={route.name} id={route.id} />;
    case 'directive':
      return <DirectiveView id={route.id} />;
    case 'rules':
      return <RuleCheckView />;
  }
}
