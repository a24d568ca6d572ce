import type { DirectiveId, OrganizationId } from '../shared/ids.js';
import { TEXT_LIMITS } from '../shared/text-limits.js';
import type { Db, DirectiveTable } from '../store/database.js';
import { containsPattern, searchKey } from '../text/search-key.js';
import type { Directive, DirectiveParty } from './directive.js';
import { parseDirectiveSymbol, type DirectiveSymbol } from './directive-symbol.js';
import { directiveFromRow } from './directive.mapper.js';

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
 * Directives whose number/symbol is `symbol` as written (`02-ĐA/TU`, with or without "Số", NFC or NFD), or whose
 * number, type and issuer match its parts; diacritics and case aside, as search reads them: "02-DA/TU" and
 * "02-đa/tu" find 02-ĐA/TU.
 */
export async function findDirectivesBySymbol(db: Db, symbol: string): Promise<Directive[]> {
  const exact = symbol.trim().normalize('NFC');
  // No stored symbol is longer than TEXT_LIMITS.directiveSymbol: a text far longer names none, and as a LIKE
  // pattern it would be refused by SQLite ("LIKE or GLOB pattern too complex").
  if (exact.length > 2 * TEXT_LIMITS.directiveSymbol) return [];
  const parsed = parseDirectiveSymbol(withoutLeadingSo(exact));
  const wanted = symbolMatchKey(parsed);
  let q = db.selectFrom('directive').selectAll();
  if (parsed.number && parsed.issuerAbbreviation) {
    // The number is digits, the same however the rest is written: it narrows the rows the parts are compared on.
    const number = parsed.number;
    q = q.where((eb) => eb.or([eb('symbol', '=', exact), eb('symbol_number', '=', number)]));
  } else {
    // A directive's search key holds its symbol's: it narrows the rows the symbols are compared on.
    const key = searchKey(parsed.raw);
    q =
      key === ''
        ? q.where('symbol', '=', exact)
        : q.where((eb) => eb.or([eb('symbol', '=', exact), eb('search_key', 'like', containsPattern(key))]));
  }
  const rows = (await q.orderBy('id').execute()).filter(
    (row) => row.symbol !== null && (row.symbol === exact || symbolMatchKey(parseDirectiveSymbol(withoutLeadingSo(row.symbol))) === wanted),
  );
  return withParties(db, rows);
}

/**
 * What two symbols must share to name the same directive: number, type and issuer folded as search folds them
 * (`02|da|tu` for 02-ĐA/TU), or, when the symbol has no such parts, the whole symbol folded.
 */
function symbolMatchKey(s: DirectiveSymbol): string {
  if (s.number && s.issuerAbbreviation)
    return ['parts', s.number, searchKey(s.typeAbbreviation ?? ''), searchKey(s.issuerAbbreviation)].join('|');
  return `raw|${searchKey(s.raw)}`;
}

/** The symbol without a leading "Số" / "số:", or "so " written without diacritics. */
function withoutLeadingSo(raw: string): string {
  return raw
    .trim()
    .normalize('NFC')
    .replace(/^(?:số\s*:?\s*|so(?:\s*:\s*|\s+))/iu, '');
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

/** The domain form of stored directives, with their issuing bodies read in one query. */
export async function withParties(db: Db, rows: readonly DirectiveTable[]): Promise<Directive[]> {
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
    byDirective.set(p.directive_id, [
      ...(byDirective.get(p.directive_id) ?? []),
      { organizationId: p.organization_id as OrganizationId, role: p.role },
    ]);
  }
  return rows.map((row) => directiveFromRow(row, byDirective.get(row.id) ?? []));
}
