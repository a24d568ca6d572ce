import type { DirectiveId, OrganizationId, SourceId } from '../shared/ids.js';
import type { Db, DirectiveTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import { containsPattern } from '../text/search-key.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Directive, DirectiveParty } from './directive.js';
import type { DirectiveKind } from './directive-kind.js';
import { parseDirectiveSymbol } from './directive-symbol.js';

/** A directive by id, with its issuing bodies. */
export async function getDirective(db: Db, id: DirectiveId): Promise<Directive | undefined> {
  return (await getDirectives(db, [id]))[0];
}

/** Directives by id, in the order of `ids`, in two queries. */
export async function getDirectives(db: Db, ids: readonly DirectiveId[]): Promise<(Directive | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('directive').selectAll().where('id', 'in', ids).execute();
  return withParties(db, rows).then((found) => {
    const byId = new Map(found.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id));
  });
}

/**
 * Directives whose number/symbol is `symbol` as written (`02-ĐA/TU`, with or without "Số", NFC or NFD),
 * or whose number, type and issuer match its parts.
 */
export async function findDirectivesBySymbol(db: Db, symbol: string): Promise<Directive[]> {
  const parsed = parseDirectiveSymbol(symbol);
  let q = db.selectFrom('directive').selectAll();
  if (parsed.number && parsed.issuerAbbreviation) {
    const { number, issuerAbbreviation, typeAbbreviation } = parsed;
    q = q.where((eb) =>
      eb.or([
        eb('symbol', '=', parsed.raw.normalize('NFC')),
        eb.and([
          eb('symbol_number', '=', number),
          eb('symbol_issuer', '=', issuerAbbreviation),
          typeAbbreviation === null ? eb('symbol_type', 'is', null) : eb('symbol_type', '=', typeAbbreviation),
        ]),
      ]),
    );
  } else {
    q = q.where('symbol', '=', parsed.raw.normalize('NFC'));
  }
  return withParties(db, await q.orderBy('id').execute());
}

/** Directives whose symbol or title contains `query`, ignoring diacritics and case. */
export async function searchDirectives(db: Db, query: string, options: { readonly kind?: DirectiveKind; readonly limit?: number } = {}): Promise<Directive[]> {
  let q = db.selectFrom('directive').selectAll().where('search_key', 'like', containsPattern(query));
  if (options.kind) q = q.where('kind', '=', options.kind);
  return withParties(db, await q.orderBy('search_key').orderBy('id').limit(options.limit ?? 50).execute());
}

/** Directives issued or signed by an organization. */
export async function directivesOf(db: Db, organizationId: OrganizationId): Promise<Directive[]> {
  const rows = await db
    .selectFrom('directive')
    .innerJoin('directive_party as dp', 'dp.directive_id', 'directive.id')
    .selectAll('directive')
    .where('dp.organization_id', '=', organizationId)
    .orderBy('directive.issued_on')
    .orderBy('directive.id')
    .execute();
  return withParties(db, rows);
}

async function withParties(db: Db, rows: readonly DirectiveTable[]): Promise<Directive[]> {
  if (rows.length === 0) return [];
  const parties = await db
    .selectFrom('directive_party')
    .selectAll()
    .where(
      'directive_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('role')
    .orderBy('organization_id')
    .execute();
  const byDirective = new Map<string, DirectiveParty[]>();
  for (const p of parties) {
    byDirective.set(p.directive_id, [...(byDirective.get(p.directive_id) ?? []), { organizationId: p.organization_id as OrganizationId, role: p.role }]);
  }
  return rows.map((row) => directiveFromRow(row, byDirective.get(row.id) ?? []));
}

/** The domain form of a stored directive. */
export function directiveFromRow(row: DirectiveTable, parties: readonly DirectiveParty[]): Directive {
  return {
    id: row.id as DirectiveId,
    kind: row.kind as DirectiveKind,
    symbol: row.symbol ? parseDirectiveSymbol(row.symbol) : null,
    title: row.title,
    issuedOn: row.issued_on as IsoDate | null,
    validity: validityFromRow(row),
    implementsId: row.implements_id as DirectiveId | null,
    parties,
    sourceId: row.source_id as SourceId,
  };
}
