import type { DirectiveId, OrganizationId, SourceId } from '../shared/ids.js';
import type { IsoDate } from '../time/iso-date.js';
import type { Validity } from '../time/validity.js';
import type { DirectiveKind } from './directive-kind.js';
import type { DirectiveSymbol } from './directive-symbol.js';

/** A body that issued a directive: its issuer, or one of several signatories of a coordination program. */
export interface DirectiveParty {
  readonly organizationId: OrganizationId;
  readonly role: 'issuer' | 'signatory';
}

/**
 * A directive (Đề án, Nghị quyết, Quy chế, Kế hoạch, Chương trình phối hợp…, or a movement): its
 * number/symbol as written, title, issuing bodies, issue date, validity or term, and the directive it
 * carries out.
 */
export interface Directive {
  readonly id: DirectiveId;
  readonly kind: DirectiveKind;
  /** `null` for a movement or campaign known by its name only. */
  readonly symbol: DirectiveSymbol | null;
  readonly title: string;
  readonly issuedOn: IsoDate | null;
  readonly validity: Validity;
  readonly implementsId: DirectiveId | null;
  readonly parties: readonly DirectiveParty[];
  readonly sourceId: SourceId;
}
