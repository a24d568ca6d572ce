import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';

/** The one search box: units, people, organizations and directives, diacritics optional. */
export function SearchForm() {
  const t = useMessages();
  const { place, go } = useNavigation();
  const current = place.route.kind === 'home' ? place.route.q : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  return (
    <form
      role="search"
      class="search"
      onSubmit={(event) => {
        event.preventDefault();
        go({ kind: 'home', q: text.trim() });
      }}
    >
      <label for="q" class="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        value={text}
        placeholder={t.searchPlaceholder}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit">{t.search}</button>
    </form>
  );
}
