import type { DirectiveId, SourceId } from '../shared/ids.js';
import type { DirectiveTable } from '../store/database.js';
import { validityFromRow } from '../store/validity.mapper.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Directive, DirectiveParty } from './directive.js';
import type { DirectiveKind } from './directive-kind.js';
import { parseDirectiveSymbol } from './directive-symbol.js';

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
