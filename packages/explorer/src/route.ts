/** What the page shows: every view is a URL, so it can be shared and the back button walks through it. */
export type Route =
  | { readonly kind: 'home'; readonly q: string }
  | { readonly kind: 'unit'; readonly code: string }
  | { readonly kind: 'person'; readonly name: string; readonly id: string | undefined }
  | { readonly kind: 'directive'; readonly id: string }
  | { readonly kind: 'rules' };

/** The route, the date it is seen on (YYYY-MM-DD) and the language. */
export interface Place {
  readonly route: Route;
  readonly date: string;
  readonly lang: 'vi' | 'en';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Today in Vietnam (UTC+7), as the API reads "today". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Reads a place from a query string: `?unit=073&date=2022-06-01`, `?person=tang thi duong&date=…`. */
export function parsePlace(search: string): Place {
  const params = new URLSearchParams(search);
  const rawDate = params.get('date') ?? '';
  const date = isCalendarDate(rawDate) ? rawDate : todayInVietnam();
  const lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const unit = params.get('unit');
  const person = params.get('person');
  const directive = params.get('directive');
  const route: Route = unit
    ? { kind: 'unit', code: unit }
    : person !== null
      ? { kind: 'person', name: person, id: params.get('id') ?? undefined }
      : directive
        ? { kind: 'directive', id: directive }
        : params.has('rules')
          ? { kind: 'rules' }
          : { kind: 'home', q: params.get('q') ?? '' };
  return { route, date, lang };
}

/** Writes a place as a query string, the inverse of parsePlace. */
export function placeToSearch(place: Place): string {
  const params = new URLSearchParams();
  const { route } = place;
  switch (route.kind) {
    case 'home':
      if (route.q) params.set('q', route.q);
      break;
    case 'unit':
      params.set('unit', route.code);
      break;
    case 'person':
      params.set('person', route.name);
      if (route.id) params.set('id', route.id);
      break;
    case 'directive':
      params.set('directive', route.id);
      break;
    case 'rules':
      params.set('rules', '');
      break;
  }
  params.set('date', place.date);
  if (place.lang === 'en') params.set('lang', 'en');
  return `?${params.toString()}`;
}
