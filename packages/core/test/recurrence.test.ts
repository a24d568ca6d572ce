import { describe, expect, it } from 'vitest';
import { isTaskKind, TASK_KINDS } from '../src/task/task-kind.js';
import { parsePeriodKey, periodContaining, periodsOf } from '../src/task/recurrence.js';
import { isoDate } from '../src/time/iso-date.js';
import { validity } from '../src/time/validity.js';

const d = isoDate;
const PROJECT_02_FIRST_YEAR = validity(d('2021-05-23'), d('2022-01-01'));
const REGULATION_2021_2025 = validity(d('2021-01-01'), d('2026-01-01'));

describe('recurring tasks and their periods', () => {
  it('holds quarterly review meetings from Project 02 (2021-05-23): Q2 clipped to the project, then Q3 and Q4', () => {
    expect(periodsOf('quarterly', PROJECT_02_FIRST_YEAR)).toEqual([
      { key: '2021-Q2', label: 'Quý II/2021', validity: validity(d('2021-05-23'), d('2021-07-01')) },
      { key: '2021-Q3', label: 'Quý III/2021', validity: validity(d('2021-07-01'), d('2021-10-01')) },
      { key: '2021-Q4', label: 'Quý IV/2021', validity: validity(d('2021-10-01'), d('2022-01-01')) },
    ]);
  });

  it('gives the 2021–2025 coordination regulation five yearly periods', () => {
    const years = periodsOf('yearly', REGULATION_2021_2025);
    expect(years.map((p) => p.key)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(years[0]).toEqual({ key: '2021', label: 'Năm 2021', validity: validity(d('2021-01-01'), d('2022-01-01')) });
  });

  it('lists monthly periods across a year end', () => {
    const months = periodsOf('monthly', validity(d('2023-11-15'), d('2024-02-10')));
    expect(months.map((p) => [p.key, p.label])).toEqual([
      ['2023-11', 'Tháng 11/2023'],
      ['2023-12', 'Tháng 12/2023'],
      ['2024-01', 'Tháng 1/2024'],
      ['2024-02', 'Tháng 2/2024'],
    ]);
    expect(months[0]?.validity).toEqual(validity(d('2023-11-15'), d('2023-12-01')));
    expect(months[3]?.validity).toEqual(validity(d('2024-02-01'), d('2024-02-10')));
  });

  it('gives a one-off task a single period equal to its span, even when still in force', () => {
    const open = validity(d('2021-05-23'));
    expect(periodsOf('once', open)).toEqual([{ key: 'once', label: 'Một lần', validity: open }]);
  });

  it('refuses to list calendar periods of a span still in force without an `until`', () => {
    expect(() => periodsOf('quarterly', validity(d('2021-05-23')))).toThrow(RangeError);
    expect(() => periodsOf('yearly', validity(null, d('2026-01-01')))).toThrow(RangeError);
  });

  it('lists a span still in force up to `until`, leaving the last period whole', () => {
    const quarters = periodsOf('quarterly', validity(d('2021-05-23')), d('2021-11-15'));
    expect(quarters.map((p) => p.key)).toEqual(['2021-Q2', '2021-Q3', '2021-Q4']);
    expect(quarters[2]?.validity).toEqual(validity(d('2021-10-01'), d('2022-01-01')));
  });

  it('has no period for an empty span', () => {
    expect(periodsOf('yearly', validity(d('2022-01-01'), d('2022-01-01')))).toEqual([]);
  });

  it('finds the quarter of a review meeting held on a date, clipped to the span', () => {
    expect(periodContaining('quarterly', PROJECT_02_FIRST_YEAR, d('2021-06-10'))).toEqual({
      key: '2021-Q2',
      label: 'Quý II/2021',
      validity: validity(d('2021-05-23'), d('2021-07-01')),
    });
    expect(periodContaining('quarterly', validity(d('2021-05-23')), d('2030-08-01'))?.key).toBe('2030-Q3');
    expect(periodContaining('yearly', PROJECT_02_FIRST_YEAR, d('2021-05-22'))).toBeUndefined();
    expect(periodContaining('once', PROJECT_02_FIRST_YEAR, d('2021-12-31'))?.key).toBe('once');
  });

  it('parses period keys back to whole calendar periods', () => {
    expect(parsePeriodKey('quarterly', '2023-Q3')).toEqual({
      key: '2023-Q3',
      label: 'Quý III/2023',
      validity: validity(d('2023-07-01'), d('2023-10-01')),
    });
    expect(parsePeriodKey('monthly', '2023-12')?.validity).toEqual(validity(d('2023-12-01'), d('2024-01-01')));
    expect(parsePeriodKey('yearly', '2023')?.label).toBe('Năm 2023');
    expect(parsePeriodKey('once', 'once')?.validity).toEqual(validity(null, null));
    expect(parsePeriodKey('quarterly', '2023-Q5')).toBeUndefined();
    expect(parsePeriodKey('monthly', '2023-Q3')).toBeUndefined();
    expect(parsePeriodKey('yearly', '2023-07')).toBeUndefined();
  });

  it('catalogs the task kinds, breakthrough tasks among them', () => {
    expect(TASK_KINDS.breakthrough.label).toBe('Việc đột phá, đổi mới');
    expect(isTaskKind('voterMeeting')).toBe(true);
    expect(isTaskKind('meeting')).toBe(false);
  });
});
