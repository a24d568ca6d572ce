import { describe, expect, it } from 'vitest';
import { DIRECTIVE_KINDS, directiveKindOfAbbreviation, isDirectiveKind } from '../src/directive/directive-kind.js';
import { formatDirectiveSymbol, parseDirectiveSymbol } from '../src/directive/directive-symbol.js';

function parts(raw: string) {
  const { number, typeAbbreviation, issuerAbbreviation, year, kind } = parseDirectiveSymbol(raw);
  return { number, typeAbbreviation, issuerAbbreviation, year, kind };
}

const PROJECT_02 = { number: '02', typeAbbreviation: 'ĐA', issuerAbbreviation: 'TU', year: null, kind: 'project' };

describe('directive numbers and symbols', () => {
  it("parses Project 02's symbol 02-ĐA/TU (Tuyên Quang Party standing committee)", () => {
    expect(parseDirectiveSymbol('02-ĐA/TU')).toEqual({ raw: '02-ĐA/TU', ...PROJECT_02 });
  });

  it('reads a commune-merger resolution of the NA standing committee, 1684/NQ-UBTVQH15', () => {
    expect(parts('1684/NQ-UBTVQH15')).toEqual({
      number: '1684',
      typeAbbreviation: 'NQ',
      issuerAbbreviation: 'UBTVQH15',
      year: null,
      kind: 'resolution',
    });
  });

  it('reads the province-merger resolution 202/2025/QH15 as a law-style symbol with a year and no type', () => {
    expect(parts('202/2025/QH15')).toEqual({
      number: '202',
      typeAbbreviation: null,
      issuerAbbreviation: 'QH15',
      year: 2025,
      kind: null,
    });
  });

  it("reads the Prime Minister's code-list decision 124/2004/QĐ-TTg with its year 2004", () => {
    expect(parts('124/2004/QĐ-TTg')).toEqual({
      number: '124',
      typeAbbreviation: 'QĐ',
      issuerAbbreviation: 'TTg',
      year: 2004,
      kind: 'decision',
    });
  });

  it("reads a Front standing board's plan 35-KH/MTTQ-BTT with a two-part issuer", () => {
    expect(parts('35-KH/MTTQ-BTT')).toEqual({
      number: '35',
      typeAbbreviation: 'KH',
      issuerAbbreviation: 'MTTQ-BTT',
      year: null,
      kind: 'plan',
    });
  });

  it("reads a coordination program between the Front and the People's Committee, 05/CTPH-MTTQ-UBND", () => {
    expect(parts('05/CTPH-MTTQ-UBND')).toEqual({
      number: '05',
      typeAbbreviation: 'CTPH',
      issuerAbbreviation: 'MTTQ-UBND',
      year: null,
      kind: 'coordinationProgram',
    });
  });

  it('accepts a leading "Số" or "số:" and keeps the raw text as written, trimmed', () => {
    const s = parseDirectiveSymbol('  Số 02-ĐA/TU ');
    expect(s.raw).toBe('Số 02-ĐA/TU');
    expect(parts('Số 02-ĐA/TU')).toEqual(PROJECT_02);
    expect(parts('số: 02-ĐA/TU')).toEqual(PROJECT_02);
    expect(formatDirectiveSymbol(s)).toBe('Số 02-ĐA/TU');
  });

  it('reads NFD input and lowercase đ, keeping the raw text as given', () => {
    const nfd = 'Số 02-ĐA/TU'.normalize('NFD');
    expect(nfd).not.toBe('Số 02-ĐA/TU');
    expect(parseDirectiveSymbol(nfd).raw).toBe(nfd);
    expect(parts(nfd)).toEqual(PROJECT_02);
    expect(parts('124/2004/qđ-TTg').kind).toBe('decision');
    expect(parts('02-đa/TU')).toEqual(PROJECT_02);
  });

  it('tells a rule (QĐi) from a decision (QĐ)', () => {
    expect(parts('08-QĐi/TU').kind).toBe('rule');
    expect(parts('08-QĐi/TU').typeAbbreviation).toBe('QĐi');
    expect(parts('15-QĐ/TU').kind).toBe('decision');
  });

  it('keeps an unknown type as written, with no kind', () => {
    expect(parts('123/TB-VPCP')).toEqual({
      number: '123',
      typeAbbreviation: 'TB',
      issuerAbbreviation: 'VPCP',
      year: null,
      kind: null,
    });
  });

  it('leaves every part empty for a movement named in free text', () => {
    const raw = 'Phong trào "Chiêm Hóa chung tay xử lý rác thải"';
    expect(parseDirectiveSymbol(raw)).toEqual({
      raw,
      number: null,
      typeAbbreviation: null,
      issuerAbbreviation: null,
      year: null,
      kind: null,
    });
    expect(parts('12/2025')).toEqual({ number: null, typeAbbreviation: null, issuerAbbreviation: null, year: null, kind: null });
  });

  it('catalogs the directive kinds, movements and campaigns without an abbreviation', () => {
    expect(isDirectiveKind('coordinationProgram')).toBe(true);
    expect(isDirectiveKind('toString')).toBe(false);
    expect(DIRECTIVE_KINDS.movement.abbreviation).toBeNull();
    expect(DIRECTIVE_KINDS.campaign.label).toBe('Cuộc vận động');
    expect(directiveKindOfAbbreviation('hd')).toBe('guidance');
    expect(directiveKindOfAbbreviation('XYZ')).toBeUndefined();
  });
});
