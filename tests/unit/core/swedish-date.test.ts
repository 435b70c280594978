import { describe, expect, it } from 'vitest';
import { swedishDateOf, swedishDateTimeOf } from '../../../shared/domain/dates/swedishDate.js';

describe('the Swedish date and time of an instant (case C6)', () => {
  it.each([
    ['2025-03-29T23:30:00.000Z', '2025-03-30', '2025-03-30 00:30'], // CET, the night DST starts
    ['2025-03-30T01:30:00.000Z', '2025-03-30', '2025-03-30 03:30'], // CEST from 02:00
    ['2025-10-25T22:30:00.000Z', '2025-10-26', '2025-10-26 00:30'], // CEST, the night DST ends
    ['2025-10-26T01:30:00.000Z', '2025-10-26', '2025-10-26 02:30'], // CET again
    ['2022-12-31T23:00:00.000Z', '2023-01-01', '2023-01-01 00:00'],
    ['2026-06-30T21:59:00+00:00', '2026-06-30', '2026-06-30 23:59'],
  ])('%s is %s, %s in Sweden', (instant, date, dateTime) => {
    expect(swedishDateOf(instant)).toBe(date);
    expect(swedishDateTimeOf(instant)).toBe(dateTime);
  });

  it('refuses what is not an instant', () => {
    expect(() => swedishDateOf('2025-13-45')).toThrow(RangeError);
  });
});
