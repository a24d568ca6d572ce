import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Place, Route } from './route.js';

/** Moves the page to another view (a new history entry, so the back button returns), keeping date and language. */
export interface Navigation {
  readonly place: Place;
  readonly go: (route: Route, options?: { readonly replace?: boolean; readonly date?: string }) => void;
  readonly href: (route: Route, date?: string) => string;
  readonly setDate: (date: string) => void;
  readonly setLang: (lang: 'vi' | 'en') => void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

/** The current place and the way to move from it. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
