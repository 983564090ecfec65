import { weeklyCron } from '../../../src/adapters/shared/cron';

describe('weeklyCron', () => {
  test('GIVEN weekdays by name WHEN rendered THEN the days are cron numbers, which every cron parser reads', () => {
    expect(weeklyCron('07:00', ['MON', 'TUE', 'WED', 'THU', 'FRI'])).toBe('0 7 * * 1,2,3,4,5');
  });

  test('GIVEN Sunday, a repeat and an unordered list WHEN rendered THEN Sunday is 0 and the list is sorted once', () => {
    expect(weeklyCron('20:30', ['SAT', 'SUN', 'SAT', 'WED'])).toBe('30 20 * * 0,3,6');
  });
});
