import type { Level } from '../catalog/level.js';
import type { OrganizationType } from '../catalog/organization-type.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { IsoDate } from '../time/iso-date.js';
import { ALWAYS, holdsOn, overlaps, type Validity } from '../time/validity.js';
import { fitsSymbolIssuer, symbolIssuerInfo } from './directive-issuer.js';
import { parseDirectiveSymbol } from './directive-symbol.js';
import { emptyTitle, issuerNotInForce, issuerNotInForceDuring, symbolIssuerMismatch } from './directive.errors.js';
import type { DirectiveInput } from './directive.repository.js';

/**
 * The validity a directive is stored with: the one given, else from the issue date on, else always. The API
 * checks a token's scope over this very validity, so that a directive written without dates cannot reach days
 * outside the token's unit.
 */
export function directiveValidity(input: Pick<DirectiveInput, 'validity' | 'issuedOn'>): Validity {
  return input.validity ?? (input.issuedOn ? { validFrom: input.issuedOn, validTo: null } : ALWAYS);
}

/** The checks of a directive's own fields: a title, texts within their limits, an issue date within the event horizon. Returns the trimmed title. */
export function checkDirectiveFields(input: DirectiveInput, clock: WriteClock = {}): string {
  checkTextLength('title', input.title, 'title');
  checkTextLength('symbol', input.symbol, 'directiveSymbol');
  const title = input.title.trim();
  if (title === '') refuse(emptyTitle());
  checkEventDate('issuedOn', input.issuedOn, clock);
  return title;
}

/** A party of a directive as the checks need it: the organization, its type and validity, its unit's level. */
export interface DirectivePartyFacts {
  readonly id: string;
  readonly name: string;
  readonly type: OrganizationType;
  readonly validity: Validity;
  readonly level: Level;
}

/**
 * The checks of a directive's parties: each in force on the issue date or, without one, on some day of the
 * directive's validity (from its first day when it has one); and a symbol whose issuer part is known (`TU`,
 * `HU`, `MTTQ-BTT`…) names a body one of the parties is, so that a commune cannot record `02-ĐA/TU` beside
 * the province's.
 */
export function checkDirectiveParties(symbol: string | null | undefined, issuedOn: IsoDate | null, validity: Validity, parties: readonly DirectivePartyFacts[]): void {
  for (const org of parties) {
    if (issuedOn) {
      if (!holdsOn(org.validity, issuedOn)) refuse(issuerNotInForce(org.name, org.id, issuedOn));
    } else if (validity.validFrom !== null ? !holdsOn(org.validity, validity.validFrom) : !overlaps(org.validity, validity)) {
      refuse(issuerNotInForceDuring(org.name, org.id, validity));
    }
  }
  if (!symbol) return;
  const parsed = parseDirectiveSymbol(symbol);
  const known = parsed.issuerAbbreviation === null ? undefined : symbolIssuerInfo(parsed.issuerAbbreviation);
  if (!known) return;
  if (!parties.some((p) => fitsSymbolIssuer(known.info, p.type, p.level))) {
    refuse(symbolIssuerMismatch(parsed.raw, parsed.issuerAbbreviation!, known.info.label, parties.map((p) => p.name)));
  }
}
