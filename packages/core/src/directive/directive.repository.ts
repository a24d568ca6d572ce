import { invalidRange, notFound } from '../shared/common.errors.js';
import { refuse } from '../shared/core-error.js';
import { newId, type DirectiveId, type OrganizationId, type SourceId } from '../shared/ids.js';
import type { Result } from '../shared/result.js';
import { requireSource } from '../source/require-source.js';
import type { Db, DirectiveTable } from '../store/database.js';
import { runWrite } from '../store/run-write.js';
import { validityToRow } from '../store/validity.mapper.js';
import { searchKey } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import { isProperRange, type Validity } from '../time/validity.js';
import { requireOrganization } from '../organization/organization.repository.js';
import type { WriteClock } from '../shared/date-horizon.js';
import { getUnits } from '../unit/unit.queries.js';
import type { Directive } from './directive.js';
import type { DirectiveKind } from './directive-kind.js';
import { parseDirectiveSymbol } from './directive-symbol.js';
import { noIssuer, type DirectiveWriteError } from './directive.errors.js';
import { checkDirectiveFields, checkDirectiveParties, directiveValidity } from './directive.checks.js';
import { getDirective } from './directive.queries.js';

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
 * Records a directive with its issuing bodies or signatories, each of which must be in force on the issue
 * date (without one, on the first day of its validity), and whose symbol's issuer part, when known, names one
 * of them (`TU` needs a provincial Party body). The issue date may not be after today plus the event horizon
 * (`clock`). Audited under the first party's unit.
 *
 * @example
 * await createDirective(db, {
 *   kind: 'project', symbol: '02-ĐA/TU', issuedOn: isoDate('2021-05-23'),
 *   title: 'Tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ và các tổ chức chính trị - xã hội',
 *   issuers: [provincialPartyStandingCommittee], sourceId,
 * });
 */
export async function createDirective(db: Db, input: DirectiveInput, clock: WriteClock = {}): Promise<Result<Directive, DirectiveWriteError>> {
  let unitId: string | null = null;
  return runWrite(db, async (trx) => {
    const title = checkDirectiveFields(input, clock);
    await requireSource(trx, input.sourceId);
    const issuedOn = input.issuedOn ?? null;
    const validity = directiveValidity(input);
    if (!isProperRange(validity)) refuse(invalidRange(`văn bản ${input.symbol ?? title}`, validity));
    const parties = [
      ...(input.issuers ?? []).map((organizationId) => ({ organizationId, role: 'issuer' as const })),
      ...(input.signatories ?? []).map((organizationId) => ({ organizationId, role: 'signatory' as const })),
    ];
    if (parties.length === 0) refuse(noIssuer());
    const organizations = [];
    for (const party of parties) organizations.push(await requireOrganization(trx, party.organizationId));
    const units = await getUnits(trx, [...new Set(organizations.map((o) => o.unitId))]);
    const levelOf = new Map(units.flatMap((u) => (u ? [[u.id, u.level] as const] : [])));
    checkDirectiveParties(
      input.symbol,
      issuedOn,
      validity,
      organizations.map((o) => ({ id: o.id, name: o.name, type: o.type, validity: o.validity, level: levelOf.get(o.unitId)! })),
    );
    unitId = organizations[0]!.unitId;
    if (input.implementsId) {
      const parent = await getDirective(trx, input.implementsId);
      if (!parent) refuse(notFound('DIRECTIVE.NOT_FOUND', input.implementsId));
    }
    const row = directiveRow(input.id ?? newId<DirectiveId>('dir'), input, title, issuedOn, validity);
    await trx.insertInto('directive').values(row).execute();
    const uniqueParties = [...new Map(parties.map((p) => [p.organizationId, p])).values()];
    await trx
      .insertInto('directive_party')
      .values(uniqueParties.map((p) => ({ directive_id: row.id, organization_id: p.organizationId, role: p.role })))
      .execute();
    return (await getDirective(trx, row.id as DirectiveId))!;
  }, (d) => ({ action: 'directive.create', entityType: 'directive', entityId: d.id, unitId, after: d }));
}

/** The stored row of a directive whose title, issue date and validity have been checked. */
export function directiveRow(id: DirectiveId, input: DirectiveInput, title: string, issuedOn: IsoDate | null, validity: Validity): DirectiveTable {
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
