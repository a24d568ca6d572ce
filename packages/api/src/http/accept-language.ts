import { DEFAULT_LANG, type Lang } from '@mttq/core';

/**
 * The language of a request's answer from its `Accept-Language` header (RFC 9110 §12.5.4): the supported
 * language (`vi`, `en`, matched on the primary subtag) with the highest q-value, the first on a tie; `*`
 * stands for the default. No header, nothing supported, or only `q=0` → Vietnamese.
 *
 * @example
 * negotiateLang('vi;q=0.5, en'); // 'en'
 * negotiateLang('fr-FR, de');    // 'vi'
 */
export function negotiateLang(header: string | null | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [rawTag = '', ...params] = part.split(';').map((p) => p.trim());
    const tag = rawTag.toLowerCase();
    const primary = tag.split('-')[0];
    const lang: Lang | undefined = primary === 'en' ? 'en' : primary === 'vi' ? 'vi' : tag === '*' ? DEFAULT_LANG : undefined;
    if (lang === undefined) continue;
    const q = qValue(params);
    if (q === undefined || q === 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANG;
}

/** The weight of a range (1 when absent), or undefined when it is malformed. */
function qValue(params: readonly string[]): number | undefined {
  const q = params.find((p) => /^q\s*=/i.test(p));
  if (q === undefined) return 1;
  const value = q.replace(/^q\s*=\s*/i, '');
  return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : undefined;
}
