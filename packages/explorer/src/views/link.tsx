import type { ComponentChildren } from 'preact';
import { useNavigation } from '../navigation.js';
import type { Route } from '../route.js';

/** A link to another view: a real href (opens in a new tab, copies as a permalink), followed in place on a plain click. */
export function Link({ to, date, children }: { readonly to: Route; readonly date?: string; readonly children: ComponentChildren }) {
  const { go, href } = useNavigation();
  return (
    <a
      href={href(to, date)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        go(to, date ? { date } : {});
      }}
    >
      {children}
    </a>
  );
}
