import { inWeekOrder, readCron } from '../../../src/review/installation/time-text';

describe('readCron', () => {
  test.each([
    ['0 7 * * 1,2,3,4,5', ['MON', 'TUE', 'WED', 'THU', 'FRI']],
    ['0 7 * * 1-5', ['MON', 'TUE', 'WED', 'THU', 'FRI']],
    ['0 7 * * MON-FRI', ['MON', 'TUE', 'WED', 'THU', 'FRI']],
    ['0 7 * * 0,6', ['SAT', 'SUN']],
    ['0 7 * * 7', ['SUN']],
    ['0 7 * * *', ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']],
  ])('GIVEN the recurrence %s WHEN read THEN the days are %j, in week order', (expression, days) => {
    expect(readCron(expression)).toEqual({ at: '07:00', days });
  });

  test('GIVEN a day that is neither a name nor 0-7 WHEN read THEN it is left out', () => {
    expect(readCron('30 20 * * 1,9,XYZ').days).toEqual(['MON']);
  });

  test('GIVEN days written out of order WHEN put in week order THEN Monday comes first and Sunday last', () => {
    expect(inWeekOrder(['SUN', 'WED', 'MON'])).toEqual(['MON', 'WED', 'SUN']);
  });
});
