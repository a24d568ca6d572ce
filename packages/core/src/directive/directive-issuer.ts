import type { Level } from '../catalog/level.js';
import { ORGANIZATION_TYPES, type OrganizationFamily, type OrganizationType } from '../catalog/organization-type.js';

/** What the issuer part of a symbol (`TU` in `02-ĐA/TU`) says of the body that issued it. */
export interface SymbolIssuerInfo {
  readonly label: string;
  /** The levels such a body sits at; empty for a national body, which no organization of this model is. */
  readonly levels: readonly Level[];
  readonly families: readonly OrganizationFamily[];
}

const ABOVE_AREA: readonly Level[] = ['province', 'district', 'commune'];

/**
 * The issuer abbreviations the model recognises, written in capitals without a term number (`QH15` → `QH`).
 * An abbreviation not listed here is not checked.
 */
export const SYMBOL_ISSUERS: Readonly<Record<string, SymbolIssuerInfo>> = {
  TU: { label: 'Tỉnh ủy', levels: ['province'], families: ['party'] },
  THU: { label: 'Thành ủy', levels: ['province', 'district'], families: ['party'] },
  HU: { label: 'Huyện ủy', levels: ['district'], families: ['party'] },
  QU: { label: 'Quận ủy', levels: ['district'], families: ['party'] },
  TXU: { label: 'Thị ủy', levels: ['district'], families: ['party'] },
  ĐU: { label: 'Đảng ủy', levels: ABOVE_AREA, families: ['party'] },
  BDV: { label: 'Ban Dân vận', levels: ['province', 'district'], families: ['party'] },
  UBND: { label: 'Ủy ban nhân dân', levels: ABOVE_AREA, families: ['state'] },
  HĐND: { label: 'Hội đồng nhân dân', levels: ABOVE_AREA, families: ['state'] },
  MTTQ: { label: 'Ủy ban Mặt trận Tổ quốc', levels: ABOVE_AREA, families: ['front'] },
  'MTTQ-BTT': { label: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc', levels: ABOVE_AREA, families: ['front'] },
  TW: { label: 'Ban Chấp hành Trung ương', levels: [], families: ['party'] },
  BCT: { label: 'Bộ Chính trị', levels: [], families: ['party'] },
  BBT: { label: 'Ban Bí thư', levels: [], families: ['party'] },
  QH: { label: 'Quốc hội', levels: [], families: ['state'] },
  UBTVQH: { label: 'Ủy ban Thường vụ Quốc hội', levels: [], families: ['state'] },
  CP: { label: 'Chính phủ', levels: [], families: ['state'] },
  TTG: { label: 'Thủ tướng Chính phủ', levels: [], families: ['state'] },
};

/** The catalog entry of a symbol's issuer part (`TU`, `MTTQ-BTT`, `UBTVQH15`), or `undefined` when unknown. */
export function symbolIssuerInfo(issuer: string): { readonly key: string; readonly info: SymbolIssuerInfo } | undefined {
  const key = issuer.normalize('NFC').toUpperCase().replace(/\d+$/u, '');
  const whole = SYMBOL_ISSUERS[key];
  if (whole) return { key, info: whole };
  const first = key.split('-')[0]!;
  const part = SYMBOL_ISSUERS[first];
  return part ? { key: first, info: part } : undefined;
}

/** True when an organization of `type` at a unit of `level` is a body the issuer part can stand for. */
export function fitsSymbolIssuer(info: SymbolIssuerInfo, type: OrganizationType, level: Level): boolean {
  return info.levels.includes(level) && info.families.includes(ORGANIZATION_TYPES[type].family);
}
