import { DIRECTIVE_KINDS, directiveKindOfAbbreviation, type DirectiveKind } from './directive-kind.js';

/**
 * A directive's number and symbol ("số, ký hiệu") as written, with the parts that could be recognised.
 * A part that is not there, or not recognisable, is `null`; `raw` is always the text as given (trimmed).
 */
export interface DirectiveSymbol {
  readonly raw: string;
  /** The number, leading zeros kept: `02`, `1684`. */
  readonly number: string | null;
  /** The type part (`ĐA`, `NQ`), spelled as in the catalog when it names a known kind. */
  readonly typeAbbreviation: string | null;
  /** The issuing body, as written: `TU`, `UBTVQH15`, `MTTQ-BTT`, `TTg`. */
  readonly issuerAbbreviation: string | null;
  /** The year, when the symbol carries one (`124/2004/QĐ-TTg`). */
  readonly year: number | null;
  readonly kind: DirectiveKind | null;
}

const SEGMENT = String.raw`[\p{L}\p{N}]+`;
const ISSUER = String.raw`${SEGMENT}(?:\s*-\s*${SEGMENT})*`;
const TYPE = String.raw`\p{L}+`;
/** Optional "Số" / "số:" written before the number. */
const LEADING_SO = /^số\s*:?\s*/iu;
/** Party style: `02-ĐA/TU`, `35-KH/MTTQ-BTT`. */
const PARTY = new RegExp(String.raw`^(\d+)\s*-\s*(${TYPE})\s*/\s*(${ISSUER})$`, 'u');
/** State style: `1684/NQ-UBTVQH15`, `124/2004/QĐ-TTg`, `202/2025/QH15`, `05/CTPH-MTTQ-UBND`. */
const STATE = new RegExp(String.raw`^(\d+)\s*/\s*(?:(\d{4})\s*/\s*)?(?=\p{N}*\p{L})(${ISSUER})$`, 'u');

/**
 * Reads a number/symbol as written; never fails. NFC and NFD input, `Đ` and `đ`, upper and lower case and a
 * leading "Số" are all accepted. In state style the part before the first hyphen is the type (`NQ` in
 * `NQ-UBTVQH15`); a part with no hyphen is the issuer (`QH15` in `202/2025/QH15`, a law) unless it is a known
 * type abbreviation on its own.
 *
 * @example
 * parseDirectiveSymbol('Số 02-ĐA/TU')
 * // { raw: 'Số 02-ĐA/TU', number: '02', typeAbbreviation: 'ĐA', issuerAbbreviation: 'TU', year: null, kind: 'project' }
 */
export function parseDirectiveSymbol(raw: string): DirectiveSymbol {
  const trimmed = raw.trim();
  const text = trimmed.normalize('NFC').replace(LEADING_SO, '');
  const party = PARTY.exec(text);
  if (party) return symbol(trimmed, party[1], null, party[2], party[3]);
  const state = STATE.exec(text);
  if (state) {
    const [, number, year, rest = ''] = state;
    const hyphen = rest.indexOf('-');
    if (hyphen >= 0) return symbol(trimmed, number, year, rest.slice(0, hyphen), rest.slice(hyphen + 1));
    return directiveKindOfAbbreviation(rest) === undefined
      ? symbol(trimmed, number, year, undefined, rest)
      : symbol(trimmed, number, year, rest, undefined);
  }
  return { raw: trimmed, number: null, typeAbbreviation: null, issuerAbbreviation: null, year: null, kind: null };
}

/** The symbol as it was written (its `raw` text). */
export function formatDirectiveSymbol(s: DirectiveSymbol): string {
  return s.raw;
}

function symbol(
  raw: string,
  number: string | undefined,
  year: string | null | undefined,
  type: string | undefined,
  issuer: string | undefined,
): DirectiveSymbol {
  const typeText = type?.trim();
  const kind = typeText === undefined ? undefined : directiveKindOfAbbreviation(typeText);
  return {
    raw,
    number: number ?? null,
    typeAbbreviation: kind === undefined ? (typeText ?? null) : DIRECTIVE_KINDS[kind].abbreviation,
    issuerAbbreviation: issuer === undefined ? null : issuer.trim().replace(/\s*-\s*/gu, '-'),
    year: year == null ? null : Number(year),
    kind: kind ?? null,
  };
}
