import { checkDate, checkValidityDates, required, type BulkContext } from '../bulk/bulk-context.js';
import { unknownValue } from '../bulk/bulk.errors.js';
import type { Level } from '../catalog/level.js';
import type { OrganizationType } from '../catalog/organization-type.js';
import { invalidRange } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { checkEventDate, type WriteClock } from '../shared/date-horizon.js';
import { newId, type DirectiveId, type OrganizationId, type SourceId } from '../shared/ids.js';
import { checkTextLength } from '../shared/text-limits.js';
import type { DirectiveTable } from '../store/database.js';
import { validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import { ALWAYS, holdsOn, isProperRange, overlaps, type Validity } from '../time/validity.js';
import { fitsSymbolIssuer, symbolIssuerInfo } from './directive-issuer.js';
import { isDirectiveKind, type DirectiveKind } from './directive-kind.js';
import { parseDirectiveSymbol } from './directive-symbol.js';
import { emptyTitle, issuerNotInForce, issuerNotInForceDuring, noIssuer, symbolIssuerMismatch } from './directive.errors.js';

/** A directive to record. */
export interface DirectiveInput {
  readonly id?: DirectiveId;
  readonly kind: DirectiveKind;
  /** The number/symbol as written (`02-ĐA/TU`); absent for a movement known by name. */
  readonly symbol?: string | null;
  readonly title: string;
  readonly issuedOn?: IsoDate | null;
  /** Its validity or term; defaults to from the issue date on. */
  readonly validity?: Validity;
  readonly implementsId?: DirectiveId | null;
  /** The issuing body (or bodies). */
  readonly issuers?: readonly OrganizationId[];
  /** The signatories of a coordination program. */
  readonly signatories?: readonly OrganizationId[];
  readonly sourceId: SourceId;
}

/**
 * Checks a directive — a title and texts within their limits, an issue date within the event horizon,
 * issuers or signatories in force, a symbol whose issuer part fits one of them, the directive it implements
 * recorded — and adds its row and its parties' rows. `createDirective` and the bulk loader both come here.
 */
export function checkDirective(ctx: BulkContext, input: DirectiveInput): void {
  const id = ctx.claimId<DirectiveId>('dir', input.id ?? newId<DirectiveId>('dir'));
  checkDate('issuedOn', input.issuedOn);
  const title = checkDirectiveFields(input, ctx.clock);
  if (!isDirectiveKind(input.kind)) refuse(unknownValue('kind', input.kind));
  ctx.requireSource(input.sourceId);
  checkValidityDates('validity', input.validity);
  const issuedOn = input.issuedOn ?? null;
  const validity = directiveValidity(input);
  if (!isProperRange(validity))
    refuse(invalidRange({ vi: `văn bản ${input.symbol ?? title}`, en: `the directive ${input.symbol ?? title}` }, validity));
  const parties = [
    ...(input.issuers ?? []).map((organizationId) => ({ organizationId, role: 'issuer' as const })),
    ...(input.signatories ?? []).map((organizationId) => ({ organizationId, role: 'signatory' as const })),
  ];
  if (parties.length === 0) refuse(noIssuer());
  const facts = parties.map((party) => {
    const org = required(ctx.organization(party.organizationId), 'ORGANIZATION.NOT_FOUND', party.organizationId);
    const unit = required(ctx.unit(org.unitId), 'UNIT.NOT_FOUND', org.unitId);
    return { id: org.id, name: org.name, type: org.type, validity: org.validity, level: unit.level };
  });
  checkDirectiveParties(input.symbol, issuedOn, validity, facts);
  if (input.implementsId) required(ctx.directives.get(input.implementsId), 'DIRECTIVE.NOT_FOUND', input.implementsId);
  const row = directiveRow(id, input, title, issuedOn, validity);
  ctx.rows.directive.push(row);
  ctx.directives.set(id, row);
  const unique = [...new Map(parties.map((p) => [p.organizationId, p])).values()];
  for (const p of unique) ctx.rows.directive_party.push({ directive_id: id, organization_id: p.organizationId, role: p.role });
}

/** The stored row of a directive whose title, issue date and validity have been checked. */
export function directiveRow(
  id: DirectiveId,
  input: DirectiveInput,
  title: string,
  issuedOn: IsoDate | null,
  validity: Validity,
): DirectiveTable {
  const symbol = input.symbol ? parseDirectiveSymbol(input.symbol) : null;
  return {
    id,
    kind: input.kind,
    symbol: symbol ? symbol.raw.normalize('NFC') : null,
    symbol_number: symbol?.number ?? null,
    symbol_type: symbol?.typeAbbreviation ?? null,
    symbol_issuer: symbol?.issuerAbbreviation ?? null,
    symbol_year: symbol?.year ?? null,
    title,
    search_key: searchKey(`${symbol?.raw ?? ''} ${title}`),
    issued_on: issuedOn,
    ...validityToRow(validity),
    implements_id: input.implementsId ?? null,
    source_id: input.sourceId,
  };
}

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
export function checkDirectiveParties(
  symbol: string | null | undefined,
  issuedOn: IsoDate | null,
  validity: Validity,
  parties: readonly DirectivePartyFacts[],
): void {
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
    refuse(
      symbolIssuerMismatch(
        parsed.raw,
        parsed.issuerAbbreviation!,
        known.info.label,
        parties.map((p) => p.name),
      ),
    );
  }
}
