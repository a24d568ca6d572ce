import { describe, expect, it } from 'vitest';
import {
  HIERARCHY_SCHEMES,
  ORGANIZATION_TYPES,
  isoDate,
  levelOfKind,
  organizationCatalogOn,
  schemeOn,
  type OrganizationInput,
  type OrganizationType,
  type PostType,
  type UnitInput,
} from '../src/index.js';

describe('the catalogs', () => {
  it('put each kind on one level per era, with the district level only before 2025-07-01', () => {
    const before = schemeOn(isoDate('2025-06-30'));
    const after = schemeOn(isoDate('2025-07-01'));
    expect(levelOfKind(before, 'huyen')?.level).toBe('district');
    expect(levelOfKind(after, 'huyen')).toBeUndefined();
    expect(levelOfKind(before, 'xa')?.parentLevel).toBe('district');
    expect(levelOfKind(after, 'xa')?.parentLevel).toBe('province');
    expect(levelOfKind(after, 'dacKhu')?.level).toBe('commune');
    expect(HIERARCHY_SCHEMES).toHaveLength(2);
  });

  it('allow a Front work board only at residential areas and labour federations only above communes', () => {
    const before = organizationCatalogOn(isoDate('2025-06-30'));
    expect(before.types.frontWorkBoard?.levels).toEqual(['residentialArea']);
    expect(before.types.labourFederation?.levels).toEqual(['province', 'district']);
    expect(ORGANIZATION_TYPES.labourFederation.label).toBe('Liên đoàn Lao động');
  });

  it('make a misspelled type, kind or post a compile error (checked by `pnpm typecheck`)', () => {
    // @ts-expect-error — 'frontComittee' is not an organization type
    const badType: OrganizationType = 'frontComittee';
    // @ts-expect-error — 'chairman' is not a post type
    const badPost: PostType = 'chairman';
    // @ts-expect-error — 'huyenn' is not a unit kind
    const badKind: UnitInput['kind'] = 'huyenn';
    // @ts-expect-error — organization inputs take catalog types only
    const badInput: Pick<OrganizationInput, 'type'> = { type: 'womenUnion' };
    expect([badType, badPost, badKind, badInput.type]).toHaveLength(4);
  });
});
